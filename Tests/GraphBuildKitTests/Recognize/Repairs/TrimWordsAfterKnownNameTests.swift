import Testing
@testable import GraphBuildKit

@Suite struct TrimWordsAfterKnownNameTests {
  @Test func lowerCaseWordsAfterAKnownPlaceGo() {
    var f = RepairFixture("Делегація прибуде Прагою наприкінці тижня.")
    #expect(f.run(TrimWordsAfterKnownName(), on: "Прагою наприкінці", label: "LOC").span == "Прагою")
  }

  @Test func aPersonIsLeftAlone() {
    var f = RepairFixture("Делегація прибуде Прагою наприкінці тижня.")
    #expect(f.run(TrimWordsAfterKnownName(), on: "Прагою наприкінці", label: "PERS").span == "Прагою наприкінці")
  }
}

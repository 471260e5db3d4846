import Testing
@testable import GraphBuildKit

@Suite struct TrimPersonAfterLastCapitalTests {
  @Test func aPersonsNameEndsAtItsLastCapitalisedWord() {
    var f = RepairFixture("Призначили Олега Коваленка віцепрем'єром.")
    #expect(f.run(TrimPersonAfterLastCapital(), on: "Олега Коваленка віцепрем'єром", label: "PERS").span == "Олега Коваленка")
  }
}

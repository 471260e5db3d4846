import Testing
@testable import GraphBuildKit

@Suite struct ExtendBodyAtConjunctionTests {
  @Test func aBodysNameGoesOnThroughItsConjunction() {
    var f = RepairFixture("Заяву оприлюднило Міністерство розвитку громад і територій.", mentions: [("Міністерство розвитку громад", "ORG")])
    f.run(ExtendBodyAtConjunction())
    #expect(f.mentions == ["Міністерство розвитку громад і територій/ORG"])
  }

  @Test func notIntoAnotherName() {
    var f = RepairFixture("Заяву оприлюднило Міністерство розвитку громад і Канада.", mentions: [("Міністерство розвитку громад", "ORG")])
    f.run(ExtendBodyAtConjunction())
    #expect(f.mentions == ["Міністерство розвитку громад/ORG"])
  }
}

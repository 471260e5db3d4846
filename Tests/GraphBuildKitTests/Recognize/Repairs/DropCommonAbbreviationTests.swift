import Testing
@testable import GraphBuildKit

@Suite struct DropCommonAbbreviationTests {
  @Test func anAbbreviationOfACommonNounNamesNothing() {
    var f = RepairFixture("Про це повідомили ЗМІ та ООН.", mentions: [("ЗМІ", "ORG"), ("ООН", "ORG")])
    f.run(DropCommonAbbreviation())
    #expect(f.mentions == ["ООН/ORG"])
  }
}

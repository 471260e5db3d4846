import Testing
@testable import GraphBuildKit

@Suite struct DropCommonWordOpeningSentenceTests {
  @Test func aCommonWordWithItsCapitalNamesNothing() {
    var f = RepairFixture("Вчора уряд ухвалив рішення.")
    #expect(f.run(DropCommonWordOpeningSentence(), on: "Вчора", label: "PERS").verdict == .done)
    #expect(f.mentions.isEmpty)
  }

  @Test func aNameMidSentenceGoesOn() {
    var f = RepairFixture("Уряд Канади ухвалив рішення.")
    #expect(f.run(DropCommonWordOpeningSentence(), on: "Канади", label: "LOC").verdict == .next)
  }
}

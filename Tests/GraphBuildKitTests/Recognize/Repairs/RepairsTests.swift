import Testing
@testable import GraphBuildKit

@Suite struct RepairsTests {
  @Test func theLastSpanPassSettlesEverySpan() {
    #expect(Repairs.spanPasses.last is SplitStateAndPerson)
  }

  @Test func everyPassIsListedOnce() {
    let names = Repairs.spanPasses.map { "\(type(of: $0))" } + Repairs.documentPasses.map { "\(type(of: $0))" }
    #expect(Set(names).count == names.count)
  }

  @Test func theSpansRunThroughThePassesInOrder() {
    // The title goes (DropTitleOpeningSentence), then the state and the person part
    // (SplitStateAndPerson); the dropped word leaves nothing.
    var f = RepairFixture(
      "Президент Франції Емманюель Макрон прибув. Вчора все змінилося.",
      spans: [("Президент Франції Емманюель Макрон", "PERS"), ("Вчора", "PERS")])
    f.runAll()
    #expect(f.mentions == ["Франції/LOC", "Емманюель Макрон/PERS"])
  }
}

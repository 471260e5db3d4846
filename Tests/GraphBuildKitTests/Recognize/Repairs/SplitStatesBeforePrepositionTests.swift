import Testing
@testable import GraphBuildKit

@Suite struct SplitStatesBeforePrepositionTests {
  @Test func aStateAndAPrepositionAreTheStatesInTheSpan() {
    var f = RepairFixture("Спецпосланець Канади з питань Молдови прибув.")
    #expect(f.run(SplitStatesBeforePreposition(), on: "Канади з питань Молдови", label: "LOC").verdict == .done)
    #expect(f.mentions == ["Канади/LOC", "Молдови/LOC"])
  }
}

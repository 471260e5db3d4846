import Testing
@testable import GraphBuildKit

@Suite struct DropSpanWithoutWordsTests {
  @Test func punctuationAloneNamesNothing() {
    var f = RepairFixture("Він сказав: «...» і пішов.")
    #expect(f.run(DropSpanWithoutWords(), on: "«...»", label: "MISC").verdict == .done)
    #expect(f.run(DropSpanWithoutWords(), on: "сказав", label: "MISC").verdict == .next)
  }
}

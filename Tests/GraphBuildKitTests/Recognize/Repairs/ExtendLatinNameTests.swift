import Testing
@testable import GraphBuildKit

@Suite struct ExtendLatinNameTests {
  @Test func aLatinNameRunsOnThroughLatinWords() {
    var f = RepairFixture("Про це пише Wall Street Journal.")
    #expect(f.run(ExtendLatinName(), on: "Wall", label: "ORG").span == "Wall Street Journal")
    #expect(f.document.covered.filter { $0 }.count == 3)
  }

  @Test func aCoveredWordStopsIt() {
    var f = RepairFixture("Про це пише Wall Street Journal.", mentions: [("Journal", "ORG")])
    #expect(f.run(ExtendLatinName(), on: "Wall", label: "ORG").span == "Wall Street")
  }
}

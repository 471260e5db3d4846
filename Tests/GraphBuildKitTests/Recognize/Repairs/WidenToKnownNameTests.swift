import Testing
@testable import GraphBuildKit

@Suite struct WidenToKnownNameTests {
  @Test func aWordThatStartsAKnownNameIsThatName() {
    var f = RepairFixture("Речник Білого дому відповів журналістам.")
    let out = f.run(WidenToKnownName(), on: "Білого", label: "PERS")
    #expect(out.span == "Білого дому")
    #expect(out.label == Fixtures.recognizer.knownEntry(["Білого", "дому"])?.nerLabel)
    #expect(out.label != "PERS")
  }

  @Test func aCoveredWordIsNotTaken() {
    var f = RepairFixture("Речник Білого дому відповів журналістам.", mentions: [("дому", "MISC")])
    #expect(f.run(WidenToKnownName(), on: "Білого", label: "PERS").span == "Білого")
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct KeepQuotedNameTests {
  @Test func theNameIsWhatStandsInTheQuotes() {
    var f = RepairFixture("Заяву зробив генеральний директор «Укрзалізниці».")
    #expect(f.run(KeepQuotedName(), on: "директор «Укрзалізниці»", label: "ORG").span == "Укрзалізниці")
  }

  @Test func aCapitalisedNameBeforeTheQuotesStays() {
    var f = RepairFixture("Учора відкрився Центр народного мистецтва «Петриківка».")
    #expect(f.run(KeepQuotedName(), on: "Центр народного мистецтва «Петриківка»", label: "ORG").span == "Центр народного мистецтва «Петриківка»")
  }
}

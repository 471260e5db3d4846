import Testing
@testable import GraphBuildKit

@Suite struct QuotedAfterGenericNounIsOrganizationTests {
  @Test func aQuotedNameAfterAGenericNounIsAnOrganisation() {
    var f = RepairFixture("Угоду уклала компанія «Вектор».")
    #expect(f.run(QuotedAfterGenericNounIsOrganization(), on: "Вектор", label: "LOC").label == "ORG")
  }

  @Test func unquotedItKeepsItsLabel() {
    var f = RepairFixture("Угоду уклала компанія з міста Вектор.")
    #expect(f.run(QuotedAfterGenericNounIsOrganization(), on: "Вектор", label: "LOC").label == "LOC")
  }
}

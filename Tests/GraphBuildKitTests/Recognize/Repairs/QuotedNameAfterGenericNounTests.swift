import Testing
@testable import GraphBuildKit

@Suite struct QuotedNameAfterGenericNounTests {
  @Test func aQuotedNameAfterAGenericNounIsAnOrganisation() {
    var f = RepairFixture("Кредит надав банк «Мир» минулого року.")
    f.run(QuotedNameAfterGenericNoun())
    #expect(f.mentions == ["Мир/ORG"])
  }

  @Test func aPlaceInsideTheQuotesIsTheCompanysName() {
    var f = RepairFixture("Угоду уклала компанія «Казахстан темір жоли».", mentions: [("Казахстан", "LOC")])
    f.run(QuotedNameAfterGenericNoun())
    #expect(f.mentions == ["Казахстан темір жоли/ORG"])
  }

  @Test func aNameThatRunsPastTheQuotesStays() {
    var f = RepairFixture("Угоду уклала компанія «Альфа» Петро Коваленко.", mentions: [("Альфа» Петро", "PERS")])
    f.run(QuotedNameAfterGenericNoun())
    #expect(f.mentions == ["Альфа» Петро/PERS"])
  }
}

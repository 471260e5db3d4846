import Testing
@testable import GraphBuildKit

@Suite struct TrimEdgeQuotesTests {
  @Test func quotesAtTheEdgesGo() {
    var f = RepairFixture("Угоду підписала «Альфа» вчора.")
    #expect(f.run(TrimEdgeQuotes(), on: "«Альфа»", label: "ORG").span == "Альфа")
  }

  @Test func aQuoteOpenedInsideTakesItsClosingOne() {
    var f = RepairFixture("Угоду підписало ТОВ «Альфа» вчора.")
    #expect(f.run(TrimEdgeQuotes(), on: "ТОВ «Альфа", label: "ORG").span == "ТОВ «Альфа»")
    #expect(f.run(TrimEdgeQuotes(), on: "ТОВ «Альфа»", label: "ORG").span == "ТОВ «Альфа»")
  }
}

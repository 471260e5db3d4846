import Testing
@testable import GraphBuildKit

@Suite struct AgreementBetweenTests {
  @Test func anAgreementBetweenTwoBodiesJoinsThem() {
    let g = Fixtures.graph([
      "Відбулося підписання протоколу між Кабінетом Міністрів України та Урядом Республіки Польща.",
      "Договір оренди ділянки між Сакською райдержадміністрацією і ТОВ «Левада» укладено у 2010 році.",
    ])
    #expect(g.namedTriples.contains { $0.hasPrefix("Кабінет Міністрів України associatedWith Уряд Республіки Польща") })
    #expect(g.namedTriples.contains { $0.contains("Сакська райдержадміністрація") && $0.contains("associatedWith") && $0.contains("Левада") })
  }

  @Test func notPastAClauseNorWithoutAnAgreement() {
    let g = Fixtures.graph([
      "Угоду підписали вчора, а суперечка між Кабінетом Міністрів України та Урядом Республіки Польща триває.",
      "Конкуренція між ТОВ «Левада» і ТОВ «Вереск» зросла.",
    ])
    #expect(!g.namedTriples.contains { $0.contains("associatedWith") })
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct TreeOwnersTests {
  @Test func theSubjectOfPossessingOwnsTheInstrumental() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Компанією «Левада» володіють Петро Гайовий та Ірина Шмат."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Гайовий memberOf") && $0.contains("Левада") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Ірина Шмат memberOf") && $0.contains("Левада") })
  }

  @Test func aShareOfABodyIsTheBody() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Пакетом акцій ТОВ «Левада» володіє Петро Гайовий."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Гайовий memberOf") && $0.contains("Левада") })
  }

  @Test func theDativeOfBelongingOwnsTheSubject() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Фірма «Левада» належить Петру Гайовому."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Гайовий memberOf") && $0.contains("Левада") })
  }

  @Test func aClauseOpenedByWhereOwnsTheNameBeforeIt() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Одна з таких фірм – «Левада», де часткою в статутному капіталі володіє також Петро Гайовий."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Гайовий memberOf") && $0.contains("Левада") })
  }

  @Test func aRelativePronounInTheShareIsTheNameBeforeItsClause() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Суд арештував рахунки ПАТ «Левада», контрольним пакетом якої володіє Петро Гайовий."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Гайовий memberOf") && $0.contains("Левада") })
  }

  @Test func noOwnerWhereTheVerbIsNegatedOrTakesAPreposition() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Петро Гайовий не володіє ТОВ «Левада». Ця справа належить до компетенції ТОВ «Левада»."])
    #expect(!g.namedTriples.contains { $0.contains("memberOf") })
  }

  /// A firm registered to someone ("зареєстрована на", "оформлена на" with the accusative) is
  /// theirs; a state named by the owner's adjective owns nothing, and a firm registered in a
  /// place is not the place's.
  @Test func aFirmRegisteredToSomeoneIsTheirs() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph([
      "Офіційно «Стіл Вест» оформлена на кіпрську компанію «Альфатрейд Лімітед». ТОВ «Левада» зареєстроване на Ірину Шмат.",
      "Компанія «Вереск» зареєстрована на Кіпрі.",
      "Юридична фірма «Вереск-Плюс» зареєстрована на Андрія Громенка і Олену Зубченко.",
    ])
    #expect(g.namedTriples.contains { $0.hasPrefix("Андрій Громенко memberOf") && $0.contains("Вереск-Плюс") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Альфатрейд Лімітед memberOf") && $0.contains("Стіл Вест") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Ірина Шмат memberOf") && $0.contains("Левада") })
    #expect(!g.namedTriples.contains { $0.hasPrefix("Кіпр memberOf") })
  }
}


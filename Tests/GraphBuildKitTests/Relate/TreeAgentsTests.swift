import Testing
@testable import GraphBuildKit

@Suite struct TreeAgentsTests {
  @Test func theSubjectOfTheActiveVerbFoundedItsObject() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Олена Гайова у 2015 році заснувала ТОВ «Левада»."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Олена Гайова memberOf") && $0.contains("Левада") })
  }

  /// The participle's subject is a company's noun that stands for the company just named.
  @Test func theInstrumentalAgentOfTheParticipleFoundedItsSubject() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Тендер виграло ТОВ «Левада». Компанія заснована у 2014 році киянином Петром Гайовим."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Гайовий memberOf") && $0.contains("Левада") })
  }

  @Test func everyCoordinatedAgentOfTheImpersonalFormFoundedItsObject() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Фірму «Левада» засновано Петром Гайовим та Іриною Шмат у 2016 році."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Гайовий memberOf") && $0.contains("Левада") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Ірина Шмат memberOf") && $0.contains("Левада") })
  }

  @Test func aNegatedVerbFoundsNothing() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Петро Гайовий не засновував ТОВ «Левада»."])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Петро Гайовий memberOf") })
  }

  /// A founder is of a body, never of a place.
  @Test func aPlaceIsNotFounded() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Місто Харків заснували козаки, пише Петро Гайовий."])
    #expect(!g.namedTriples.contains { $0.contains("memberOf Харків") })
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct TreeTitlesTests {
  @Test func aTitleInAppositionAfterTheNameGivesThePost() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Майкл О'Лірі, генеральний директор компанії Ryanair, заявив про нові рейси."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Майкл О'Лірі leaderOf") && $0.contains("Ryanair") })
  }

  @Test func aPartOfABodyIsNotTheBody() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Керівник апарату Верховної Ради Іван Коваль отримав земельну ділянку."])
    #expect(!g.namedTriples.contains { $0.contains("leaderOf Верховна Рада") })
  }

  @Test func aNameFurtherOnIsNotTheTitlesHolder() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Лідери самопроголошених республік Донбасу, як і Туск, хочуть потрапити в історію."])
    #expect(!g.namedTriples.contains { $0.contains("Туск leaderOf") })
  }
}

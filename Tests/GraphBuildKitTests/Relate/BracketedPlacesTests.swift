import Testing
@testable import GraphBuildKit

@Suite struct BracketedPlacesTests {
  @Test func eachMayorLeadsTheTownInBrackets() {
    let g = Fixtures.graph(["До рейтингу потрапили мери: Іван Петренко (Житомир), Олег Коваль (Рівне)."])
    #expect(g.namedTriples.contains("Іван Петренко leaderOf Житомир"))
    #expect(g.namedTriples.contains("Олег Коваль leaderOf Рівне"))
  }

  @Test func theListGoesOnInTheNextSentence() {
    let g = Fixtures.graph(["До рейтингу потрапили мери: Іван Петренко (Житомир). До списку також увійшли Олег Коваль (Рівне) та інші."])
    #expect(g.namedTriples.contains("Олег Коваль leaderOf Рівне"))
  }

  @Test func aTownInBracketsWithoutACitysHeadIsNotLed() {
    let g = Fixtures.graph(["На змаганнях виступили спортсмени: Іван Петренко (Житомир), Олег Коваль (Рівне)."])
    #expect(!g.namedTriples.contains { $0.contains("leaderOf") })
  }

  @Test func aPartyInBracketsAfterDeputies() {
    let g = Fixtures.graph(["Проти голосували депутати Іван Петренко («Батьківщина») та Олег Коваль («Свобода»)."])
    #expect(g.namedTriples.contains("Іван Петренко memberOf Батьківщина"))
    #expect(g.namedTriples.contains("Олег Коваль memberOf Свобода"))
  }

  @Test func notAPluralInsideAnotherPost() {
    let g = Fixtures.graph(["Це запропонував заступник голови ради директорів Іван Петренко (ТОВ «Світло»)."])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Іван Петренко leaderOf") })
  }
}

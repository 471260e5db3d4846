import Testing
@testable import GraphBuildKit

@Suite struct TreeTitlesTests {
  @Test func aTitleInAppositionAfterTheNameGivesThePost() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Майкл О'Лірі, генеральний директор компанії Ryanair, заявив про нові рейси."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Майкл О'Лірі leaderOf") && $0.contains("Ryanair") })
  }

  /// A former post (`formerPrefixes`) is a post: "екс-голова" is read as "голова".
  @Test func aFormerPostIsAPost() throws {
    let g = Fixtures.graph(["Заяву зробив екс-голова Зорянської облради Петро Гайовий.", "Фірма належить екс-депутату Зорянської міськради Ірині Шмат."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Гайовий leaderOf") && $0.contains("Зорянська облрада") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Ірина Шмат memberOf") && $0.contains("Зорянська міськрада") })
  }

  /// A post to come (a copula in the future) is not held.
  @Test func aPostToComeIsNotHeld() {
    let g = Fixtures.graph(["Новим директором компанії «Левада» стане Петро Гайовий.", "Членом правління ТОВ «Вереск» буде Ірина Шмат."])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Петро Гайовий") })
    #expect(!g.namedTriples.contains { $0.hasPrefix("Ірина Шмат") })
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

  @Test func theSubjectOfACopulaHoldsThePredicatesTitle() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Засновником ТОВ «Зоряний шлях» є кіпрська компанія «Альфатрейд Лімітед», а директором Марина Коваленко."])
    // A body among the founders, and the coordinated title's holder takes the first title's body.
    #expect(g.namedTriples.contains { $0.hasPrefix("Альфатрейд Лімітед memberOf") && $0.contains("Зоряний шлях") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Марина Коваленко leaderOf") && $0.contains("Зоряний шлях") })
    #expect(!g.namedTriples.contains { $0.hasPrefix("Марина Коваленко memberOf") })
  }

  /// No person is named, yet a firm among a firm's founders is read from the tree.
  @Test func aBodyHoldsATitleInASentenceWithNoPerson() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Раніше засновником «Зорянського заводу» була кіпрська компанія «Альфатрейд Лімітед»."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Альфатрейд Лімітед memberOf") && $0.contains("Зорянськ") })
  }

  /// "директором якого є Y": the relative pronoun's body is the name its clause follows.
  @Test func aRelativePronounNamesTheBodyOfATitle() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Тендер виграло ТОВ «Світанок», директором якого є Марина Коваленко."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Марина Коваленко leaderOf") && $0.contains("Світанок") })
  }

  /// "фундатором якого є Y": a founder by another word is a member, as "засновник" is.
  @Test func aFounderByAnotherWordIsAMember() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Благодійний фонд «Світанок», фундатором якого є Марина Коваленко, виплатив тренерам зарплату."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Марина Коваленко memberOf") && $0.contains("Світанок") })
  }

  @Test func aCopularVerbTakesTheTitleAsItsComplement() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Ольга Бондар стала головою Антимонопольного комітету України."])
    #expect(g.namedTriples.contains("Ольга Бондар leaderOf Антимонопольний комітет України"))
  }

  @Test func aVerbOfTurningOutToBeIsACopula() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Тим часом Ігор Зінчук виявився учасником вінницького ТОВ «Вандем»."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Ігор Зінчук memberOf") && $0.contains("Вандем") }, "\(g.namedTriples)")
  }

  @Test func aRelativePronounStandsForThePersonBeforeIt() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Засновником ТОВ «Світанок» є Іван Ткач, який також є директором компанії «Вершина»."])
    #expect(g.namedTriples.contains("Іван Ткач leaderOf Вершина"))
  }

  @Test func aNegatedCopulaStatesNoPost() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Петро Мельник не є директором ТОВ «Світанок»."])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Петро Мельник leaderOf") })
  }

  /// A name the parser hangs on a genitive it does not agree with in case names the genitive's
  /// head, and a name coordinated with the subject's name is a subject too.
  @Test func aNameAgreesInCaseWithTheNounItNames() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Дружина посадовця Олена Гайова є співзасновницею компанії «Левада»."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Олена Гайова memberOf") && $0.contains("Левада") })
    let h = Fixtures.graph(["Засновниками фірми «Левада» є кияни Петро Гайовий і Ірина Шмат."])
    #expect(h.namedTriples.contains { $0.hasPrefix("Петро Гайовий memberOf") && $0.contains("Левада") })
    #expect(h.namedTriples.contains { $0.hasPrefix("Ірина Шмат memberOf") && $0.contains("Левада") })
  }

  /// Coordinated titles taken by a copular verb share its subject and the last one's body.
  @Test func coordinatedTitlesShareTheCopulasSubjectAndBody() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["ТОВ «Левада» виграло тендер. Засновником і директором підприємства значиться Петро Гайовий."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Гайовий memberOf") && $0.contains("Левада") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Гайовий leaderOf") && $0.contains("Левада") })
  }

  /// Subjects named by their posts, one after another, are each a holder of the predicate's
  /// title: "є депутат облради X, начальник управління Y".
  @Test func aListOfSubjectsNamedByTheirPostsAllHoldTheTitle() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph([
      "Засновниками громадської організації «Товариство рибалок Полісся» є депутат облради Віктор Гриценко, начальник управління юстиції Сергій Жуве та директор ДП «Ліс» Вадим Нетуда."
    ])
    #expect(g.namedTriples.contains { $0.hasPrefix("Віктор Гриценко memberOf") && $0.contains("Товариство рибалок") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Сергій Жуве memberOf") && $0.contains("Товариство рибалок") })
  }
}


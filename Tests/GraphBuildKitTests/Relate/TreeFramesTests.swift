import Testing
@testable import GraphBuildKit

@Suite struct TreeFramesTests {
  @Test func aFramesWordsFarApartAreJoinedThroughTheTree() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    // The sanctions noun stands six words after its verb: past the word window.
    let g = Fixtures.graph(["Європейський Союз у понеділок ухвалив новий, вже двадцятий пакет санкцій проти Росії."])
    #expect(g.namedTriples.contains("Європейський Союз imposedSanctionsOn Росія"))
    let r = g.relations.values.first { $0.predicate == "imposedSanctionsOn" }
    #expect(r?.stance == "imposed" && r?.evidence.first?.trigger == "ухвалив санкцій")
  }

  @Test func everyCoordinatedSubjectTakesPartInTheTalks() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph([
      "Прем'єр-міністр Польщі Дональд Туск і канцлер Німеччини Олаф Шольц, який прибув до Варшави вчора, провели в п'ятницю тривалі переговори з президентом Франції Еммануелем Макроном."
    ])
    let talks = g.namedTriples.filter { $0.contains("negotiatesWith") }
    #expect(talks.contains { $0.contains("Дональд Туск") && $0.contains("Еммануель Макрон") })
    #expect(talks.contains { $0.contains("Олаф Шольц") && $0.contains("Еммануель Макрон") })
    #expect(!talks.contains { $0.contains("Дональд Туск") && $0.contains("Олаф Шольц") })
  }

  @Test func aNegatedVerbStatesNothing() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Європейський Союз у понеділок не ухвалив новий, вже двадцятий пакет санкцій проти Росії."])
    #expect(!g.namedTriples.contains { $0.contains("imposedSanctionsOn") })
  }

  @Test func theTreeLinksWordsToTheirHeads() {
    let words = [("Мер", 2, "nsubj"), ("підписав", 0, "root"), ("угоду", 2, "obj"), ("з", 5, "case"), ("Києвом", 3, "nmod"), ("і", 7, "cc"), ("Львовом", 5, "conj")].map {
      SyntaxModel.Word(form: $0.0, tag: "", lemma: $0.0.lowercased(), upos: "", feats: "", head: $0.1, relation: $0.2)
    }
    let tree = SentenceTree(words)
    #expect(tree.children(1, ["nsubj"]) == [0])
    #expect(tree.withConjuncts(4) == [4, 6])
    #expect(tree.preposition(of: 4) == "з")
    #expect(tree.head(0) == 1 && tree.head(1) == nil)
  }
}

@Suite struct TreeEventNounsTests {
  @Test func talksNamedInAnAdjunctJoinTheClausesSubject() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph([
      "Після переговорів у Варшаві з прем'єр-міністром Польщі Дональдом Туском канцлер Німеччини Олаф Шольц заявив про нові кроки."
    ])
    #expect(g.namedTriples.contains { $0.contains("negotiatesWith") && $0.contains("Дональд Туск") && $0.contains("Олаф Шольц") })
  }

  @Test func talksCalledForAreNotTalksHeld() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Канцлер Німеччини Олаф Шольц закликав до переговорів з прем'єр-міністром Польщі Дональдом Туском."])
    #expect(!g.namedTriples.contains { $0.contains("negotiatesWith") })
  }

  /// Object, verb, subject, with both read as subjects: the kinds each side takes tell them apart.
  @Test func aBodyBeforeTheVerbIsItsObjectWhenThePersonFollows() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["КП «Зорянське бюро» Зорянської облради з 2010 року очолює Петро Гайовий."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Гайовий leaderOf") && $0.contains("Зорянське бюро") })
  }

  /// Talks whose "з" the parser hung on the place they were held in still have that partner.
  @Test func talksPartnerHungOnThePlace() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Після переговорів у Відні з президентом Литви Гітанасом Науседою канцлер Австрії Карл Негаммер заявив про згоду."])
    #expect(g.namedTriples.contains { $0.contains("Негаммер negotiatesWith") || $0.contains("negotiatesWith Карл Негаммер") })
  }

  /// A relative pronoun as the object stands for the name before its clause.
  @Test func aRelativePronounAsObjectIsTheNameBeforeItsClause() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Він дав свідчення у ТОВ «Зорянське бюро», яке на той час очолював Петро Гайовий."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Гайовий leaderOf") && $0.contains("Зорянське бюро") })
  }

  /// A body's board as the verb's object stands for the body; a post alone does not take it
  /// from a deputy of the same title.
  @Test func aBoardStandsForItsBody() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph([
      "Заступником голови обрано Олександра Шубіна, заступника голови Федерації профспілок України. Віднині правління Фонду очолює Ольга Крентовська. Правління Фонду очолює голова, який обирається з членів правління.",
    ])
    #expect(g.namedTriples.contains { $0.hasPrefix("Ольга Крентовська leaderOf Фонд") })
    #expect(!g.namedTriples.contains { $0.hasPrefix("Олександр Шубін leaderOf") })
  }
}

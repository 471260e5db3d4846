import Testing
@testable import GraphBuildKit

@Suite struct PartyMembershipsTests {
  @Test func everyNameOfAListBeforeThePartyIsItsMember() {
    let g = Fixtures.graph(["Зміни підтримали Іван Петренко та Олег Коваль від «Народного фронту»."])
    #expect(g.namedTriples.contains("Іван Петренко memberOf Народний фронт"))
    #expect(g.namedTriples.contains("Олег Коваль memberOf Народний фронт"))
  }

  @Test func aFactionNamedAfterItsNoun() {
    let g = Fixtures.graph(["Під час голосування Ковальчук з фракції «Самопоміч» утримався."])
    #expect(g.namedTriples.contains("Ковальчук memberOf Самопоміч"))
  }

  /// A party whose own name holds a group's noun needs none before it.
  @Test func aGroupNamedByItsOwnNoun() {
    let g = Fixtures.graph(["Проект вніс Сергій Ковальчук з «Демократичного блоку»."])
    #expect(g.namedTriples.contains("Сергій Ковальчук memberOf Демократичний блок"))
  }

  @Test func wherePeopleAreFromIsNoMembership() {
    let g = Fixtures.graph(["Олена Смола з Києва та Іван Гуць зі Львова заснували фірму."])
    #expect(!g.namedTriples.contains { $0.contains("memberOf") })
  }

  /// After a member's title the party may come first, its names after it, list by list.
  @Test func thePartyBeforeItsNamesAfterAMembersTitle() {
    let g = Fixtures.graph([
      "Не задекларували майно депутати від «Народного фронту» Іван Петренко, від «Самопомочі» – Олег Коваль та Ірина Шмат."
    ])
    #expect(g.namedTriples.contains("Іван Петренко memberOf Народний фронт"))
    #expect(g.namedTriples.contains("Олег Коваль memberOf Самопоміч"))
    #expect(g.namedTriples.contains("Ірина Шмат memberOf Самопоміч"))
    #expect(!g.namedTriples.contains("Олег Коваль memberOf Народний фронт"))
    let h = Fixtures.graph(["Лист від «Самопомочі» Іван Петренко отримав учора."])
    #expect(!h.namedTriples.contains { $0.contains("memberOf") })
  }

  /// A deputy named by party alone sits on the council the document named with the title;
  /// a people's deputy does not.
  /// A title in the plural does not stand for the one person an earlier sentence gave it to,
  /// so the list after it is still read.
  @Test func aPluralTitleIsNoEarlierHoldersStandIn() {
    let g = Fixtures.graph([
      "Депутат від «Руху» Іван Петренко задекларував внески. Серед депутатів, котрі забули задекларувати майно, депутати від «Поступу» – Олег Коваль та Ірина Шмат."
    ])
    #expect(g.namedTriples.contains("Іван Петренко memberOf Рух"))
    #expect(g.namedTriples.contains("Олег Коваль memberOf Поступ"))
    #expect(g.namedTriples.contains("Ірина Шмат memberOf Поступ"))
    #expect(!g.namedTriples.contains("Іван Петренко memberOf Поступ"))
  }

  @Test func aBareDeputyTakesTheCouncilTheDocumentNamed() {
    let g = Fixtures.graph(["Із 40 депутатів Зорянської міськради п'ятеро не подали декларацій. Серед них депутати від «Самопомочі» Олег Коваль та Ірина Шмат."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Олег Коваль memberOf Зорянськ") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Ірина Шмат memberOf Зорянськ") })
    let h = Fixtures.graph(["Із 40 депутатів Зорянської міськради п'ятеро не подали декларацій. Народний депутат від «Самопомочі» Олег Коваль їх підтримав."])
    #expect(!h.namedTriples.contains { $0.hasPrefix("Олег Коваль memberOf Зорянськ") })
  }
}

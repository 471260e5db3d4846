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

  @Test func wherePeopleAreFromIsNoMembership() {
    let g = Fixtures.graph(["Олена Смола з Києва та Іван Гуць зі Львова заснували фірму."])
    #expect(!g.namedTriples.contains { $0.contains("memberOf") })
  }
}

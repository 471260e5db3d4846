import Testing
@testable import GraphBuildKit

@Suite struct PersonFromBodyTests {
  @Test func aPersonFromABodyIsItsMember() {
    let g = Fixtures.graph([
      "Американський юрист Скотт Мартін з організації Global Rights Compliance повідомив про це.",
      "Експерт Олег Сидоренко з Центру Разумкова вважає, що це помилка.",
    ])
    #expect(g.namedTriples.contains { $0.hasPrefix("Скотт Мартін memberOf Global Rights Compliance") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Олег Сидоренко memberOf Центр Разумкова") })
  }

  @Test func notWithAPersonNorForAVerbsObject() {
    let g = Fixtures.graph([
      "Петро Гайовий зустрівся з Олегом Сидоренком у Києві.",
      "Батьки забрали Олега Сидоренка з Центру «Надія».",
      "Олег Сидоренко з Києва приїхав на форум.",
    ])
    #expect(!g.namedTriples.contains { $0.contains("memberOf") })
  }

  @Test func aNameInLatinLettersHoldsNoState() {
    let g = Fixtures.graph(["Документ підготувала команда Free Russia Foundation разом з юристами."])
    #expect(!g.namedTriples.contains { $0.contains("partOf") })
  }
}

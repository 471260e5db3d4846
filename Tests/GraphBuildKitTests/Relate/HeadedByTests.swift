import Testing
@testable import GraphBuildKit

@Suite struct HeadedByTests {
  @Test func theNameAfterThePhraseLeadsTheBodyBeforeIt() {
    let g = Fixtures.graph([
      "Відтоді ПАТ «Полтавхліб» на чолі з киянкою Оленою Мирошник скоротило виробництво.",
      "Рішення ухвалив Кабмін під головуванням прем'єр-міністра Олега Коваля.",
    ])
    #expect(g.namedTriples.contains { $0.hasPrefix("Олена Мирошник leaderOf") && $0.contains("Полтавхліб") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Олег Коваль leaderOf") && $0.contains("Каб") })
  }

  @Test func noHeadForAPlaceOrANameAfterAPrepositionOrAGroup() {
    let g = Fixtures.graph([
      "Переговори вела делегація Міністерства оборони під керівництвом заступника міністра Олега Коваля.",
      "До Києва на чолі з міністром Олегом Ковалем прибула делегація.",
      "Вони працювали з Мінфіном на чолі з Петром Гайовим.",
    ])
    #expect(!g.namedTriples.contains { $0.contains("leaderOf") })
  }
}

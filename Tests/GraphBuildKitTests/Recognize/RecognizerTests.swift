import Testing
@testable import GraphBuildKit

@Suite struct RecognizerTests {
  func mentions(_ text: String) -> [(String, String, String)] {
    Fixtures.recognizer.analyze(Fixtures.document(text)).mentions.map { ($0.text, $0.type, $0.lemma) }
  }

  @Test func findsPeopleAndStatesWithTheirBaseForms() {
    let found = mentions("Прем'єр-міністр Канади Марк Карні зустрівся з президентом Франції Емманюелем Макроном у Парижі.")
    #expect(found.contains { $0.0 == "Марк Карні" && $0.1 == "Person" })
    #expect(found.contains { $0.0 == "Канади" && $0.1 == "Country" && $0.2 == "Канада" })
    #expect(found.contains { $0.0 == "Емманюелем Макроном" && $0.2 == "Емманюель Макрон" })
  }

  @Test func companiesAndAirlinesByTheNounBeforeThem() {
    let found = mentions("Уряд запровадив санкції проти авіакомпанії «Ютейр» та компанії «Росатом».")
    #expect(found.contains { $0.0 == "Ютейр" && $0.1 == "Airline" })
    #expect(found.contains { $0.0 == "Росатом" && $0.1 == "Corporation" })
  }

  @Test func worldKnowledgeFillsWhatTheTaggerMisses() {
    let found = mentions("Про це заявили у НАТО та ЄС, а також у Сполучених Штатах.")
    #expect(found.contains { $0.0 == "НАТО" })
    #expect(found.contains { $0.0 == "ЄС" })
    #expect(found.contains { $0.0 == "Сполучених Штатах" && $0.1 == "Country" })
  }

  @Test func offsetsPointAtTheMention() {
    let text = "😀 Вчора Олаф Шольц прибув до Варшави."
    let doc = Fixtures.recognizer.analyze(Fixtures.document(text))
    for m in doc.mentions { #expect(doc.text.slice(m.scalarStart, m.scalarEnd) == m.text) }
  }
}

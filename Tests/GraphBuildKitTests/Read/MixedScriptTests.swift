import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct MixedScriptTests {
  @Test(arguments: [
    ("Укpаїни", "України"),  // Latin p
    ("у Києвi та Нiмеччинi", "у Києві та Німеччині"),  // Latin i
    ("Украïна", "Україна"),  // Latin ï
    ("канал ІСTV", "канал ICTV"),  // Cyrillic І and С in a Latin name
    ("SPА-центр", "SPA-центр"),
    ("за́мoк", "за́мок"),  // a stress mark stays in the word
    ("В`ячеслав об´єднав п′ять", "В’ячеслав об’єднав п’ять"),  // apostrophe look-alikes
  ])
  func putsAWordInOneScript(_ text: String, _ expected: String) {
    let repaired = MixedScript.repair(text)
    #expect(repaired == expected)
    #expect(repaired.unicodeScalars.count == text.unicodeScalars.count)
  }

  @Test(arguments: ["Україна і iPhone", "it`s ´Ok´", "СхідSide", "БюрoUA", "Сo", "IT-компанія", "Ελλάδα"])
  func leavesWordsItCannotSettle(_ text: String) {
    #expect(MixedScript.repair(text) == text)
  }

  @Test func aMixedWordIsRecognisedAfterReading() throws {
    let url = Fixtures.temporaryDirectory().appendingPathComponent("mixed.txt")
    try "Президент Укpаїни зустрівся з міністром закордонних справ Нiмеччини у Києвi.".write(to: url, atomically: true, encoding: .utf8)
    let mentions = Fixtures.recognizer.analyze(try DocumentReader.read(url)).mentions
    #expect(mentions.contains { $0.text == "України" && $0.label == "LOC" })
    #expect(mentions.contains { $0.text == "Німеччини" && $0.label == "LOC" })
    #expect(mentions.contains { $0.text == "Києві" && $0.label == "LOC" })
  }
}

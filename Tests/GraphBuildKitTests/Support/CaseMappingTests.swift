import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct CaseMappingTests {
  /// Words of every kind the tagger meets: Ukrainian and Russian letters, Latin, digits,
  /// apostrophes, accents, Greek, combining marks, and the samples' own words.
  static var words: [String] {
    var list = [
      "ЛУКАШЕНКА", "Ґанок", "ҐАНОК", "Їжак", "ЄС", "І", "Ёлка", "Ўсё", "ЂЃЅЈЉЊЋЌЍЎЏ", "ВАТ «Білоруськалій»",
      "ім'я", "Ім’я", "ОБʼЄДНАННЯ", "iPhone", "McDonald's", "COVID-19", "Ꙁело", "Ѣ", "Çelik", "ÉCOLE",
      "Ελλάδα", "ΣΟΦΙΑ", "ѢѣѤ", "ӀӁ", "ҒАБИТ", "ӘЛІ", "‘ХАТА’", "—Київ", "Ā", "За́мок", "Ї́", "İstanbul", "Straße", "ǅemal", "2025-го", "№5", "½", "", "a\u{0301}",
    ]
    // The samples, and NER-UK's texts when ../shared is there (250,000 more words).
    var folders = [Fixtures.data.appendingPathComponent("samples")]
    if let shared = Fixtures.shared { folders.append(shared.appendingPathComponent("ner-uk/v1.0/train")) }
    for folder in folders {
      for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".txt") {
        let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        list += text.split(whereSeparator: \.isWhitespace).map(String.init)
      }
    }
    return list
  }

  @Test func lowersAsTheStandardLibraryDoes() {
    let words = Self.words
    #expect(words.count > 200)
    for w in words { #expect(w.lowercasedFast() == w.lowercased(), "\(w)") }
  }

  @Test func shapeIsTheCharacterShape() {
    let words = Self.words
    for w in words { #expect(FeatureExtractor.shape(w) == FeatureExtractor.characterShape(w), "\(w)") }
    #expect(FeatureExtractor.shape("Ґанок-2") == "Xx-d")
  }
}

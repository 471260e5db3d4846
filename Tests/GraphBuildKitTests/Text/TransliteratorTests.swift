import Foundation
import Testing
@testable import GraphBuildKit

struct TranslitVector: CustomTestStringConvertible, Sendable {
  var cyr: String
  var lat: String
  var testDescription: String { cyr }

  /// The official vectors in ../shared/translit (absent on a user's clone: the test then runs none).
  static let official: [TranslitVector] = {
    guard let shared = Fixtures.shared,
      let text = try? String(contentsOf: shared.appendingPathComponent("translit/kmu2010_vectors.jsonl"), encoding: .utf8)
    else { return [] }
    return text.split(separator: "\n").compactMap { line in
      guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let c = obj["cyr"] as? String, let l = obj["lat"] as? String
      else { return nil }
      return TranslitVector(cyr: c, lat: l)
    }
  }()
}

@Suite struct TransliteratorTests {
  @Test(.enabled(if: Fixtures.shared != nil, "needs ../shared/translit"))
  func allOfficialVectorsAreThere() {
    #expect(TranslitVector.official.count == 37)
  }

  @Test(arguments: TranslitVector.official)
  func officialVector(_ v: TranslitVector) {
    #expect(KMU2010.transliterate(v.cyr).precomposedStringWithCanonicalMapping == v.lat.precomposedStringWithCanonicalMapping)
  }

  @Test(arguments: [
    ("Олександр Лукашенко", "Oleksandr Lukashenko"), ("Світлана Тихановська", "Svitlana Tykhanovska"),
    ("Згорани", "Zghorany"), ("Юрій", "Yurii"), ("Щербань", "Shcherban"), ("ЄС", "YES"),
  ])
  func ownCases(_ cyr: String, _ lat: String) {
    #expect(KMU2010.transliterate(cyr) == lat)
  }
}

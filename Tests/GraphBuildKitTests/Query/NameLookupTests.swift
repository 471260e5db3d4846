import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct NameLookupTests {
  static let graph = Fixtures.graph([
    "Президент Білорусі Олександр Лукашенко зустрівся з лідеркою опозиції Світланою Тихановською у Києві. Лукашенку це не сподобалося.",
  ])
  let lookup = NameLookup(graph: graph)

  @Test(arguments: ["Лукашенко", "Лукашенка", "Лукашенку", "Lukashenko", "lukashenka", "Lukašenka", "Alexander Lukashenko", "Aliaksandr Lukashenka", "Lukashenko Oleksandr", "Lukashneko"])
  func findsLukashenko(_ q: String) throws {
    #expect(Self.graph.entities[try lookup.resolve(q)]?.name == "Олександр Лукашенко")
  }

  @Test(arguments: ["Тихановська", "Tikhanovskaya", "Tsikhanouskaya", "Svetlana Tikhanovskaya", "Tykhanovska"])
  func findsTsikhanouskaya(_ q: String) throws {
    #expect(Self.graph.entities[try lookup.resolve(q)]?.name == "Світлана Тихановська")
  }

  @Test(arguments: ["Kyiv", "Kiev", "Київ", "Києві"])
  func findsKyiv(_ q: String) throws {
    #expect(Self.graph.entities[try lookup.resolve(q)]?.name == "Київ")
  }

  /// Entities named like the wrong answers seen on large graphs: a name of two consonants and
  /// one of digits and punctuation.
  static let decoys: KnowledgeGraph = {
    var g = KnowledgeGraph()
    for (id, name) in [("a", "Зойка"), ("b", "1 + 1"), ("c", "Олександр Лукашенко")] {
      g.entities[id] = .init(id: id, type: "Thing", name: name, latinName: KMU2010.transliterate(name), englishName: nil, aliases: [], mentions: [])
    }
    return g
  }()

  @Test(arguments: ["Zzzzqqq", "🙂🙂", "+++", "1 - 1", "Зззкк"])
  func namesThatMatchNothingWellAreUnknown(_ q: String) {
    #expect(throws: GraphBuildError.self) { try NameLookup(graph: Self.decoys).resolve(q) }
  }

  @Test func aFuzzyAnswerIsMarkedAGuessAndAnExactOneIsNot() throws {
    let lookup = NameLookup(graph: Self.decoys)
    #expect(try lookup.match("Лукашенко").isGuess == false)
    #expect(try lookup.match("Lukashneko").isGuess == true)
  }

  @Test func aVeryLongQueryIsAnsweredWithoutTheQuadraticTiers() {
    let lookup = NameLookup(graph: Self.decoys)
    #expect(lookup.isTooLong(String(repeating: "Лукашенко", count: 1000)))
    #expect(throws: GraphBuildError.unknownEntity(name: String(repeating: "x", count: 10000), suggestions: [])) {
      try lookup.resolve(String(repeating: "x", count: 10000))
    }
  }

  @Test func unknownNameSaysSoAndSuggests() {
    do {
      _ = try lookup.resolve("Zelensky")
      Issue.record("expected no match")
    } catch let e as GraphBuildError {
      #expect(e.description.contains("no such entity: Zelensky"))
      #expect(e.description.contains("did you mean"))
    } catch { Issue.record("\(error)") }
  }

  /// The folding as first written, with Foundation and Characters: what the byte version must match.
  static func reference(_ w: String) -> String {
    var s = w
    for (a, b) in NameLookup.foldPairs { s = s.replacingOccurrences(of: a, with: b) }
    var out = ""
    let chars = Array(s)
    for (i, c) in chars.enumerated() {
      if c == "c", i + 1 < chars.count, !"eiy".contains(chars[i + 1]) { out.append("k"); continue }
      if let last = out.last, last == c { continue }
      out.append(c)
    }
    return out
  }

  @Test func byteFoldingAgreesWithFoundationsReplacements() {
    var rng = SplitMix(seed: 3)
    let letters = Array("abcehijkostuyzwxqgłøʼ")
    for _ in 0..<3000 {
      let w = String((0..<Int(1 + rng.next() % 10)).map { _ in letters[Int(rng.next() % UInt64(letters.count))] })
      #expect(NameLookup.skeleton(w) == Self.reference(w), "\(w)")
    }
  }

  @Test func sureTiersAloneGiveTheSameBestNameWhenOneIsSure() {
    for q in ["Лукашенка", "Лукашенко", "Тихановська", "Києві", "Lukashneko"] {
      let full = lookup.candidates(q, limit: 2).first
      let sure = lookup.candidates(q, limit: 2, sureOnly: true).first
      if let full, full.score >= NameLookup.sureScore { #expect(sure == full, "\(q)") } else { #expect(sure == nil, "\(q)") }
    }
  }

  /// Names added one entity and one form at a time find what a lookup made from the whole
  /// graph finds, in every tier.
  @Test func namesAddedAsTheGraphGrowsFindWhatTheWholeGraphFinds() {
    var grown = NameLookup(graph: KnowledgeGraph())
    for e in Self.graph.entities.values.sorted(by: { $0.id < $1.id }) {
      grown.add(id: e.id, name: e.name, forms: [e.name])
      for m in e.mentions { grown.add(id: e.id, name: e.name, forms: [m.text]) }
      grown.add(id: e.id, name: e.name, forms: [e.latinName, e.englishName ?? ""] + e.aliases)
    }
    for q in ["Лукашенка", "Lukashneko", "Тихановська", "Tsikhanouskaya", "Kiev", "Києві", "Zzzzqqq"] {
      #expect(grown.candidates(q) == lookup.candidates(q), "\(q)")
    }
  }
}

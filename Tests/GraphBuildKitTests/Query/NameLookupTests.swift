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

  @Test func unknownNameSaysSoAndSuggests() {
    do {
      _ = try lookup.resolve("Zelensky")
      Issue.record("expected no match")
    } catch let e as GraphBuildError {
      #expect(e.description.contains("no such entity: Zelensky"))
      #expect(e.description.contains("did you mean"))
    } catch { Issue.record("\(error)") }
  }

  @Test func asciiReplacementAgreesWithFoundation() {
    var rng = SplitMix(seed: 3)
    let letters = Array("abcehijkstuyz ")
    for _ in 0..<2000 {
      let s = String((0..<Int(rng.next() % 12)).map { _ in letters[Int(rng.next() % UInt64(letters.count))] })
      for (a, b) in [("sch", "s"), ("ch", "c"), ("y", "i"), ("ee", "i"), ("x", "ks")] {
        #expect(NameLookup.replacing(a, with: b, in: s) == s.replacingOccurrences(of: a, with: b), "\(s)")
      }
    }
    #expect(NameLookup.replacing("sh", with: "s", in: "šhsh") == "šhs")  // not ASCII: Foundation's
  }
}

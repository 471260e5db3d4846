import Foundation
import Testing
@testable import GraphBuildKit

/// The parts that need no server; `Tests/EndToEnd/test_shards.py` asks a real Oxigraph server
/// and compares every answer with the local query's.
@Suite struct SPARQLEndpointTests {
  static func binding(_ value: String, lang: String? = nil, type: String = "literal") -> [String: String] {
    var t = ["type": type, "value": value]
    if let lang { t["xml:lang"] = lang }
    return t
  }

  /// An endpoint that answers every query with `rows`, and keeps the queries it was sent.
  final class Canned: @unchecked Sendable {
    var queries: [String] = []
    let rows: [[String: [String: String]]]
    init(_ rows: [[String: [String: String]]]) { self.rows = rows }
    var endpoint: SPARQLEndpoint {
      SPARQLEndpoint(url: URL(string: "http://127.0.0.1:9/query")!) { q in
        self.queries.append(q)
        return try JSONSerialization.data(withJSONObject: ["head": ["vars": []], "results": ["bindings": self.rows]])
      }
    }
  }

  @Test func namesAreToldApartByTheirLanguageTags() throws {
    let e = "https://graphbuild.dev/entity/person/ivan-koval"
    let iri = { (v: String) in Self.binding(v, type: "uri") }
    let canned = Canned([
      ["e": iri(e), "t": iri("https://schema.org/Person"), "k": Self.binding("n"), "v": Self.binding("Іван Коваль", lang: "uk")],
      ["e": iri(e), "t": iri("https://schema.org/Person"), "k": Self.binding("n"), "v": Self.binding("Ivan Koval", lang: "uk-Latn")],
      ["e": iri(e), "t": iri("https://schema.org/Person"), "k": Self.binding("a"), "v": Self.binding("Коваль І.", lang: "uk")],
      ["e": iri(e), "t": iri("https://schema.org/Person"), "k": Self.binding("m"), "v": Self.binding("Коваля")],
    ])
    let g = try canned.endpoint.names()
    let koval = try #require(g.entities[e])
    #expect((koval.type, koval.name, koval.latinName, koval.aliases) == ("Person", "Іван Коваль", "Ivan Koval", ["Коваль І."]))
    #expect(koval.mentions.map(\.text) == ["Коваля"])
    #expect(try NameLookup(graph: g, lemmatizer: nil).match("Koval").id == e)
    #expect(canned.queries[0].hasPrefix("PREFIX gb: <https://graphbuild.dev/ns#>"))
  }

  @Test func anAnswerThatIsNotSPARQLJSONIsNamed() {
    let endpoint = SPARQLEndpoint(url: URL(string: "http://127.0.0.1:9/query")!) { _ in Data("<html>Not found</html>".utf8) }
    #expect(throws: GraphBuildError.self) { try endpoint.predicates() }
    do { _ = try endpoint.predicates() } catch { #expect("\(error)".contains("127.0.0.1:9/query")) }
  }

  @Test func idsAreWrittenAsIRIsAGroupAtATime() {
    #expect(SPARQLEndpoint.iri("https://x/a b>c") == "https://x/a\\u0020b\\u003Ec")
    let ids = (0..<450).map { "https://x/\($0)" }
    let chunks = SPARQLEndpoint.chunks(ids)
    #expect(chunks.count == 3)
    #expect(chunks[0].hasPrefix("<https://x/0> <https://x/1>"))
    #expect(SPARQLEndpoint.local("https://graphbuild.dev/ns#leaderOf") == "leaderOf")
    #expect(SPARQLEndpoint.local("https://schema.org/Person") == "Person")
  }
}

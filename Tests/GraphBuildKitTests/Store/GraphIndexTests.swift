import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct GraphIndexTests {
  static let graph = Fixtures.graph([
    "Президент Франції Емманюель Макрон провів переговори з канцлером Німеччини Олафом Шольцом.",
    "Президент Білорусі Олександр Лукашенко зустрівся з лідеркою опозиції Світланою Тихановською у Києві.",
    "Прем'єр-міністр Польщі Дональд Туск зустрівся з Олафом Шольцом у Варшаві.",
  ])

  /// The graph saved into a new folder, with its index.
  static func saved() throws -> String {
    let path = Fixtures.temporaryDirectory().appendingPathComponent("graph.jsonld").path
    #expect(try GraphFile.save(graph, to: path) == nil)
    return path
  }

  @Test func isWrittenWithTheGraphAndNamedAfterIt() throws {
    let path = try Self.saved()
    #expect(GraphIndex.path(forGraph: path).hasSuffix("/graph.index"))
    #expect(GraphIndex.path(forGraph: "g.json") == "g.json.index")
    #expect(try GraphIndex.open(forGraph: path, lemmatizer: nil) != nil)
  }

  @Test func isAsPrivateAsTheGraph() throws {
    let path = try Self.saved()
    chmod(path, 0o600)
    try GraphFile.save(Self.graph, to: path)
    var st = stat()
    #expect(stat(GraphIndex.path(forGraph: path), &st) == 0 && st.st_mode & 0o777 == 0o600)
  }

  @Test(arguments: [
    "Лукашенко", "Лукашенка", "Lukashenko", "Aliaksandr Lukashenka", "Lukashneko", "Tikhanovskaya", "Kiev", "Scholz",
    "Olaf Scholz", "Шольцом", "Makron", "Zzzzqqq", "1 + 1", "Туск",
  ])
  func findsWhatTheLookupInMemoryFinds(_ q: String) throws {
    let index = try #require(try GraphIndex.open(forGraph: try Self.saved()))
    let memory = NameLookup(graph: Self.graph)
    #expect(index.candidates(q) == memory.candidates(q))
    #expect((try? index.match(q)) == (try? memory.match(q)))
    #expect(index.suggestions(q) == memory.suggestions(q))
    #expect(index.failure == nil)
  }

  @Test func answersNeighboursAndPathsAsTheWholeGraphDoes() throws {
    let index = try #require(try GraphIndex.open(forGraph: try Self.saved(), lemmatizer: nil))
    let whole = GraphQueries(graph: Self.graph)
    let ids = Self.graph.entities.keys.sorted()
    #expect(Self.graph.relations.count >= 4)
    for id in ids {
      for hops in 1...3 {
        let part = GraphQueries(graph: try index.graph(around: id, hops: hops))
        #expect(part.neighbors(of: id, hops: hops) == whole.neighbors(of: id, hops: hops), "\(id) \(hops)")
        #expect(part.neighbors(of: id, hops: hops).allSatisfy { part.graph.entities[$0.other] == Self.graph.entities[$0.other].map { var e = $0; e.mentions = []; return e } })
      }
      let filtered = GraphQueries(graph: try index.graph(around: id, hops: 2, relation: "leaderOf"))
      #expect(filtered.neighbors(of: id, hops: 2, relation: "leaderOf") == whole.neighbors(of: id, hops: 2, relation: "leaderOf"))
      #expect(try index.graph(around: id, hops: 1).entities[id] == Self.graph.entities[id])
      for other in ids {
        let part = GraphQueries(graph: try index.graph(joining: id, and: other))
        #expect(part.path(from: id, to: other) == whole.path(from: id, to: other), "\(id) \(other)")
      }
    }
    #expect(try index.predicates() == Set(Self.graph.relations.values.map(\.predicate)).sorted())
  }
}

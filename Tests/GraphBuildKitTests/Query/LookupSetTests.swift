import Foundation
import Testing
@testable import GraphBuildKit

/// Tests/Fixtures/lookup.tsv: 120+ queries across romanisations against a graph built from our
/// own text (Tests/Fixtures/lookup_corpus.txt).
@Suite struct LookupSetTests {
  @Test func atLeast95PercentOfQueriesFindTheRightNode() throws {
    let corpus = try String(contentsOf: Fixtures.repo.appendingPathComponent("Tests/Fixtures/lookup_corpus.txt"), encoding: .utf8)
    let pairs = try String(contentsOf: Fixtures.repo.appendingPathComponent("Tests/Fixtures/lookup.tsv"), encoding: .utf8)
      .split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
    #expect(pairs.count >= 100)
    let graph = Fixtures.graph([corpus])
    let lookup = NameLookup(graph: graph)
    var misses: [String] = []
    for p in pairs where (try? lookup.resolve(p[0])).flatMap({ graph.entities[$0]?.name }) != p[1] { misses.append(p[0]) }
    #expect(Double(pairs.count - misses.count) / Double(pairs.count) >= 0.95, "misses: \(misses)")
  }
}

import ArgumentParser
import Foundation
import GraphBuildKit

struct EvalLookup: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval-lookup",
    abstract: "Share of queries that find the right node: lines `query<TAB>expected name` against a graph.")

  @Argument(help: "The test set (Tests/Fixtures/lookup.tsv).") var file: String = "Tests/Fixtures/lookup.tsv"
  @OptionGroup var graphOptions: GraphOptions
  @Flag(help: "Print every miss.") var misses = false

  func run() throws {
    try reporting {
      guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw GraphBuildError.noSuchPath(file) }
      let graph = try GraphFile.loadExisting(graphOptions.graphPath)
      let lookup = NameLookup(graph: graph)
      // The index beside the graph must answer every query as the graph read whole does.
      let index = try GraphIndex.open(forGraph: graphOptions.graphPath)
      var ok = 0, total = 0, agree = 0
      var indexSeconds = 0.0
      // The first spelling and the first Cyrillic query build what later ones reuse.
      let warm = Date()
      _ = try? lookup.resolve("Zzyzx")
      _ = try? lookup.resolve("Ззизкс")
      let warmMs = Date().timeIntervalSince(warm) * 1000
      let start = Date()
      for line in text.split(separator: "\n") where !line.hasPrefix("#") {
        let f = line.split(separator: "\t").map(String.init)
        guard f.count == 2 else { continue }
        total += 1
        let found = try? lookup.match(f[0])
        let got = found.flatMap { graph.entities[$0.id]?.name }
        if let index {
          let t = Date()
          if (try? index.match(f[0])) == found { agree += 1 }
          indexSeconds += Date().timeIntervalSince(t)
        }
        if got == f[1] { ok += 1 } else if misses { Terminal.out("  \(f[0]) -> \(got ?? "none") (expected \(f[1]))") }
      }
      let ms = (Date().timeIntervalSince(start) - indexSeconds) * 1000 / Double(max(total, 1))
      Terminal.out(
        String(
          format: "%d/%d queries found the right node (%.1f%%), %.2f ms per query after %.0f ms for the first (spelling keys, Hunspell)",
          ok, total, 100 * Double(ok) / Double(max(total, 1)), ms, warmMs)
          + (index.map { _ in
            String(format: "; the graph's index gives the same answer to %d/%d, %.2f ms per query", agree, total, indexSeconds * 1000 / Double(max(total, 1)))
          } ?? "; no current index beside the graph"))
    }
  }
}

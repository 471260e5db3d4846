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
      var ok = 0, total = 0
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
        let got = (try? lookup.resolve(f[0])).flatMap { graph.entities[$0]?.name }
        if got == f[1] { ok += 1 } else if misses { Terminal.out("  \(f[0]) -> \(got ?? "none") (expected \(f[1]))") }
      }
      let ms = Date().timeIntervalSince(start) * 1000 / Double(max(total, 1))
      Terminal.out(
        String(
          format: "%d/%d queries found the right node (%.1f%%), %.2f ms per query after %.0f ms for the first (spelling keys, Hunspell)",
          ok, total, 100 * Double(ok) / Double(max(total, 1)), ms, warmMs))
    }
  }
}

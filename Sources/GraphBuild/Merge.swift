import ArgumentParser
import Foundation
import GraphBuildKit

struct Merge: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Join graphs made apart (extract --shard I/N) into one graph.",
    discussion: "The same parts in any order give the same bytes. A graph already at --out is merged in as one more part; a part that cannot be read stops the merge and nothing is written.")

  @Argument(help: "Graphs to merge (JSON-LD files that graphbuild wrote).")
  var parts: [String]

  @Option(help: "The graph file to write (merged into if it exists).")
  var out: String = "out/graph.jsonld"

  @Flag(help: "Print the summary as JSON on stdout.")
  var json = false

  @Flag(help: "If another run is writing the graph, stop at once instead of waiting for it.")
  var noWait = false

  func run() throws {
    try reporting {
      try GraphFile.checkWritable(out)
      let lock = try GraphLock.acquire(for: out, wait: !noWait) { holder in
        Terminal.note("\(out) is being written by another run (\(holder)); waiting for it, then merging onto its result")
      }
      defer { lock.release() }
      let outTarget = try GraphFile.target(of: out)
      var graphs = [try GraphFile.load(out)]
      for (i, part) in parts.enumerated() where (try? GraphFile.target(of: part)) != outTarget {
        Terminal.progress("[\(i + 1)/\(parts.count)] \(URL(fileURLWithPath: part).lastPathComponent)")
        graphs.append(try GraphFile.loadExisting(part))
      }
      Terminal.endProgress()
      let patterns = try RelationPatterns.load(from: try DataDirectory.locate())
      let merger = GraphMerger(symmetric: Set(patterns.types.filter(\.value.symmetric).keys))
      let graph: KnowledgeGraph
      do { graph = try merger.merge(graphs) } catch let c as GraphMerger.Conflict {
        throw GraphBuildError.invalidGraph(file: c.path, reason: c.description)
      }
      if let problem = try GraphFile.save(graph, to: out) {
        Terminal.note("\(out) written; its index was not (\(problem)): queries will read the whole graph")
      }
      if json {
        let summary: [String: Any] = [
          "parts": parts.count, "documents": graph.documents.count, "entities": graph.entities.count,
          "relations": graph.relations.count, "events": graph.events.count, "out": out,
        ]
        Terminal.out(String(decoding: try JSONWriter.data(summary), as: UTF8.self))
      } else {
        Terminal.note("\(out): " + graph.summary())
      }
    }
  }
}

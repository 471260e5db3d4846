import ArgumentParser
import Foundation
import GraphBuildKit

struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Read articles (.txt, .md; folders recursively) and add them to the graph.",
    discussion: "Running it again with more documents merges them into the existing graph: the same entity keeps its node. Re-extracting a document already in the graph replaces it, never duplicates it.")

  @Argument(help: "Files or folders of articles.")
  var paths: [String]

  @Option(help: "The graph file to write (merged into if it exists).")
  var out: String = "out/graph.jsonld"

  @Flag(help: "Print the summary as JSON on stdout.")
  var json = false

  @Option(help: "Publication date (YYYY-MM-DD) for articles that give none; it anchors \"22 листопада\" and \"у вересні\".")
  var date: String?

  func validate() throws {
    if let date, date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil { throw ValidationError("--date must be YYYY-MM-DD, got \(date)") }
  }

  func run() throws {
    try reporting {
      let existing = try GraphFile.load(out)
      let files = try DocumentReader.files(in: paths)
      let extractor = try Extractor.loadDefault()
      var skipped = 0
      let graph = extractor.extract(files, into: existing, defaultDate: date) { p in
        switch p {
        case .read(let done, let total, let file):
          Terminal.progress("[\(done)/\(total)] \(URL(fileURLWithPath: file).lastPathComponent)")
        case .skipped(let e):
          skipped += 1
          Terminal.endProgress()
          Terminal.error(e.description)
        }
      }
      Terminal.endProgress()
      try GraphFile.save(graph, to: out)
      if json {
        let summary: [String: Any] = [
          "documents": graph.documents.count, "entities": graph.entities.count,
          "relations": graph.relations.count, "events": graph.events.count, "skipped": skipped, "out": out,
        ]
        let data = try JSONWriter.data(summary)
        Terminal.out(String(decoding: data, as: UTF8.self))
      } else {
        Terminal.note("\(out): " + graph.summary() + (skipped > 0 ? "; \(skipped) files skipped" : ""))
      }
      if skipped == files.count { throw GraphBuildError.noDocuments(paths.joined(separator: " ")) }
    }
  }
}

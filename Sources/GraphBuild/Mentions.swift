import ArgumentParser
import Foundation
import GraphBuildKit

struct Mentions: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Every recognised entity mention, one JSON object a line.",
    discussion: "start/end are Unicode code point offsets into the file's decoded text, end exclusive; type is a schema.org class; lemma is the mention's Ukrainian base form; entity is the @id its node has (or would have) in the graph.")

  @Argument(help: "Files or folders.") var paths: [String]
  @Flag(help: "JSON lines on stdout (the default and only format).") var json = false
  @Option(help: "Threads that read, recognise and parse the articles (default: every core); the output is the same for any number.")
  var jobs: Int?

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
  }

  func run() throws {
    try reporting {
      let files = try DocumentReader.files(in: paths)
      let extractor = try Extractor.loadDefault()
      if let jobs { extractor.jobs = jobs }
      var skipped = 0
      // Each document's lines as soon as it is resolved (a long one part by part): entity ids
      // depend only on the documents before it.
      var graph = KnowledgeGraph()
      var failure: Error?
      extractor.run(files, into: &graph, relate: false, keepMentions: false) { p in
        if case .skipped(let e) = p {
          skipped += 1
          Terminal.error(e.description)
        }
      } each: { doc, entityIDs in
        for (m, id) in zip(doc.mentions, entityIDs) {
          var row: [String: Any] = [
            "file": doc.source.path, "start": m.scalarStart, "end": m.scalarEnd, "text": m.text,
            "type": m.type, "lemma": m.lemma, "label": m.label,
          ]
          row["entity"] = id ?? NSNull()
          do { Terminal.out(try jsonLine(row)) } catch { failure = failure ?? error }
        }
        Terminal.flush()
      }
      if let failure { throw failure }
      if skipped == files.count { throw GraphBuildError.noDocuments(paths.joined(separator: " ") + " (every file was skipped)") }
    }
  }
}

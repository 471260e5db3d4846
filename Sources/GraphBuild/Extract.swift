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

  @Option(help: "Threads that read, recognise and parse the articles (default: every core); the output is the same for any number.")
  var jobs: Int?

  @Flag(help: "If another run is writing the graph, stop at once instead of waiting for it and merging onto its result.")
  var noWait = false

  @Option(help: "Read only part I of N of the files (every Nth from the Ith, in the listing's order), for runs on several machines; `graphbuild merge` joins the parts.")
  var shard: Shard?

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
    if let date, !DateResolver.isValidISODate(date) { throw ValidationError("--date must be a real date as YYYY-MM-DD, got \(date)") }
  }

  func run() throws {
    try reporting {
      try GraphFile.checkWritable(out)
      let listing = DocumentReader.listing(of: paths)
      for problem in listing.problems { Terminal.error(problem.description) }
      guard !listing.files.isEmpty else { throw GraphBuildError.noDocuments(paths.joined(separator: " ")) }
      let files = shard.map { $0.select(listing.files) } ?? listing.files
      // Held from before the graph is read until it is written: a second run merges onto this one's result.
      let lock = try GraphLock.acquire(for: out, wait: !noWait) { holder in
        Terminal.note("\(out) is being written by another run (\(holder)); waiting for it, then merging onto its result")
      }
      defer { lock.release() }
      let existing = try GraphFile.load(out)
      if let shard, files.isEmpty {
        // A part with no files still exists, so that a merge of every part finds it.
        Terminal.note("part \(shard) holds none of the \(listing.files.count) files")
        if existing == KnowledgeGraph() { try GraphFile.save(existing, to: out) }
        return
      }
      let extractor = try Extractor.loadDefault()
      if let jobs { extractor.jobs = jobs }
      var unread = 0
      let graph = extractor.extract(files, into: existing, defaultDate: date) { p in
        switch p {
        case .read(let done, let total, let file):
          Terminal.progress("[\(done)/\(total)] \(URL(fileURLWithPath: file).lastPathComponent)")
        case .skipped(let e):
          unread += 1
          Terminal.endProgress()
          Terminal.error(e.description)
        case .decoded(let file, let encoding):
          Terminal.endProgress()
          Terminal.note("\(file): read as \(encoding)")
        }
      }
      Terminal.endProgress()
      let skipped = listing.problems.count + unread
      if unread == files.count {
        throw GraphBuildError.noDocuments(paths.joined(separator: " ") + " (every file was skipped; the graph was not written)")
      }
      if let problem = try GraphFile.save(graph, to: out) {
        Terminal.note("\(out) written; its index was not (\(problem)): queries will read the whole graph")
      }
      if json {
        let summary: [String: Any] = [
          "documents": graph.documents.count, "entities": graph.entities.count,
          "relations": graph.relations.count, "worldKnowledgeRelations": graph.worldKnowledgeRelations,
          "events": graph.events.count, "skipped": skipped, "out": out,
        ]
        let data = try JSONWriter.data(summary)
        Terminal.out(String(decoding: data, as: UTF8.self))
      } else {
        Terminal.note("\(out): " + graph.summary() + (skipped > 0 ? "; \(skipped) files skipped" : ""))
      }
    }
  }
}

extension Shard: ExpressibleByArgument {
  public init?(argument: String) { self.init(argument) }
}

import Foundation

/// The whole path from files to graph: read, recognise, resolve, relate.
public final class Extractor: @unchecked Sendable {
  public let recognizer: Recognizer
  public let resolver: EntityResolver
  public let relations: RelationExtractor

  public init(recognizer: Recognizer, patterns: RelationPatterns) {
    self.recognizer = recognizer
    self.resolver = EntityResolver(lemmatizer: recognizer.lemmatizer, gazetteer: recognizer.gazetteer)
    self.relations = RelationExtractor(patterns: patterns, lemmatizer: recognizer.lemmatizer, gazetteer: recognizer.gazetteer)
  }

  /// The extractor with the data folder's models; the syntax model is optional (relations are
  /// then read by the word-window patterns alone).
  public static func loadDefault() throws -> Extractor {
    let dir = try DataDirectory.locate()
    let extractor = Extractor(recognizer: try Recognizer.loadDefault(), patterns: try RelationPatterns.load(from: dir))
    extractor.relations.syntax = try? SyntaxModel.load(dir.appendingPathComponent(SyntaxModel.fileName))
    return extractor
  }

  public enum Progress {
    case read(done: Int, total: Int, file: String)
    case skipped(GraphBuildError)
    /// A file read in an encoding other than UTF-8.
    case decoded(file: String, encoding: String)
  }

  /// Threads that read, recognise and parse documents. The graph is the same for any number:
  /// each document is analysed on its own, and entities and relations are then added in the
  /// files' order on one thread.
  public var jobs = ProcessInfo.processInfo.activeProcessorCount

  /// Scalars in a part of a long document at most (see `DocumentParts`).
  public var partScalars = DocumentParts.maxScalars

  /// Files larger than this are read a piece at a time (`StreamedDocument`), never whole; the
  /// mentions and relations are the same either way.
  public var streamBytes = 32 << 20
  /// Bytes in a piece of a file read that way.
  public var streamPieceBytes = 4 << 20

  /// One file as read: its text cut into parts, or a long one to read a part at a time, or why
  /// it was not read.
  private enum Reading {
    case read(SourceDocument, parts: [DocumentParts.Part])
    case streamed(StreamedDocument)
    case failed(GraphBuildError)
  }

  /// A document or a part of one, on its way to the tagger.
  private struct Unit {
    var whole: SourceDocument
    /// The part's text, where it is not the whole text.
    var text: String?
    var scalarBase: Int
    var file: Int
    var last: Bool
  }

  /// A document, or a part of a long one, analysed; `last` marks a file's last part.
  private struct Analyzed {
    var doc: AnalyzedDocument
    var parsed: [Int: [SyntaxModel.Word]]
    var file: Int
    var last: Bool
  }

  /// Reads and analyses the files in their order, a few documents at a time on `jobs`
  /// threads, and hands each on as it is done: only a batch of documents' tokens, tags and
  /// trees is held at once, and a long document's parts come one after another.
  private func analyzed(
    _ files: [URL], defaultDate: String?, parse: Bool, progress: (Progress) -> Void, _ body: (Analyzed) -> Void
  ) {
    let batch = max(jobs, 1) * 4
    for start in stride(from: 0, to: files.count, by: batch) {
      let range = start..<min(start + batch, files.count)
      let readings = parallelMap(Array(range), jobs: jobs) { i -> Reading in
        do {
          if let size = try? FileManager.default.attributesOfItem(atPath: files[i].path)[.size] as? Int, size > streamBytes,
            let streamed = try StreamedDocument.open(files[i], pieceBytes: streamPieceBytes)
          {
            return .streamed(streamed)
          }
          var source = try DocumentReader.read(files[i])
          if source.date == nil { source.date = defaultDate }
          return .read(source, parts: DocumentParts.cut(source.text, maxScalars: partScalars))
        } catch let e as GraphBuildError {
          return .failed(e)
        } catch {
          return .failed(.unreadable(file: files[i].path, reason: "\(error)"))
        }
      }
      var units: [Unit] = []
      func flush() {
        let done = parallelMap(units, jobs: jobs) { unit -> Analyzed in
          let whole = unit.whole
          let partSource = unit.text.map { SourceDocument(path: whole.path, text: $0, date: whole.date, encoding: whole.encoding) } ?? whole
          var doc = recognizer.analyze(partSource).placed(at: unit.scalarBase, in: whole)
          resolver.chooseLemmas(&doc)
          return Analyzed(doc: doc, parsed: parse ? relations.parseAhead(doc) : [:], file: unit.file, last: unit.last)
        }
        units = []
        for a in done {
          body(a)
          if a.last { progress(.read(done: a.file + 1, total: files.count, file: files[a.file].path)) }
        }
      }
      for (i, reading) in zip(range, readings) {
        switch reading {
        case .read(let source, let parts):
          if source.encoding != TextEncoding.utf8.rawValue { progress(.decoded(file: files[i].path, encoding: source.encoding)) }
          for (k, part) in parts.enumerated() {
            units.append(Unit(whole: source, text: part.isWhole ? nil : part.text(of: source.text), scalarBase: part.scalarBase, file: i, last: k == parts.count - 1))
            if units.count >= batch { flush() }
          }
        case .streamed(let streamed):
          var whole = streamed.source
          if whole.date == nil { whole.date = defaultDate }
          if streamed.encoding != .utf8 { progress(.decoded(file: files[i].path, encoding: streamed.encoding.rawValue)) }
          // Each part is handed on once the next is read, so that the last is known.
          var held: Unit?
          do {
            try streamed.forEachPart(maxScalars: partScalars) { text, base in
              if let unit = held {
                units.append(unit)
                if units.count >= batch { flush() }
              }
              held = Unit(whole: whole, text: text, scalarBase: base, file: i, last: false)
            }
            if var unit = held {
              unit.last = true
              units.append(unit)
            }
          } catch {
            flush()
            progress(.skipped(error as? GraphBuildError ?? .unreadable(file: files[i].path, reason: "\(error)")))
            progress(.read(done: i + 1, total: files.count, file: files[i].path))
          }
        case .failed(let e):
          flush()
          progress(.skipped(e))
          progress(.read(done: i + 1, total: files.count, file: files[i].path))
        }
      }
      flush()
    }
  }

  /// Reads and analyses the files; a file that cannot be read is reported and skipped, and a
  /// long one comes as its parts, in order. `defaultDate` (ISO) dates the documents that give
  /// no date of their own.
  public func analyze(_ files: [URL], defaultDate: String? = nil, progress: (Progress) -> Void = { _ in }) -> [AnalyzedDocument] {
    var docs: [AnalyzedDocument] = []
    analyzed(files, defaultDate: defaultDate, parse: false, progress: progress) { docs.append($0.doc) }
    return docs
  }

  /// Reads, recognises and resolves the files into the graph in their order and, with
  /// `relate`, adds their relations; `each` is told every document (a long one part by part)
  /// with its mentions' entity ids as soon as it is done, so that output can stream. Memory
  /// holds the graph and a batch of documents. A document already in the graph (same text) or
  /// an earlier version of it (same path) is replaced, so extracting twice never duplicates
  /// anything. Without `keepMentions`, entities keep their names but not their mentions once
  /// `each` has had them, so that memory follows the names, not the text.
  public func run(
    _ files: [URL], into graph: inout KnowledgeGraph, relate: Bool, keepMentions: Bool = true, defaultDate: String? = nil,
    progress: (Progress) -> Void = { _ in }, each: (AnalyzedDocument, [String?]) -> Void = { _, _ in }
  ) {
    let paths = Set(files.map(\.path))
    for old in graph.documents.values where paths.contains(old.path) { graph.removeContributions(ofDocument: old.id) }
    var state = ResolverState(graph, resolver: resolver)
    var added: Set<String> = []
    analyzed(files, defaultDate: defaultDate, parse: relate, progress: progress) { a in
      let doc = a.doc
      let id = doc.source.id
      if added.insert(id).inserted, graph.documents[id] != nil {
        // The same text under another path: its earlier contributions go, and the state is
        // made again from what is left.
        graph.removeContributions(ofDocument: id)
        state = ResolverState(graph, resolver: resolver)
      }
      let ids = resolver.resolve(doc, into: &graph, state: &state)
      if relate {
        relations.extract(doc, entityIDs: ids, parsed: a.parsed, into: &graph)
        graph.documents[id] = .init(
          id: id, path: doc.source.path, fingerprint: doc.source.fingerprint, date: doc.source.date, encoding: doc.source.encoding)
      }
      each(doc, ids)
      if !keepMentions {
        for id in Set(ids.compactMap { $0 }) { graph.entities[id]?.mentions = [] }
      }
    }
  }

  /// A document's sentences as CoNLL-U, tagged and parsed as the relation stage reads them (the
  /// words of person names taking proper-noun tags), with each word's name label in MISC
  /// (`NER=B-PERS`, `NER=I-ORG`); nil without the syntax model.
  public func parsedSentences(_ doc: AnalyzedDocument, firstID: Int = 1) -> [CoNLLUSentence]? {
    guard let syntax = relations.syntax else { return nil }
    var label: [Int: String] = [:]
    for m in doc.mentions {
      for t in m.tokenRange { label[t] = (t == m.tokenRange.lowerBound ? "B-" : "I-") + m.label }
    }
    let mentionsOf = relations.sentenceMentions(doc)
    return doc.sentences.indices.map { si in
      let range = doc.sentences[si].tokenRange
      let words = relations.analyze(doc, range, mentions: mentionsOf[si], syntax)
      let rows = zip(range, words).enumerated().map { i, tw -> [String] in
        let (t, w) = tw
        return [String(i + 1), w.form, w.lemma, w.upos, w.tag, w.feats.isEmpty ? "_" : w.feats, String(w.head), w.relation, "_", label[t].map { "NER=" + $0 } ?? "_"]
      }
      let text = doc.sentenceText(si).replacingOccurrences(of: "\n", with: " ")
      return CoNLLUSentence(comments: ["# sent_id = \(si + firstID)", "# text = \(text)"], rows: rows)
    }
  }

  /// Adds documents to a graph: `run` with relations.
  public func extract(_ files: [URL], into graph: KnowledgeGraph, defaultDate: String? = nil, progress: (Progress) -> Void = { _ in }) -> KnowledgeGraph {
    var graph = graph
    run(files, into: &graph, relate: true, defaultDate: defaultDate, progress: progress)
    return graph
  }
}

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

  private enum Outcome {
    case analyzed(AnalyzedDocument, encoding: String)
    case failed(GraphBuildError)
  }

  /// Reads and analyses the files; a file that cannot be read is reported and skipped.
  /// `defaultDate` (ISO) dates the documents that give no date of their own.
  public func analyze(_ files: [URL], defaultDate: String? = nil, progress: (Progress) -> Void = { _ in }) -> [AnalyzedDocument] {
    var docs: [AnalyzedDocument] = []
    // In batches, so that progress is told in the files' order as each batch finishes.
    let batch = max(jobs, 1) * 4
    for start in stride(from: 0, to: files.count, by: batch) {
      let part = Array(files[start..<min(start + batch, files.count)])
      let outcomes = parallelMap(part, jobs: jobs) { url -> Outcome in
        do {
          var source = try DocumentReader.read(url)
          if source.date == nil { source.date = defaultDate }
          var doc = recognizer.analyze(source)
          resolver.chooseLemmas(&doc)
          return .analyzed(doc, encoding: source.encoding)
        } catch let e as GraphBuildError {
          return .failed(e)
        } catch {
          return .failed(.unreadable(file: url.path, reason: "\(error)"))
        }
      }
      for (i, (url, outcome)) in zip(part, outcomes).enumerated() {
        switch outcome {
        case .analyzed(let doc, let encoding):
          if encoding != TextEncoding.utf8.rawValue { progress(.decoded(file: url.path, encoding: encoding)) }
          docs.append(doc)
        case .failed(let e):
          progress(.skipped(e))
        }
        progress(.read(done: start + i + 1, total: files.count, file: url.path))
      }
    }
    return docs
  }

  /// A document's sentences as CoNLL-U, tagged and parsed as the relation stage reads them (the
  /// words of person names taking proper-noun tags), with each word's name label in MISC
  /// (`NER=B-PERS`, `NER=I-ORG`); nil without the syntax model.
  public func parsedSentences(_ doc: AnalyzedDocument) -> [CoNLLUSentence]? {
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
      return CoNLLUSentence(comments: ["# sent_id = \(si + 1)", "# text = \(text)"], rows: rows)
    }
  }

  /// Adds documents to a graph. A document already in it (same text) or an earlier version of
  /// it (same path) is replaced, so extracting twice never duplicates anything.
  public func extract(_ files: [URL], into graph: KnowledgeGraph, defaultDate: String? = nil, progress: (Progress) -> Void = { _ in }) -> KnowledgeGraph {
    var graph = graph
    let docs = analyze(files, defaultDate: defaultDate, progress: progress)
    for doc in docs {
      let id = doc.source.id
      for old in graph.documents.values where old.id == id || old.path == doc.source.path {
        graph.removeContributions(ofDocument: old.id)
      }
    }
    let ids = resolver.resolve(docs, into: &graph)
    let parses = parallelMap(docs, jobs: jobs) { relations.parseAhead($0) }
    for ((doc, entityIDs), parsed) in zip(zip(docs, ids), parses) {
      relations.extract(doc, entityIDs: entityIDs, parsed: parsed, into: &graph)
      graph.documents[doc.source.id] = .init(
        id: doc.source.id, path: doc.source.path, fingerprint: doc.source.fingerprint, date: doc.source.date,
        encoding: doc.source.encoding)
    }
    return graph
  }
}

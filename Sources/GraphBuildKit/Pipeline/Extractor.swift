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

  /// Reads and analyses the files; a file that cannot be read is reported and skipped.
  /// `defaultDate` (ISO) dates the documents that give no date of their own.
  public func analyze(_ files: [URL], defaultDate: String? = nil, progress: (Progress) -> Void = { _ in }) -> [AnalyzedDocument] {
    var docs: [AnalyzedDocument] = []
    for (i, url) in files.enumerated() {
      do {
        var source = try DocumentReader.read(url)
        if source.date == nil { source.date = defaultDate }
        if source.encoding != TextEncoding.utf8.rawValue { progress(.decoded(file: url.path, encoding: source.encoding)) }
        docs.append(recognizer.analyze(source))
      } catch let e as GraphBuildError {
        progress(.skipped(e))
      } catch {
        progress(.skipped(.unreadable(file: url.path, reason: "\(error)")))
      }
      progress(.read(done: i + 1, total: files.count, file: url.path))
    }
    var all = docs
    resolver.chooseLemmas(&all)
    return all
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
    for (doc, entityIDs) in zip(docs, ids) {
      relations.extract(doc, entityIDs: entityIDs, into: &graph)
      graph.documents[doc.source.id] = .init(
        id: doc.source.id, path: doc.source.path, fingerprint: doc.source.fingerprint, date: doc.source.date,
        encoding: doc.source.encoding)
    }
    return graph
  }
}

import Foundation
@testable import GraphBuildKit

/// Shared fixtures: the project's data/ folder and ../shared when it sits beside the checkout.
enum Fixtures {
  static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let data = repo.appendingPathComponent("data")
  /// ../shared beside the checkout (CI and developers have it; a user's clone does not).
  static let shared: URL? = {
    let url = repo.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }()

  static let gazetteer: Gazetteer = try! Gazetteer.load(from: data)
  static let patterns: RelationPatterns = try! RelationPatterns.load(from: data)
  static let recognizer: Recognizer = {
    setenv("GRAPHBUILD_DATA", data.path, 1)
    return try! Recognizer.loadDefault()
  }()
  static let syntax: SyntaxModel? = try? SyntaxModel.load(data.appendingPathComponent(SyntaxModel.fileName))
  static let extractor: Extractor = {
    let e = Extractor(recognizer: recognizer, patterns: patterns)
    e.relations.syntax = syntax
    return e
  }()

  static func document(_ text: String, path: String = "test.txt", date: String? = nil) -> SourceDocument {
    SourceDocument(path: path, text: text, date: date ?? DocumentReader.publicationDate(text), encoding: "UTF-8")
  }

  /// Extracts a graph from texts given in memory.
  static func graph(_ texts: [String]) -> KnowledgeGraph {
    let docs = texts.enumerated().map { i, text in
      var doc = recognizer.analyze(document(text, path: "doc\(i).txt"))
      extractor.resolver.chooseLemmas(&doc)
      return doc
    }
    var graph = KnowledgeGraph()
    let ids = extractor.resolver.resolve(docs, into: &graph)
    for (d, i) in zip(docs, ids) { extractor.relations.extract(d, entityIDs: i, into: &graph) }
    return graph
  }

  static func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("graphbuild-tests-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

extension KnowledgeGraph {
  func entity(named name: String) -> Entity? { entities.values.first { $0.name == name } }

  /// (subject name, predicate, object name) of every relation.
  var namedTriples: Set<String> {
    Set(relations.values.map { "\(entities[$0.subject]?.name ?? "?") \($0.predicate) \(entities[$0.object]?.name ?? "?")" })
  }
}

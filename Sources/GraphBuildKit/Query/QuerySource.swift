import Foundation

/// What a query reads: the graph's index when it matches the file, else the file itself, whose
/// index is then written again so that the next query opens it.
///
///     let source = try QuerySource.open("out/graph.jsonld")
///     let id = try source.match("Kovalenko").id
///     let edges = GraphQueries(graph: try source.graph(around: id, hops: 1)).neighbors(of: id)
///
/// Both give the same answers: the index holds the lookup's own keys, and each question gets
/// every relation its walk through the graph can read.
public enum QuerySource {
  case indexed(GraphIndex)
  case loaded(KnowledgeGraph, NameLookup)
  /// A SPARQL endpoint that holds the graph, with a lookup of the names it holds.
  case remote(SPARQLEndpoint, NameLookup)

  /// How the graph was opened, for a note: by its index, or read whole (and why).
  public enum Opening: Equatable, Sendable {
    case index
    /// The index was missing or stale and was written again.
    case rebuilt
    /// The index was missing or stale and could not be written (`reason`).
    case unindexed(reason: String)
  }

  public static func open(
    _ graphPath: String, lemmatizer: @autoclosure @escaping @Sendable () -> Lemmatizer? = Lemmatizer.shared
  ) throws -> (source: QuerySource, opening: Opening) {
    var st = stat()
    guard stat(graphPath, &st) == 0 else { throw GraphBuildError.noGraph(graphPath) }
    if let index = try GraphIndex.open(forGraph: graphPath, lemmatizer: lemmatizer()) { return (.indexed(index), .index) }
    guard let (graph, stamp) = try GraphFile.loadStamped(graphPath) else { throw GraphBuildError.noGraph(graphPath) }
    let lookup = NameLookup(graph: graph, lemmatizer: lemmatizer())
    do {
      try GraphIndex.write(graph, forGraph: graphPath, stamp: stamp)
      return (.loaded(graph, lookup), .rebuilt)
    } catch {
      return (.loaded(graph, lookup), .unindexed(reason: "\(error)"))
    }
  }

  /// The graph a SPARQL endpoint holds; the names for the lookup are read from it at once.
  public static func open(
    endpoint: SPARQLEndpoint, lemmatizer: @autoclosure @escaping @Sendable () -> Lemmatizer? = Lemmatizer.shared
  ) throws -> QuerySource {
    let names = try endpoint.names()
    guard !names.entities.isEmpty else {
      throw GraphBuildError.endpoint("\(endpoint.url.absoluteString) holds no graphbuild entity; load the graph into it first")
    }
    return .remote(endpoint, NameLookup(graph: names, lemmatizer: lemmatizer()))
  }

  public func match(_ name: String) throws -> NameLookup.Match {
    switch self {
    case .indexed(let index):
      let m = Result { try index.match(name) }
      if let failure = index.failure { throw GraphBuildError.invalidGraph(file: index.path, reason: "the index cannot be read (\(failure)); delete it and ask again") }
      return try m.get()
    case .loaded(_, let lookup), .remote(_, let lookup):
      return try lookup.match(name)
    }
  }

  /// Every relation type in the graph.
  public func predicates() throws -> [String] {
    switch self {
    case .indexed(let index): return try index.predicates()
    case .loaded(let graph, _): return Set(graph.relations.values.map(\.predicate)).sorted()
    case .remote(let endpoint, _): return try endpoint.predicates()
    }
  }

  /// A graph on which `GraphQueries.neighbors(of: id, hops:, relation:)` answers as on the whole.
  public func graph(around id: String, hops: Int, relation: String? = nil) throws -> KnowledgeGraph {
    switch self {
    case .indexed(let index): return try index.graph(around: id, hops: hops, relation: relation)
    case .loaded(let graph, _): return graph
    case .remote(let endpoint, _): return try endpoint.graph(around: id, hops: hops, relation: relation)
    }
  }

  /// A graph on which `GraphQueries.path(from: a, to: b)` answers as on the whole.
  public func graph(joining a: String, and b: String) throws -> KnowledgeGraph {
    switch self {
    case .indexed(let index): return try index.graph(joining: a, and: b)
    case .loaded(let graph, _): return graph
    case .remote(let endpoint, _): return try endpoint.graph(joining: a, and: b)
    }
  }
}

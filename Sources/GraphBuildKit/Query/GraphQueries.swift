import Foundation

/// Neighbours, paths and entity details, answered from an in-memory graph.
public struct GraphQueries: Sendable {
  public let graph: KnowledgeGraph

  public init(graph: KnowledgeGraph) { self.graph = graph }

  public struct Edge: Sendable, Equatable {
    public var relation: String
    /// True when the queried entity is the subject.
    public var outgoing: Bool
    public var from: String
    public var other: String
    public var hops: Int
    public var record: KnowledgeGraph.Relation
  }

  /// Edges reachable within `hops` of an entity, optionally of one relation type.
  public func neighbors(of id: String, hops: Int = 1, relation: String? = nil) -> [Edge] {
    var out: [Edge] = []
    var seen: Set<String> = [id]
    var frontier = [id]
    var touching: [String: [KnowledgeGraph.Relation]] = [:]
    for r in graph.relations.values.sorted(by: { $0.id < $1.id }) where relation == nil || r.predicate == relation {
      touching[r.subject, default: []].append(r)
      if r.object != r.subject { touching[r.object, default: []].append(r) }
    }
    var h = 0
    // Stops when nothing new is reached, however many hops were asked for.
    while h < max(1, hops) && !frontier.isEmpty {
      h += 1
      var next: [String] = []
      for node in frontier {
        for r in touching[node] ?? [] {
          let other = r.subject == node ? r.object : r.subject
          if h > 1 && seen.contains(other) { continue }
          out.append(Edge(relation: r.predicate, outgoing: r.subject == node, from: node, other: other, hops: h, record: r))
          if !seen.contains(other) {
            seen.insert(other)
            next.append(other)
          }
        }
      }
      frontier = next
    }
    return out
  }

  /// The shortest chain of relations between two entities (either direction), or nil.
  public func path(from a: String, to b: String) -> [KnowledgeGraph.Relation]? {
    if a == b { return [] }
    var previous: [String: (String, KnowledgeGraph.Relation)] = [:]
    var queue = [a]
    var seen: Set<String> = [a]
    var adjacency: [String: [(String, KnowledgeGraph.Relation)]] = [:]
    for r in graph.relations.values.sorted(by: { $0.id < $1.id }) {
      adjacency[r.subject, default: []].append((r.object, r))
      adjacency[r.object, default: []].append((r.subject, r))
    }
    var i = 0
    while i < queue.count {
      let node = queue[i]
      i += 1
      for (next, r) in adjacency[node] ?? [] where !seen.contains(next) {
        seen.insert(next)
        previous[next] = (node, r)
        if next == b {
          var chain: [KnowledgeGraph.Relation] = []
          var cur = b
          while let (p, rel) = previous[cur] {
            chain.append(rel)
            cur = p
          }
          return chain.reversed()
        }
        queue.append(next)
      }
    }
    return nil
  }

  public func name(_ id: String) -> String { graph.entities[id]?.name ?? id }

  public func documentPath(_ id: String) -> String { graph.documents[id]?.path ?? id }
}

/// Which entities a picture of the whole graph draws. A small graph is drawn whole. A large one
/// (more than `dot` lays out well) leaves out the entities in no relation, most of a news graph
/// (83% of 3,194 entities on 209 articles), whose even grid of boxes hid the structure; and past
/// `maxNodes` it keeps the entities with the most relations. What it leaves out is counted, for
/// the legend and the command's note.
///
///     let scope = DrawingScope(graph)            // 3,170 entities, 730 relations
///     scope.only?.count                          // the 900 or so in a relation
///     scope.inNoRelation                         // the rest, counted in the legend
public struct DrawingScope: Sendable, Equatable {
  /// Entities to draw; nil for all.
  public var only: Set<String>?
  /// Entities left out because they are in no relation.
  public var inNoRelation = 0
  /// Entities in a relation left out because they have fewer relations than those drawn.
  public var fewerRelations = 0

  /// Past this many entities the whole graph is not drawn as it is (dot's comfortable size).
  public static let wholeGraphLimit = 200
  /// At most this many entities are drawn by default: neato's readable size (see
  /// `DOTBuilder.engine`).
  public static let maxNodes = 1000

  public init(_ graph: KnowledgeGraph, wholeGraphLimit: Int = Self.wholeGraphLimit, maxNodes: Int = Self.maxNodes) {
    guard graph.entities.count > wholeGraphLimit else { return }
    var degree: [String: Int] = [:]
    for r in graph.relations.values where graph.entities[r.subject] != nil && graph.entities[r.object] != nil {
      degree[r.subject, default: 0] += 1
      if r.object != r.subject { degree[r.object, default: 0] += 1 }
    }
    inNoRelation = graph.entities.count - degree.count
    var kept = Set(degree.keys)
    if kept.count > maxNodes {
      let ranked = degree.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
      kept = Set(ranked.prefix(maxNodes).map(\.key))
      fewerRelations = degree.count - maxNodes
    }
    only = kept
  }

  /// The legend's line for what was left out, nil when nothing was.
  public var leftOutNote: String? {
    var parts: [String] = []
    if inNoRelation > 0 { parts.append("\(inNoRelation) in no relation") }
    if fewerRelations > 0 { parts.append("\(fewerRelations) with fewer relations") }
    return parts.isEmpty ? nil : "not drawn: " + parts.joined(separator: ", ") + " (--all draws them)"
  }
}

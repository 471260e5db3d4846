/// The walks by which a store hands a question only the part of the graph it reads: level by
/// level from an entity, `expand` adding the relations of a level's entities and returning
/// their other ends. `GraphIndex` and `SPARQLEndpoint` walk the same way, so both hand
/// `GraphQueries` every relation its answer can read.
///
///     var g = KnowledgeGraph()
///     try GraphWalk.around(id, hops: 2) { try store.addRelations(touching: $0, to: &g) }
enum GraphWalk {
  /// Every entity fewer than `hops` steps from `id` expanded (at least one level).
  static func around(_ id: String, hops: Int, expand: ([String]) throws -> [String]) rethrows {
    var seen: Set<String> = [id]
    var frontier = [id]
    var level = 0
    while level < max(1, hops) && !frontier.isEmpty {
      level += 1
      frontier = try expand(frontier).filter { seen.insert($0).inserted }
    }
  }

  /// Every entity closer to `a` than `b` is expanded (all of `a`'s side, when no path joins them).
  static func joining(_ a: String, _ b: String, expand: ([String]) throws -> [String]) rethrows {
    var seen: Set<String> = [a]
    var frontier = [a]
    while !frontier.isEmpty && !seen.contains(b) {
      frontier = try expand(frontier).filter { seen.insert($0).inserted }
    }
  }
}

/// What the resolver knows of the graph as the documents resolved so far left it: names, the
/// words of persons' names, and the lookup of names and their forms. Made once from the graph
/// and carried from one document to the next, so that a document meets the same state whether
/// the documents before it came in this run or in an earlier one.
///
///     var state = ResolverState(graph, resolver: resolver)
///     for doc in docs { ids.append(resolver.resolve(doc, into: &graph, state: &state)) }
public struct ResolverState: Sendable {
  /// family|normalised name -> id. Where two entities have one name, a name or alias wins over
  /// a surface form and a surface form over a shortened name, then the smaller id: the same
  /// whatever order the entities came in.
  var named: [String: (rank: Int, id: String)] = [:]
  /// Each word of a person's full name -> the persons whose name holds it.
  var surnames: [String: Set<String>] = [:]
  /// A name's known-tail form, once per name: `index` runs after every mention.
  private var tails: [String: String?] = [:]
  /// Names, aliases, the forms the text wrote and their inflected readings, through the same
  /// lookup that query and render --focus use.
  var earlier: NameLookup

  public init(_ graph: KnowledgeGraph, resolver: EntityResolver) {
    earlier = NameLookup(graph: graph, lemmatizer: resolver.lemmatizer)
    for e in graph.entities.values { index(e, forms: e.mentions.map(\.text), resolver) }
  }

  func byName(_ key: String) -> String? { named[key]?.id }

  mutating func claim(_ key: String, rank: Int, _ id: String) {
    if let held = named[key], (held.rank, held.id) <= (rank, id) { return }
    named[key] = (rank, id)
  }

  mutating func tail(_ name: String, _ resolver: EntityResolver) -> String? {
    if let hit = tails[name] { return hit }
    let t = resolver.knownTail(name)
    tails[name] = t
    return t
  }

  /// Makes an entity's names and the given surface forms findable.
  mutating func index(_ e: KnowledgeGraph.Entity, forms: [String] = [], _ resolver: EntityResolver) {
    let fam = EntityResolver.family(e.type)
    // Surface forms are matched like names, though only names are stored as aliases.
    for n in [e.name, e.latinName] + e.aliases { claim(fam + "|" + Gazetteer.normalize(n), rank: 0, e.id) }
    for n in forms { claim(fam + "|" + Gazetteer.normalize(n), rank: 1, e.id) }
    if fam == "org" {
      for other in [resolver.coreName(e.name), tail(e.name, resolver)].compactMap({ $0 }) { claim("org|" + Gazetteer.normalize(other), rank: 2, e.id) }
    }
    if fam == "person" {
      let parts = e.name.split(separator: " ")
      if parts.count > 1 {
        for p in parts { surnames[Gazetteer.normalize(String(p)), default: []].insert(e.id) }
      }
    }
  }
}

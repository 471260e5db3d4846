import Foundation

/// Graphs made apart (`extract --shard i/n`, one per machine or Spark task) merged into one.
///
///     let merged = try GraphMerger(symmetric: ["negotiatesWith"]).merge([part1, part2])
///
/// The result is a function of the parts as a set: any order gives the same graph, so the same
/// bytes. Entity IRIs depend only on names, so an entity found in several parts is one node
/// already; what one run would do across documents and the parts could not is done here:
/// - a person named by one word (`Коваль`) in a part whose documents never gave the full name
///   joins the only person of the other parts whose full name holds that word (`Іван Коваль`),
///   as the resolver joins a surname to a name read earlier;
/// - an entity whose name is another entity's alias (of the same kind) joins it, when only one
///   entity holds that alias and its id is the smaller (the resolver's tie-break between names).
/// Relations and events follow their entities; a relation that would join an entity to itself
/// goes.
public struct GraphMerger: Sendable {
  /// Relation types whose two ends are stored in a fixed order.
  public var symmetric: Set<String>

  public init(symmetric: Set<String>) { self.symmetric = symmetric }

  public struct Conflict: Error, CustomStringConvertible {
    public var path: String
    public var documents: [String]
    public var description: String {
      "\(path) is in two parts with different texts (\(documents.joined(separator: ", "))); extract it again into one part"
    }
  }

  public func merge(_ parts: [KnowledgeGraph]) throws -> KnowledgeGraph {
    var graph = KnowledgeGraph()
    graph.documents = try documents(parts)
    var byID: [String: KnowledgeGraph.Entity] = [:]
    for part in parts {
      for e in part.entities.values { byID[e.id] = byID[e.id].map { Self.union($0, e) } ?? e }
    }
    let into = joins(byID)
    for (id, e) in byID.sorted(by: { $0.key < $1.key }) {
      let target = into[id] ?? id
      let base = graph.entities[target] ?? byID[target]!
      // The joining name becomes an alias, as a surname read in a later document does.
      graph.entities[target] = target == id ? base : Self.absorb(base, e, names: [e.name])
    }
    for e in graph.entities.keys { graph.entities[e]!.mentions = Self.ordered(graph.entities[e]!.mentions) }
    let ends = { (id: String) in into[id] ?? id }
    for part in parts {
      for r in part.relations.values {
        var (s, o) = (ends(r.subject), ends(r.object))
        guard s != o else { continue }
        if symmetric.contains(r.predicate) && s > o { swap(&s, &o) }
        let id = KnowledgeGraph.relationID(subject: s, predicate: r.predicate, object: o)
        if var held = graph.relations[id] {
          held.evidence = Self.ordered(held.evidence + r.evidence)
          held.hedged = held.hedged && r.hedged
          held.stance = [held.stance, r.stance].compactMap { $0 }.min()
          graph.relations[id] = held
        } else {
          graph.relations[id] = .init(
            id: id, subject: s, predicate: r.predicate, object: o, stance: r.stance, hedged: r.hedged, evidence: Self.ordered(r.evidence))
        }
      }
      for ev in part.events.values {
        var moved = ev
        moved.agent = ev.agent.map(ends)
        moved.participants = ev.participants.map(ends)
        graph.events[ev.id] = graph.events[ev.id].map { Self.firstOf($0, moved) } ?? moved
      }
    }
    return graph
  }

  /// Every part's documents; a document in several parts once, under the greatest of its paths
  /// (the one a run reading them all in order would keep).
  func documents(_ parts: [KnowledgeGraph]) throws -> [String: KnowledgeGraph.Document] {
    var docs: [String: KnowledgeGraph.Document] = [:]
    for part in parts {
      for d in part.documents.values {
        if let held = docs[d.id], held.path >= d.path { continue }
        docs[d.id] = d
      }
    }
    var byPath: [String: [String]] = [:]
    for d in docs.values { byPath[d.path, default: []].append(d.id) }
    if let (path, ids) = byPath.filter({ $0.value.count > 1 }).min(by: { $0.key < $1.key }) {
      throw Conflict(path: path, documents: ids.sorted())
    }
    return docs
  }

  /// Entity id -> the id it joins, for the entities that join another.
  func joins(_ entities: [String: KnowledgeGraph.Entity]) -> [String: String] {
    var into: [String: String] = [:]
    // Full names' words -> persons; names and aliases -> entities, by kind.
    var personsByWord: [String: Set<String>] = [:]
    var byAlias: [String: Set<String>] = [:]
    for e in entities.values {
      let family = EntityResolver.family(e.type)
      let words = e.name.split(separator: " ")
      if family == "person" && words.count > 1 {
        for w in words { personsByWord[Gazetteer.normalize(String(w)), default: []].insert(e.id) }
      }
      for a in e.aliases where a != e.name { byAlias[family + "|" + Gazetteer.normalize(a), default: []].insert(e.id) }
    }
    for e in entities.values {
      let family = EntityResolver.family(e.type)
      let key = Gazetteer.normalize(e.name)
      var candidates: Set<String>?
      if family == "person" && !e.name.contains(" ") {
        candidates = personsByWord[key]
      } else {
        // Where a name is one entity's name and another's alias, the resolver's tie-break: the smaller id.
        candidates = byAlias[family + "|" + key]?.filter { $0 < e.id }
      }
      if let c = candidates?.subtracting([e.id]), c.count == 1 { into[e.id] = c.first! }
    }
    // An entity that others join stays itself, so no chain depends on the order of the entities.
    return into.filter { into[$0.value] == nil }
  }

  /// One entity as two parts have it: every name, alias and mention; the name that more
  /// mentions carry (then the smaller) and the more specific type, as the resolver keeps them,
  /// so that the parts' order does not matter.
  static func union(_ a: KnowledgeGraph.Entity, _ b: KnowledgeGraph.Entity) -> KnowledgeGraph.Entity {
    let aFirst = a.mentions.count != b.mentions.count ? a.mentions.count > b.mentions.count : (a.name, a.type) <= (b.name, b.type)
    var e = aFirst ? absorb(a, b, names: [b.name]) : absorb(b, a, names: [a.name])
    let rank = { (t: String) in EntityResolver.specificity[t] ?? 0 }
    e.type = [a.type, b.type].max { (rank($0), $1) < (rank($1), $0) }!
    return e
  }

  /// `keep` with `other`'s aliases, `names` and mentions added.
  static func absorb(_ keep: KnowledgeGraph.Entity, _ other: KnowledgeGraph.Entity, names: [String] = []) -> KnowledgeGraph.Entity {
    var e = keep
    e.aliases = Array(Set(keep.aliases + other.aliases + names).subtracting([keep.name])).sorted()
    e.englishName = [keep.englishName, other.englishName].compactMap { $0 }.min()
    e.mentions = Array(Set(keep.mentions + other.mentions))
    return e
  }

  static func firstOf(_ a: KnowledgeGraph.Event, _ b: KnowledgeGraph.Event) -> KnowledgeGraph.Event {
    (a.evidence.document, a.evidence.scalarStart, a.kind) <= (b.evidence.document, b.evidence.scalarStart, b.kind) ? a : b
  }

  /// Once each, in the text's order; ties the file's order leaves are broken first (Swift's sort
  /// is stable), so that no set's order shows.
  static func ordered(_ list: [KnowledgeGraph.Mention]) -> [KnowledgeGraph.Mention] {
    KnowledgeGraph.inFileOrder(Array(Set(list)).sorted { $0.sentence < $1.sentence })
  }

  static func ordered(_ list: [KnowledgeGraph.Evidence]) -> [KnowledgeGraph.Evidence] {
    KnowledgeGraph.inFileOrder(Array(Set(list)))
  }
}

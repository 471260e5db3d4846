import Foundation

/// The graph: documents, entities, typed relations with evidence, and events.
/// Plain values; the JSON-LD form lives in JSONLD.swift.
public struct KnowledgeGraph: Sendable, Equatable {
  public static let base = "https://graphbuild.dev/"
  public static let vocabulary = base + "ns#"

  public struct Document: Sendable, Equatable {
    public var id: String
    public var path: String
    /// SHA-256-free content fingerprint (FNV-1a of the text): re-reading the same text is a no-op.
    public var fingerprint: String
    /// Publication date, ISO 8601, where the document gives one.
    public var date: String?
    /// The encoding its bytes were decoded from (UTF-8, UTF-16LE, Windows-1251, KOI8-U).
    public var encoding: String? = nil

    public init(id: String, path: String, fingerprint: String, date: String?, encoding: String? = nil) {
      (self.id, self.path, self.fingerprint, self.date, self.encoding) = (id, path, fingerprint, date, encoding)
    }
  }

  public struct Mention: Sendable, Equatable, Hashable, Codable {
    public var document: String
    public var text: String
    public var scalarStart: Int
    public var scalarEnd: Int
    public var sentence: String
  }

  public struct Entity: Sendable, Equatable {
    public var id: String
    /// schema.org class name: Person, Organization, GovernmentOrganization, Corporation, ...
    public var type: String
    /// Ukrainian nominative name.
    public var name: String
    /// KMU 2010 romanisation of `name`.
    public var latinName: String
    /// An English name where world knowledge gives one (Belarus, European Union).
    public var englishName: String?
    /// Other names and forms seen in the text.
    public var aliases: [String]
    public var mentions: [Mention]

    /// Adds a mention unless it is there (see `KnowledgeGraph.holds`).
    public mutating func addMention(_ m: Mention) {
      if !KnowledgeGraph.holds(mentions, m) { mentions.append(m) }
    }
  }

  public struct Evidence: Sendable, Equatable, Hashable, Codable {
    public var document: String
    public var sentence: String
    public var scalarStart: Int
    public var scalarEnd: Int
    public var trigger: String
    public var dates: [String]
    /// How an argument was reached, where not by its name ("capital for state", "surname").
    public var note: String?
  }

  public struct Relation: Sendable, Equatable {
    public var id: String
    public var subject: String
    public var predicate: String
    public var object: String
    /// For sanctions: imposed, tightened, eased, lifted.
    public var stance: String?
    /// Marked when the text states it as possible, not as fact.
    public var hedged: Bool
    public var evidence: [Evidence]
    public var dates: [String] { Array(Set(evidence.flatMap(\.dates))).sorted() }
  }

  public struct Event: Sendable, Equatable {
    public var id: String
    /// release, pardon, appointment
    public var kind: String
    public var count: Int?
    public var date: String?
    public var agent: String?
    public var participants: [String]
    public var evidence: Evidence
  }

  public var documents: [String: Document] = [:]
  public var entities: [String: Entity] = [:]
  public var relations: [String: Relation] = [:]
  public var events: [String: Event] = [:]

  public init() {}

  /// Removes everything that a document contributed, so that re-extracting it adds it once.
  public mutating func removeContributions(ofDocument doc: String) {
    documents[doc] = nil
    for (id, var e) in entities {
      let kept = e.mentions.filter { $0.document != doc }
      if kept.count != e.mentions.count {
        e.mentions = kept
        entities[id] = kept.isEmpty ? nil : e
      }
    }
    for (id, var r) in relations {
      let kept = r.evidence.filter { $0.document != doc }
      if kept.count != r.evidence.count {
        r.evidence = kept
        relations[id] = kept.isEmpty ? nil : r
      }
    }
    for (id, ev) in events where ev.evidence.document == doc { events[id] = nil }
    // Relations whose ends vanished go too, and nodes that world knowledge made for this
    // document's relations alone (no mention, no relation, no event left).
    for (id, r) in relations where entities[r.subject] == nil || entities[r.object] == nil { relations[id] = nil }
    var linked = Set(relations.values.flatMap { [$0.subject, $0.object] })
    for ev in events.values { linked.formUnion(ev.participants + [ev.agent].compactMap { $0 }) }
    for (id, e) in entities where e.mentions.isEmpty && !linked.contains(id) { entities[id] = nil }
  }

  /// Whether `list` holds `x` already. Past a few dozen, only the latest of x's document are
  /// searched (they arrive in reading order), so a fact or a name met a thousand times in one
  /// article stays linear.
  static func holds<T: Anchored>(_ list: [T], _ x: T) -> Bool {
    list.count < 64
      ? list.contains(x)
      : list.reversed().prefix { $0.document == x.document && $0.scalarStart >= x.scalarStart - 1 }.contains(x)
  }

  /// Mentions in the text's order, as the graph file writes them: a graph's bytes and answers
  /// do not depend on the order the runs that made it read the documents in.
  public static func inFileOrder(_ list: [Mention]) -> [Mention] {
    list.sorted { ($0.document, $0.scalarStart, $0.scalarEnd, $0.text) < ($1.document, $1.scalarStart, $1.scalarEnd, $1.text) }
  }

  /// Evidence in the text's order, as the graph file writes it, each with its dates sorted (in
  /// RDF they are a set); two pieces at one place are told apart by their notes and dates.
  public static func inFileOrder(_ list: [Evidence]) -> [Evidence] {
    let keyed = list.map { e -> (Evidence, String) in
      var e = e
      e.dates.sort()
      return (e, (e.note ?? "") + "\u{1}" + e.dates.joined(separator: ","))
    }
    return keyed.sorted { a, b in
      let (x, y) = (a.0, b.0)
      return (x.document, x.scalarStart, x.scalarEnd, x.trigger, a.1) < (y.document, y.scalarStart, y.scalarEnd, y.trigger, b.1)
    }.map(\.0)
  }

  public static func relationID(subject: String, predicate: String, object: String) -> String {
    base + "relation/" + fingerprint(subject + "|" + predicate + "|" + object)
  }

  public static func fingerprint(_ s: String) -> String {
    String(FNV1a.hash(s), radix: 16)
  }

  /// Adds a relation or, when the same fact is already known, another piece of evidence.
  /// The relation between two entities, as `add` stores it (a symmetric one in a fixed order).
  func relation(subject: String, predicate: String, object: String, symmetric: Bool) -> Relation? {
    let (s, o) = symmetric && subject > object ? (object, subject) : (subject, object)
    return relations[Self.relationID(subject: s, predicate: predicate, object: o)]
  }

  public mutating func add(subject: String, predicate: String, object: String, stance: String?, hedged: Bool, evidence: Evidence, symmetric: Bool) {
    var (s, o) = (subject, object)
    if symmetric && s > o { swap(&s, &o) }
    let id = Self.relationID(subject: s, predicate: predicate, object: o)
    if relations[id] != nil {
      // In place (no copy of the evidence), and the same evidence is looked for only among the
      // latest of its document: a fact stated a thousand times in one article stays linear.
      if !Self.holds(relations[id]!.evidence, evidence) { relations[id]!.evidence.append(evidence) }
      relations[id]!.hedged = relations[id]!.hedged && hedged
      if relations[id]!.stance == nil { relations[id]!.stance = stance }
    } else {
      relations[id] = Relation(id: id, subject: s, predicate: predicate, object: o, stance: stance, hedged: hedged, evidence: [evidence])
    }
  }

  /// Relations that only world knowledge gives (every piece of evidence noted `world
  /// knowledge: ...`: a body's state, a people's deputy's parliament), counted apart from
  /// what the text states.
  public var worldKnowledgeRelations: Int {
    relations.values.filter { r in r.evidence.allSatisfy { $0.note?.hasPrefix("world knowledge") == true } }.count
  }

  public func summary() -> String {
    var byType: [String: Int] = [:]
    for e in entities.values { byType[e.type, default: 0] += 1 }
    var byRelation: [String: Int] = [:]
    for r in relations.values { byRelation[r.predicate, default: 0] += 1 }
    let ents = byType.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    let rels = byRelation.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    let known = worldKnowledgeRelations
    let apart = known > 0 ? ", \(known) of them from world knowledge only" : ""
    return "\(documents.count) documents; \(entities.count) entities (\(ents)); \(relations.count) relations (\(rels))\(apart); \(events.count) events"
  }
}

/// A piece of the graph that points into a document at a code-point offset.
protocol Anchored: Equatable {
  var document: String { get }
  var scalarStart: Int { get }
}

extension KnowledgeGraph.Mention: Anchored {}
extension KnowledgeGraph.Evidence: Anchored {}

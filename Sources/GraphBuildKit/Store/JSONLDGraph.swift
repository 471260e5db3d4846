import Foundation

/// The graph in the nodes of a JSON-LD document (`JSONLDNodes`), read by class and property IRI
/// rather than by how the file spells them.
///
///     {"@id": "https://graphbuild.dev/entity/person/x", "@type": ["http://schema.org/Person"],
///      "http://schema.org/name": "Ім'я"}   // an Entity, Person, named Ім'я
///
/// Classes: schema:NewsArticle a document, gb:RelationRecord a relation, schema:Event with
/// gb:eventKind an extracted event, any other schema.org class an entity (so a festival, a
/// schema:Event without gb:eventKind, stays an entity). Nodes merged from two records keep every
/// mention, name and piece of evidence; two records that disagree on a single value are refused.
struct JSONLDGraph {
  static let schemaIRIs = ["https://schema.org/", "http://schema.org/"]
  static let gb = KnowledgeGraph.vocabulary

  private(set) var graph = KnowledgeGraph()
  private let nodes: [String: JSONLDNodes.Node]

  typealias Failure = JSONLDNodes.Failure

  static let documentProperties: Set<String> = [gb + "path", gb + "fingerprint", gb + "encoding", "schema:datePublished"]
  static let relationProperties: Set<String> = [
    gb + "subject", gb + "predicate", gb + "object", gb + "evidence", gb + "stance", gb + "hedged", gb + "date",
  ]
  static let eventProperties: Set<String> = [
    gb + "eventKind", gb + "evidence", gb + "count", "schema:description", "schema:startDate", "schema:organizer", "schema:about",
  ]
  static let evidenceProperties: Set<String> = [
    gb + "document", gb + "sentence", gb + "startOffset", gb + "endOffset", gb + "trigger", gb + "date", gb + "note",
  ]
  static let mentionProperties: Set<String> = [gb + "document", gb + "text", gb + "startOffset", gb + "endOffset", gb + "sentence"]

  init(_ read: JSONLDNodes) throws {
    // schema.org in http or https is one vocabulary here; keys are compared as "schema:local".
    func local(_ iri: String) -> String {
      for s in Self.schemaIRIs where iri.hasPrefix(s) { return "schema:" + iri.dropFirst(s.count) }
      return iri
    }
    var normalised: [String: JSONLDNodes.Node] = [:]
    for (id, n) in read.nodes {
      var m = n
      m.types = n.types.map(local)
      m.properties = Dictionary(n.properties.map { (local($0.key), $0.value) }, uniquingKeysWith: +)
      normalised[id] = m
    }
    nodes = normalised
    var embedded: Set<String> = []
    var direct: [(subject: String, predicate: String, object: String)] = []
    for n in nodes.values.sorted(by: { $0.order < $1.order }) {
      let types = Set(n.types)
      // A record is written back under its @id, so it must have one of its own.
      if n.id.hasPrefix("_:") && !types.isEmpty && !types.contains(Self.gb + "Evidence") {
        throw Failure(reason: "a node of class \(n.types.sorted().joined(separator: ", ")) has no @id; give it one")
      }
      if types.contains("schema:NewsArticle") {
        try check(n, Self.documentProperties, "document")
        graph.documents[n.id] = .init(
          id: n.id, path: try string(n, Self.gb + "path") ?? "", fingerprint: try string(n, Self.gb + "fingerprint") ?? "",
          date: try string(n, "schema:datePublished"), encoding: try string(n, Self.gb + "encoding"))
      } else if types.contains(Self.gb + "RelationRecord") {
        try check(n, Self.relationProperties, "relation record")
        guard let s = try reference(n, Self.gb + "subject"), let p = try reference(n, Self.gb + "predicate"),
          let o = try reference(n, Self.gb + "object"), p.hasPrefix(Self.gb)
        else { throw Failure(reason: "relation record \(n.id) lacks its subject, predicate or object") }
        guard Self.isRelationName(p.dropFirst(Self.gb.count)) else {
          throw Failure(reason: "relation record \(n.id) has the predicate \(p), which is no relation name")
        }
        let evidence = try (n.properties[Self.gb + "evidence"] ?? []).map { try self.evidence($0, in: n.id) }
        embedded.formUnion((n.properties[Self.gb + "evidence"] ?? []).compactMap(\.reference))
        graph.relations[n.id] = .init(
          id: n.id, subject: s, predicate: String(p.dropFirst(Self.gb.count)), object: o,
          stance: try string(n, Self.gb + "stance"), hedged: try single(n, Self.gb + "hedged")?.bool ?? false,
          evidence: dedupe(evidence))
      } else if types.contains("schema:Event") && n.properties[Self.gb + "eventKind"] != nil {
        try check(n, Self.eventProperties, "event")
        guard let ref = try single(n, Self.gb + "evidence") else { throw Failure(reason: "event \(n.id) has no evidence") }
        embedded.formUnion([ref.reference].compactMap { $0 })
        graph.events[n.id] = .init(
          id: n.id, kind: try string(n, Self.gb + "eventKind") ?? "event", count: try single(n, Self.gb + "count")?.int,
          date: try string(n, "schema:startDate"), agent: try reference(n, "schema:organizer"),
          participants: try (n.properties["schema:about"] ?? []).compactMap(\.reference).map { try named($0, n.id, "schema:about") },
          evidence: try evidence(ref, in: n.id))
      } else if let type = types.first(where: { $0.hasPrefix("schema:") }) {
        let classes = types.filter { $0.hasPrefix("schema:") }
        guard classes.count == 1, types.count == 1 else {
          throw Failure(reason: "node \(n.id) has several classes (\(n.types.sorted().joined(separator: ", ")))")
        }
        let (entity, links) = try self.entity(n, type: String(type.dropFirst("schema:".count)))
        embedded.formUnion((n.properties[Self.gb + "mention"] ?? []).compactMap(\.reference))
        graph.entities[n.id] = entity
        direct += links.map { (n.id, $0.0, $0.1) }
      } else if !n.types.isEmpty && !types.contains(Self.gb + "Evidence") {
        throw Failure(reason: "node \(n.id) is of class \(n.types.sorted().joined(separator: ", ")), which graphbuild does not read")
      }
    }
    // What no record holds and no record embeds would be lost on the next write.
    for n in nodes.values where n.types.isEmpty && !n.properties.isEmpty && !embedded.contains(n.id) {
      throw Failure(reason: "node \(n.id) has no class and belongs to no record")
    }
    for n in nodes.values where n.types.contains(Self.gb + "Evidence") && !embedded.contains(n.id) {
      throw Failure(reason: "evidence \(n.id) belongs to no relation or event")
    }
    // A direct triple with no record of its own becomes a relation without evidence.
    var recorded: Set<[String]> = []
    for r in graph.relations.values {
      recorded.insert([r.subject, r.predicate, r.object])
      recorded.insert([r.object, r.predicate, r.subject])
    }
    for t in direct where !recorded.contains([t.subject, t.predicate, t.object]) {
      let id = KnowledgeGraph.relationID(subject: t.subject, predicate: t.predicate, object: t.object)
      if graph.relations[id] == nil {
        graph.relations[id] = .init(id: id, subject: t.subject, predicate: t.predicate, object: t.object, stance: nil, hedged: false, evidence: [])
      }
    }
  }

  /// A relation's name is a word of ASCII letters and digits (leaderOf), so it is a property too.
  static func isRelationName(_ s: Substring) -> Bool {
    guard let first = s.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
    return s.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
  }

  private func dedupe<T: Hashable>(_ xs: [T]) -> [T] {
    var seen: Set<T> = []
    return xs.filter { seen.insert($0).inserted }
  }

  private func check(_ n: JSONLDNodes.Node, _ known: Set<String>, _ kind: String) throws {
    if let extra = n.properties.keys.filter({ !known.contains($0) }).sorted().first {
      throw Failure(reason: "\(kind) \(n.id) has the property \(extra), which graphbuild would not write back")
    }
  }

  /// The one value of a property: records merged from duplicates must agree on it.
  private func single(_ n: JSONLDNodes.Node, _ property: String) throws -> JSONLDNodes.Value? {
    let values = n.properties[property] ?? []
    guard let first = values.first else { return nil }
    if values.contains(where: { $0 != first }) {
      throw Failure(reason: "node \(n.id) has \(values.count) different values of \(property) (a duplicate @id that disagrees)")
    }
    return first
  }

  private func string(_ n: JSONLDNodes.Node, _ property: String) throws -> String? { try single(n, property)?.string }
  private func reference(_ n: JSONLDNodes.Node, _ property: String) throws -> String? {
    guard let v = try single(n, property) else { return nil }
    guard let r = v.reference else { throw Failure(reason: "node \(n.id): \(property) is not a reference to a node") }
    return try named(r, n.id, property)
  }

  /// A node a record names is written back by its @id, so it must have one.
  private func named(_ r: String, _ owner: String, _ property: String) throws -> String {
    if r.hasPrefix("_:") { throw Failure(reason: "node \(owner): \(property) refers to a node without @id") }
    return r
  }

  private func embeddedNode(_ value: JSONLDNodes.Value, in owner: String) throws -> JSONLDNodes.Node {
    guard let id = value.reference, let n = nodes[id] else { throw Failure(reason: "node \(owner) refers to a record that is not in the file") }
    return n
  }

  private func evidence(_ value: JSONLDNodes.Value, in owner: String) throws -> KnowledgeGraph.Evidence {
    let n = try embeddedNode(value, in: owner)
    try check(n, Self.evidenceProperties, "evidence")
    guard let doc = try reference(n, Self.gb + "document") else { throw Failure(reason: "evidence of \(owner) names no document") }
    return .init(
      document: doc, sentence: try string(n, Self.gb + "sentence") ?? "", scalarStart: try single(n, Self.gb + "startOffset")?.int ?? 0,
      scalarEnd: try single(n, Self.gb + "endOffset")?.int ?? 0, trigger: try string(n, Self.gb + "trigger") ?? "",
      // A set in RDF: read in one order, whatever order a processor wrote it in.
      dates: (n.properties[Self.gb + "date"] ?? []).compactMap(\.string).sorted(), note: try string(n, Self.gb + "note"))
  }

  private func entity(_ n: JSONLDNodes.Node, type: String) throws -> (KnowledgeGraph.Entity, [(String, String)]) {
    var links: [(String, String)] = []
    for (key, values) in n.properties where key != "schema:name" && key != "schema:alternateName" && key != Self.gb + "mention" {
      guard key.hasPrefix(Self.gb), Self.isRelationName(key.dropFirst(Self.gb.count)) else {
        throw Failure(reason: "entity \(n.id) has the property \(key), which graphbuild would not write back")
      }
      for v in values {
        guard let object = v.reference else { throw Failure(reason: "entity \(n.id): \(key) is not a reference to a node") }
        links.append((String(key.dropFirst(Self.gb.count)), try named(object, n.id, key)))
      }
    }
    // Names: the first Ukrainian (or untagged) one is the name, the rest are aliases.
    var uk: [String] = []
    var latin: String?
    var english: String?
    for v in n.properties["schema:name"] ?? [] {
      guard case .literal(let s, let language, _) = v else { continue }
      switch language {
      case "uk-latn": if latin == nil { latin = s } else if latin != s { uk.append(s) }
      case "en": if english == nil { english = s } else if english != s { uk.append(s) }
      default: if !uk.contains(s) { uk.append(s) }
      }
    }
    let name = uk.first ?? latin ?? english ?? n.id
    var aliases: [String] = []
    for s in uk.dropFirst() + (n.properties["schema:alternateName"] ?? []).compactMap(\.string) where s != name && !aliases.contains(s) {
      aliases.append(s)
    }
    let mentions = try (n.properties[Self.gb + "mention"] ?? []).map { v -> KnowledgeGraph.Mention in
      let m = try embeddedNode(v, in: n.id)
      try check(m, Self.mentionProperties, "mention")
      guard let doc = try reference(m, Self.gb + "document") else { throw Failure(reason: "a mention of \(n.id) names no document") }
      return .init(
        document: doc, text: try string(m, Self.gb + "text") ?? "", scalarStart: try single(m, Self.gb + "startOffset")?.int ?? 0,
        scalarEnd: try single(m, Self.gb + "endOffset")?.int ?? 0, sentence: try string(m, Self.gb + "sentence") ?? "")
    }
    // As the writer has them: aliases a sorted set, an English name only where it differs.
    let latinName = latin ?? (uk.first.map(KMU2010.transliterate) ?? "")
    let entity = KnowledgeGraph.Entity(
      id: n.id, type: type, name: name, latinName: latinName, englishName: english == latinName ? nil : english,
      aliases: aliases.sorted(), mentions: dedupe(mentions))
    return (entity, links)
  }
}

import Foundation

/// The graph as self-contained JSON-LD: an inline @context (no remote context, so any
/// processor reads it offline), absolute IRIs, schema.org classes, and for every typed relation
/// both a direct triple (subject gb:leaderOf object) and a gb:RelationRecord with its evidence.
public enum JSONLD {
  static var context: [String: Any] { [
    "schema": "https://schema.org/",
    "gb": KnowledgeGraph.vocabulary,
    "xsd": "http://www.w3.org/2001/XMLSchema#",
  ] }

  static func lang(_ value: String, _ tag: String) -> [String: Any] { ["@value": value, "@language": tag] }
  static func ref(_ id: String) -> [String: Any] { ["@id": id] }

  static func evidenceNode(_ e: KnowledgeGraph.Evidence) -> [String: Any] {
    var node: [String: Any] = [
      "@type": "gb:Evidence",
      "gb:document": ref(e.document),
      "gb:sentence": e.sentence,
      "gb:startOffset": e.scalarStart,
      "gb:endOffset": e.scalarEnd,
      "gb:trigger": e.trigger,
    ]
    if !e.dates.isEmpty { node["gb:date"] = e.dates.sorted() }
    if let note = e.note { node["gb:note"] = note }
    return node
  }

  public static func encode(_ graph: KnowledgeGraph) throws -> Data {
    var data = Data()
    try encode(graph) { data.append(contentsOf: $0) }
    return data
  }

  /// The graph's text handed to `sink` a chunk at a time, each node written as it is made: a
  /// large graph is never held again as values or as text.
  public static func encode(_ graph: KnowledgeGraph, to sink: ([UInt8]) throws -> Void) throws {
    try JSONWriter.write(head: ["@context": context], arrayKey: "@graph", pretty: true, to: sink) { emit in
      try nodes(of: graph, emit)
    }
  }

  static func nodes(of graph: KnowledgeGraph, _ emit: (Any) throws -> Void) throws {
    for d in graph.documents.values.sorted(by: { $0.id < $1.id }) {
      var node: [String: Any] = [
        "@id": d.id, "@type": "schema:NewsArticle", "gb:path": d.path, "gb:fingerprint": d.fingerprint,
      ]
      if let date = d.date { node["schema:datePublished"] = date }
      if let encoding = d.encoding { node["gb:encoding"] = encoding }
      try emit(node)
    }
    var outgoing: [String: [String: [String]]] = [:]
    for r in graph.relations.values {
      outgoing[r.subject, default: [:]][r.predicate, default: []].append(r.object)
    }
    for e in graph.entities.values.sorted(by: { $0.id < $1.id }) {
      var names: [[String: Any]] = [lang(e.name, "uk"), lang(e.latinName, "uk-Latn")]
      if let en = e.englishName, en != e.latinName { names.append(lang(en, "en")) }
      var node: [String: Any] = [
        "@id": e.id, "@type": "schema:" + e.type, "schema:name": names,
      ]
      let aliases = e.aliases.filter { $0 != e.name }.sorted()
      // Tagged by script: the Latin names world knowledge gives (US, White House) are English.
      if !aliases.isEmpty { node["schema:alternateName"] = aliases.map { lang($0, NameLookup.isCyrillic($0) ? "uk" : "en") } }
      node["gb:mention"] = KnowledgeGraph.inFileOrder(e.mentions).map { m -> [String: Any] in
        [
          "gb:document": ref(m.document), "gb:text": m.text, "gb:startOffset": m.scalarStart,
          "gb:endOffset": m.scalarEnd, "gb:sentence": m.sentence,
        ]
      }
      for (predicate, objects) in outgoing[e.id] ?? [:] {
        node["gb:" + predicate] = Array(Set(objects)).sorted().map { ref($0) }
      }
      try emit(node)
    }
    for r in graph.relations.values.sorted(by: { $0.id < $1.id }) {
      var node: [String: Any] = [
        "@id": r.id, "@type": "gb:RelationRecord", "gb:subject": ref(r.subject),
        "gb:predicate": ref("gb:" + r.predicate), "gb:object": ref(r.object),
        "gb:evidence": KnowledgeGraph.inFileOrder(r.evidence).map(evidenceNode),
      ]
      if let stance = r.stance { node["gb:stance"] = stance }
      if r.hedged { node["gb:hedged"] = true }
      if !r.dates.isEmpty { node["gb:date"] = r.dates }
      try emit(node)
    }
    for ev in graph.events.values.sorted(by: { $0.id < $1.id }) {
      var node: [String: Any] = [
        "@id": ev.id, "@type": "schema:Event", "gb:eventKind": ev.kind,
        "gb:evidence": evidenceNode(ev.evidence),
        "schema:description": ev.evidence.sentence,
      ]
      if let c = ev.count { node["gb:count"] = c }
      if let d = ev.date { node["schema:startDate"] = d }
      if let a = ev.agent { node["schema:organizer"] = ref(a) }
      if !ev.participants.isEmpty { node["schema:about"] = ev.participants.map(ref) }
      try emit(node)
    }
  }

  /// Reads a graph in any JSON-LD form of graphbuild's vocabulary (see `JSONLDNodes`). A file
  /// that holds anything graphbuild would not write back (an unknown class or property, two
  /// records of one node that disagree) is refused with the reason, so it is never rewritten
  /// with data dropped.
  public static func decode(_ data: Data, file: String) throws -> KnowledgeGraph {
    let json: JSON
    do { json = try JSONDecoder().decode(JSON.self, from: data) } catch {
      throw GraphBuildError.invalidGraph(file: file, reason: "not JSON")
    }
    do {
      return try JSONLDGraph(JSONLDNodes(json: json)).graph
    } catch let f as JSONLDNodes.Failure {
      throw GraphBuildError.invalidGraph(file: file, reason: f.reason)
    }
  }
}

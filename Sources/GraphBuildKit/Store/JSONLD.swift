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
    if !e.dates.isEmpty { node["gb:date"] = e.dates }
    if let note = e.note { node["gb:note"] = note }
    return node
  }

  public static func encode(_ graph: KnowledgeGraph) throws -> Data {
    var nodes: [[String: Any]] = []
    for d in graph.documents.values.sorted(by: { $0.id < $1.id }) {
      var node: [String: Any] = [
        "@id": d.id, "@type": "schema:NewsArticle", "gb:path": d.path, "gb:fingerprint": d.fingerprint,
      ]
      if let date = d.date { node["schema:datePublished"] = date }
      nodes.append(node)
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
      if !aliases.isEmpty { node["schema:alternateName"] = aliases.map { lang($0, "uk") } }
      node["gb:mention"] = e.mentions.map { m -> [String: Any] in
        [
          "gb:document": ref(m.document), "gb:text": m.text, "gb:startOffset": m.scalarStart,
          "gb:endOffset": m.scalarEnd, "gb:sentence": m.sentence,
        ]
      }
      for (predicate, objects) in outgoing[e.id] ?? [:] {
        node["gb:" + predicate] = Array(Set(objects)).sorted().map { ref($0) }
      }
      nodes.append(node)
    }
    for r in graph.relations.values.sorted(by: { $0.id < $1.id }) {
      var node: [String: Any] = [
        "@id": r.id, "@type": "gb:RelationRecord", "gb:subject": ref(r.subject),
        "gb:predicate": ref("gb:" + r.predicate), "gb:object": ref(r.object),
        "gb:evidence": r.evidence.map(evidenceNode),
      ]
      if let stance = r.stance { node["gb:stance"] = stance }
      if r.hedged { node["gb:hedged"] = true }
      if !r.dates.isEmpty { node["gb:date"] = r.dates }
      nodes.append(node)
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
      nodes.append(node)
    }
    let root: [String: Any] = ["@context": context, "@graph": nodes]
    return try JSONWriter.data(root, pretty: true)
  }

  /// Reads a graph that graphbuild wrote. Anything else is refused with the reason.
  public static func decode(_ data: Data, file: String) throws -> KnowledgeGraph {
    let any: Any
    do { any = try JSONSerialization.jsonObject(with: data) } catch {
      throw GraphBuildError.invalidGraph(file: file, reason: "not JSON")
    }
    guard let root = any as? [String: Any], let ctx = root["@context"] as? [String: Any],
      ctx["gb"] as? String == KnowledgeGraph.vocabulary, let nodes = root["@graph"] as? [[String: Any]]
    else { throw GraphBuildError.invalidGraph(file: file, reason: "no graphbuild @context and @graph") }
    var g = KnowledgeGraph()
    func id(_ v: Any?) -> String? { (v as? [String: Any])?["@id"] as? String }
    func evidence(_ v: Any?) -> KnowledgeGraph.Evidence? {
      guard let n = v as? [String: Any], let doc = id(n["gb:document"]) else { return nil }
      return KnowledgeGraph.Evidence(
        document: doc, sentence: n["gb:sentence"] as? String ?? "", scalarStart: n["gb:startOffset"] as? Int ?? 0,
        scalarEnd: n["gb:endOffset"] as? Int ?? 0, trigger: n["gb:trigger"] as? String ?? "",
        dates: n["gb:date"] as? [String] ?? [], note: n["gb:note"] as? String)
    }
    for n in nodes {
      guard let nodeID = n["@id"] as? String, let type = n["@type"] as? String else { continue }
      switch type {
      case "schema:NewsArticle":
        g.documents[nodeID] = .init(
          id: nodeID, path: n["gb:path"] as? String ?? "", fingerprint: n["gb:fingerprint"] as? String ?? "",
          date: n["schema:datePublished"] as? String)
      case "gb:RelationRecord":
        guard let s = id(n["gb:subject"]), let p = id(n["gb:predicate"]), let o = id(n["gb:object"]) else { continue }
        g.relations[nodeID] = .init(
          id: nodeID, subject: s, predicate: p.replacingOccurrences(of: "gb:", with: ""), object: o,
          stance: n["gb:stance"] as? String, hedged: n["gb:hedged"] as? Bool ?? false,
          evidence: (n["gb:evidence"] as? [Any] ?? []).compactMap(evidence))
      case "schema:Event":
        guard let ev = evidence(n["gb:evidence"]) else { continue }
        g.events[nodeID] = .init(
          id: nodeID, kind: n["gb:eventKind"] as? String ?? "event", count: n["gb:count"] as? Int,
          date: n["schema:startDate"] as? String, agent: id(n["schema:organizer"]),
          participants: (n["schema:about"] as? [Any] ?? []).compactMap(id), evidence: ev)
      default:
        guard type.hasPrefix("schema:") else { continue }
        let names = n["schema:name"] as? [[String: Any]] ?? []
        func named(_ tag: String) -> String? { names.first { $0["@language"] as? String == tag }?["@value"] as? String }
        let mentions = (n["gb:mention"] as? [[String: Any]] ?? []).compactMap { m -> KnowledgeGraph.Mention? in
          guard let doc = id(m["gb:document"]) else { return nil }
          return .init(
            document: doc, text: m["gb:text"] as? String ?? "", scalarStart: m["gb:startOffset"] as? Int ?? 0,
            scalarEnd: m["gb:endOffset"] as? Int ?? 0, sentence: m["gb:sentence"] as? String ?? "")
        }
        g.entities[nodeID] = .init(
          id: nodeID, type: String(type.dropFirst("schema:".count)), name: named("uk") ?? nodeID,
          latinName: named("uk-Latn") ?? "", englishName: named("en"),
          aliases: (n["schema:alternateName"] as? [[String: Any]] ?? []).compactMap { $0["@value"] as? String },
          mentions: mentions)
      }
    }
    return g
  }
}

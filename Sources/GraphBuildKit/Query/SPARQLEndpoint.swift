import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A SPARQL 1.1 endpoint that holds a graph graphbuild wrote (its JSON-LD loaded into the
/// default graph of Oxigraph, Fuseki, GraphDB, ...), asked for the same parts of the graph that
/// `GraphIndex` reads, so that `query --endpoint` answers as the local query does.
///
///     let endpoint = SPARQLEndpoint(url: URL(string: "http://127.0.0.1:7878/query")!)
///     let id = try NameLookup(graph: try endpoint.names()).match("Kovalenko").id
///     let edges = GraphQueries(graph: try endpoint.graph(around: id, hops: 1)).neighbors(of: id)
///
/// Each hop of a walk is one request (ids in groups of 200), and the names for the lookup are
/// one request per question: the endpoint's own store does the work.
public final class SPARQLEndpoint: Sendable {
  public let url: URL
  /// Sends a query and returns the results as SPARQL JSON; replaced in tests.
  let send: @Sendable (String) throws -> Data

  public init(url: URL, timeoutSeconds: Double = 120) {
    self.url = url
    send = { query in try Self.post(query, to: url, timeoutSeconds: timeoutSeconds) }
  }

  init(url: URL, send: @escaping @Sendable (String) throws -> Data) {
    (self.url, self.send) = (url, send)
  }

  static let prefixes = "PREFIX gb: <\(KnowledgeGraph.vocabulary)>\nPREFIX schema: <https://schema.org/>\n"

  // MARK: - Questions

  /// Every entity with its names, aliases and the forms its mentions wrote: what `NameLookup`
  /// reads (mentions carry their text only).
  public func names() throws -> KnowledgeGraph {
    var g = KnowledgeGraph()
    let rows = try select("""
      SELECT ?e ?t ?k ?v WHERE {
        ?e a ?t .
        { ?e schema:name ?v BIND("n" AS ?k) } UNION { ?e schema:alternateName ?v BIND("a" AS ?k) }
        UNION { ?e gb:mention/gb:text ?v BIND("m" AS ?k) }
        FILTER(STRSTARTS(STR(?e), "\(KnowledgeGraph.base)entity/"))
      }
      """)
    var forms: [String: [String]] = [:]
    for row in rows {
      guard let e = row["e"]?.value, let t = row["t"]?.value, let k = row["k"]?.value, let v = row["v"] else { continue }
      if g.entities[e] == nil { g.entities[e] = Self.entity(e, type: t) }
      switch k {
      case "n": Self.setName(v, on: &g.entities[e]!)
      case "a": g.entities[e]!.aliases.append(v.value)
      default: forms[e, default: []].append(v.value)
      }
    }
    for (id, texts) in forms where g.entities[id] != nil {
      g.entities[id]!.mentions = texts.sorted().map { .init(document: "", text: $0, scalarStart: 0, scalarEnd: 0, sentence: "") }
    }
    for id in g.entities.keys { g.entities[id]!.aliases.sort() }
    return g
  }

  /// Every relation type in the graph.
  public func predicates() throws -> [String] {
    try select("SELECT DISTINCT ?p WHERE { ?r a gb:RelationRecord ; gb:predicate ?p }")
      .compactMap { $0["p"].map { Self.local($0.value) } }.sorted()
  }

  /// As `GraphIndex.graph(around:hops:relation:)`.
  public func graph(around id: String, hops: Int, relation: String? = nil) throws -> KnowledgeGraph {
    var g = KnowledgeGraph()
    try GraphWalk.around(id, hops: hops) { try addRelations(touching: $0, predicate: relation, to: &g) }
    try finish(&g, including: [id], withMentions: [id])
    return g
  }

  /// As `GraphIndex.graph(joining:and:)`.
  public func graph(joining a: String, and b: String) throws -> KnowledgeGraph {
    var g = KnowledgeGraph()
    try GraphWalk.joining(a, b) { try addRelations(touching: $0, predicate: nil, to: &g) }
    try finish(&g, including: [a, b], withMentions: [])
    return g
  }

  /// Adds the relations of `nodes` with their evidence; returns their ends, in a fixed order.
  func addRelations(touching nodes: [String], predicate: String?, to g: inout KnowledgeGraph) throws -> [String] {
    var ends: [String] = []
    for chunk in Self.chunks(nodes) {
      let only = predicate.map { "FILTER(?p = <\(Self.iri(KnowledgeGraph.vocabulary + $0))>)" } ?? ""
      let rows = try select("""
        SELECT ?r ?s ?p ?o ?stance ?hedged WHERE {
          VALUES ?x { \(chunk) }
          { ?r gb:subject ?x } UNION { ?r gb:object ?x }
          ?r a gb:RelationRecord ; gb:subject ?s ; gb:predicate ?p ; gb:object ?o .
          OPTIONAL { ?r gb:stance ?stance } OPTIONAL { ?r gb:hedged ?hedged }
          \(only)
        }
        """)
      var added: [String] = []
      for row in rows {
        guard let r = row["r"]?.value, let s = row["s"]?.value, let p = row["p"]?.value, let o = row["o"]?.value,
          g.relations[r] == nil
        else { continue }
        g.relations[r] = .init(
          id: r, subject: s, predicate: Self.local(p), object: o, stance: row["stance"]?.value,
          hedged: row["hedged"]?.value == "true", evidence: [])
        added.append(r)
      }
      for (r, evidence) in try evidence(of: added) { g.relations[r]?.evidence = evidence }
      for r in added.sorted() { ends += [g.relations[r]!.subject, g.relations[r]!.object] }
    }
    return ends
  }

  /// The evidence of each relation, in the order the graph file writes it.
  func evidence(of relations: [String]) throws -> [String: [KnowledgeGraph.Evidence]] {
    var byNode: [String: (relation: String, evidence: KnowledgeGraph.Evidence)] = [:]
    for chunk in Self.chunks(relations) {
      let rows = try select("""
        SELECT ?r ?ev ?d ?sentence ?start ?end ?trigger ?note ?date WHERE {
          VALUES ?r { \(chunk) }
          ?r gb:evidence ?ev . ?ev gb:document ?d ; gb:sentence ?sentence ; gb:startOffset ?start ;
            gb:endOffset ?end ; gb:trigger ?trigger .
          OPTIONAL { ?ev gb:note ?note } OPTIONAL { ?ev gb:date ?date }
        }
        """)
      for row in rows {
        guard let r = row["r"]?.value, let node = row["ev"]?.value, let d = row["d"]?.value, let sentence = row["sentence"]?.value,
          let start = row["start"].flatMap({ Int($0.value) }), let end = row["end"].flatMap({ Int($0.value) }),
          let trigger = row["trigger"]?.value
        else { continue }
        let key = r + " " + node
        if byNode[key] == nil {
          byNode[key] = (r, .init(document: d, sentence: sentence, scalarStart: start, scalarEnd: end, trigger: trigger, dates: [], note: row["note"]?.value))
        }
        if let date = row["date"]?.value, !byNode[key]!.evidence.dates.contains(date) { byNode[key]!.evidence.dates.append(date) }
      }
    }
    var out: [String: [KnowledgeGraph.Evidence]] = [:]
    for (r, var e) in byNode.values {
      e.dates.sort()
      out[r, default: []].append(e)
    }
    return out.mapValues(KnowledgeGraph.inFileOrder)
  }

  /// As `GraphIndex`'s: the entities the relations name and `including`, those in
  /// `withMentions` with their mentions, and the documents cited.
  func finish(_ g: inout KnowledgeGraph, including: Set<String>, withMentions full: Set<String>) throws {
    let ids = Array(Set(g.relations.values.flatMap { [$0.subject, $0.object] }).union(including)).sorted()
    for chunk in Self.chunks(ids) {
      let rows = try select("""
        SELECT ?e ?t ?k ?v WHERE {
          VALUES ?e { \(chunk) }
          ?e a ?t .
          OPTIONAL { { ?e schema:name ?v BIND("n" AS ?k) } UNION { ?e schema:alternateName ?v BIND("a" AS ?k) } }
        }
        """)
      for row in rows {
        guard let e = row["e"]?.value, let t = row["t"]?.value else { continue }
        if g.entities[e] == nil { g.entities[e] = Self.entity(e, type: t) }
        guard let v = row["v"] else { continue }
        if row["k"]?.value == "n" { Self.setName(v, on: &g.entities[e]!) } else { g.entities[e]!.aliases.append(v.value) }
      }
    }
    for id in g.entities.keys { g.entities[id]!.aliases = Array(Set(g.entities[id]!.aliases)).sorted() }
    for chunk in Self.chunks(full.sorted()) {
      let rows = try select("""
        SELECT ?e ?m ?d ?text ?start ?end ?sentence WHERE {
          VALUES ?e { \(chunk) }
          ?e gb:mention ?m . ?m gb:document ?d ; gb:text ?text ; gb:startOffset ?start ; gb:endOffset ?end ; gb:sentence ?sentence .
        }
        """)
      var seen: Set<String> = []
      for row in rows {
        guard let e = row["e"]?.value, let m = row["m"]?.value, seen.insert(e + " " + m).inserted, let d = row["d"]?.value,
          let text = row["text"]?.value, let start = row["start"].flatMap({ Int($0.value) }),
          let end = row["end"].flatMap({ Int($0.value) }), let sentence = row["sentence"]?.value
        else { continue }
        g.entities[e]?.mentions.append(.init(document: d, text: text, scalarStart: start, scalarEnd: end, sentence: sentence))
      }
    }
    for id in full where g.entities[id] != nil { g.entities[id]!.mentions = KnowledgeGraph.inFileOrder(g.entities[id]!.mentions) }
    let documents = Set(g.relations.values.flatMap { $0.evidence.map(\.document) } + g.entities.values.flatMap { $0.mentions.map(\.document) })
    for chunk in Self.chunks(documents.sorted()) {
      let rows = try select("""
        SELECT ?d ?path ?fingerprint ?date ?encoding WHERE {
          VALUES ?d { \(chunk) }
          ?d gb:path ?path ; gb:fingerprint ?fingerprint .
          OPTIONAL { ?d schema:datePublished ?date } OPTIONAL { ?d gb:encoding ?encoding }
        }
        """)
      for row in rows {
        guard let d = row["d"]?.value, let path = row["path"]?.value, let fingerprint = row["fingerprint"]?.value else { continue }
        g.documents[d] = .init(id: d, path: path, fingerprint: fingerprint, date: row["date"]?.value, encoding: row["encoding"]?.value)
      }
    }
  }

  // MARK: - Terms

  struct Term: Equatable {
    var value: String
    var language: String?
  }

  static func entity(_ id: String, type: String) -> KnowledgeGraph.Entity {
    .init(id: id, type: local(type), name: "", latinName: "", englishName: nil, aliases: [], mentions: [])
  }

  /// The writer's three names, told apart by their language tags.
  static func setName(_ v: Term, on e: inout KnowledgeGraph.Entity) {
    switch v.language?.lowercased() {
    case "uk-latn": e.latinName = v.value
    case "en": e.englishName = v.value
    default: e.name = v.value
    }
  }

  /// The local name of a vocabulary IRI (`gb:leaderOf` -> leaderOf, `schema:Person` -> Person).
  static func local(_ iri: String) -> String {
    for base in [KnowledgeGraph.vocabulary, "https://schema.org/", "http://schema.org/"] where iri.hasPrefix(base) {
      return String(iri.dropFirst(base.count))
    }
    return iri
  }

  /// An IRI for a query: characters an IRI reference may not hold are written as \u escapes,
  /// which SPARQL reads before the grammar.
  static func iri(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
      if u.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(u) {
        out += String(format: "\\u%04X", u.value)
      } else {
        out.unicodeScalars.append(u)
      }
    }
    return out
  }

  /// Ids as VALUES rows, 200 at a time.
  static func chunks(_ ids: [String]) -> [String] {
    stride(from: 0, to: ids.count, by: 200).map { start in
      ids[start..<min(start + 200, ids.count)].map { "<\(iri($0))>" }.joined(separator: " ")
    }
  }

  // MARK: - Protocol

  /// The rows of a SELECT, each variable bound to its term.
  func select(_ query: String) throws -> [[String: Term]] {
    let data = try send(Self.prefixes + query)
    guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let results = json["results"] as? [String: Any], let bindings = results["bindings"] as? [[String: Any]]
    else {
      throw GraphBuildError.endpoint("\(url.absoluteString) did not answer with SPARQL results JSON (\(String(decoding: data.prefix(200), as: UTF8.self)))")
    }
    return bindings.map { row in
      var out: [String: Term] = [:]
      for (name, term) in row {
        guard let t = term as? [String: Any], let value = t["value"] as? String else { continue }
        out[name] = Term(value: value, language: t["xml:lang"] as? String)
      }
      return out
    }
  }

  /// A query sent by POST (SPARQL 1.1 Protocol, `application/sparql-query`).
  static func post(_ query: String, to url: URL, timeoutSeconds: Double) throws -> Data {
    var request = URLRequest(url: url, timeoutInterval: timeoutSeconds)
    request.httpMethod = "POST"
    request.setValue("application/sparql-query; charset=utf-8", forHTTPHeaderField: "Content-Type")
    request.setValue("application/sparql-results+json", forHTTPHeaderField: "Accept")
    request.httpBody = Data(query.utf8)
    let reply = Reply()
    let done = DispatchSemaphore(value: 0)
    URLSession.shared.dataTask(with: request) { data, response, error in
      reply.set(data, response as? HTTPURLResponse, error)
      done.signal()
    }.resume()
    done.wait()
    let (data, response, error) = reply.get()
    if let error { throw GraphBuildError.endpoint("\(url.absoluteString) cannot be reached (\(error.localizedDescription)); is the SPARQL server running?") }
    guard let response, let data else { throw GraphBuildError.endpoint("\(url.absoluteString) gave no answer") }
    guard (200..<300).contains(response.statusCode) else {
      throw GraphBuildError.endpoint("\(url.absoluteString) answered \(response.statusCode): \(String(decoding: data.prefix(300), as: UTF8.self))")
    }
    return data
  }

  /// What a request's callback hands back to the waiting thread.
  private final class Reply: @unchecked Sendable {
    private let lock = NSLock()
    private var value: (Data?, HTTPURLResponse?, Error?) = (nil, nil, nil)
    func set(_ d: Data?, _ r: HTTPURLResponse?, _ e: Error?) { lock.withLock { value = (d, r, e) } }
    func get() -> (Data?, HTTPURLResponse?, Error?) { lock.withLock { value } }
  }
}

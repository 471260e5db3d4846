import Foundation

/// A JSON-LD document read for its meaning, whatever its form: compacted with any prefixes
/// (`"schema:name"`), expanded (`"https://schema.org/name"`, every value in an array), flattened
/// (nodes referenced by `@id`) or embedded, `@type` a string or an array, single values bare or
/// in arrays, literals plain or as `{"@value": ...}` with a language or a datatype, `@graph`
/// anywhere, `@list` and `@set`. The result is a flat map from node id to its properties, keys
/// and types as absolute IRIs; nodes that share an `@id` are merged, as JSON-LD flattening does.
///
///     {"@context": {"s": "https://schema.org/"}, "@id": "x", "@type": ["s:Person"], "s:name": "A"}
///     // nodes["x"] == Node(types: ["https://schema.org/Person"],
///     //                    properties: ["https://schema.org/name": [.literal("A", ...)]])
///
/// What JSON-LD processors drop silently, this refuses: a key that no context maps to an IRI, and
/// a remote context (the graph must be read offline). Refusing keeps the file untouched.
struct JSONLDNodes {
  enum Value: Equatable {
    case reference(String)
    case literal(String, language: String?, datatype: String?)
    case number(Double)
    case boolean(Bool)

    var string: String? {
      switch self {
      case .literal(let s, _, _): return s
      case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
      case .boolean(let b): return String(b)
      case .reference: return nil
      }
    }

    var int: Int? {
      switch self {
      case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? Int(d) : nil
      case .literal(let s, _, _): return Int(s.trimmingCharacters(in: .whitespaces))
      default: return nil
      }
    }

    var bool: Bool? {
      switch self {
      case .boolean(let b): return b
      case .literal(let s, _, _): return s == "true" ? true : (s == "false" ? false : nil)
      default: return nil
      }
    }

    var reference: String? { if case .reference(let id) = self { return id } else { return nil } }
  }

  struct Node {
    var id: String
    var types: [String] = []
    var properties: [String: [Value]] = [:]
    /// Position of first appearance, so that the graph reads back in the order it was written.
    var order: Int
  }

  struct Failure: Error { var reason: String }

  private(set) var nodes: [String: Node] = [:]
  private var blank = 0
  private var seen = 0

  /// A term's definition in the active context.
  struct Term {
    var iri: String
    /// "@id" or "@vocab" when the term's plain string values are IRIs, else a datatype IRI.
    var type: String?
    var language: String??
  }

  struct Context {
    var terms: [String: Term] = [:]
    var vocab: String?
    var language: String?
  }

  init(json: JSON) throws {
    let roots: [JSON]
    if case .array(let a) = json { roots = a } else { roots = [json] }
    for root in roots {
      guard case .object(let object) = root else { throw Failure(reason: "a top-level item is not a JSON object") }
      _ = try node(object, Context(), topLevel: true)
    }
  }

  // MARK: Context

  static func process(_ value: JSON?, onto context: Context) throws -> Context {
    guard let value else { return context }
    if case .null = value { return Context() }
    if case .string = value { throw Failure(reason: "it names a remote @context, which graphbuild does not fetch; inline the context") }
    if case .array(let list) = value {
      var c = context
      for item in list { c = try process(item, onto: c) }
      return c
    }
    guard case .object(let dict) = value else { throw Failure(reason: "its @context is neither an object nor a list") }
    var c = context
    if let v = dict["@vocab"] { c.vocab = v.string }
    if let l = dict["@language"] { c.language = l.string }
    // Prefixes first, so that terms defined through them expand however the keys are ordered.
    var pending = dict.filter { !$0.key.hasPrefix("@") }
    for _ in 0..<4 where !pending.isEmpty {
      for (key, definition) in pending {
        var term = Term(iri: "")
        let idValue: String?
        switch definition {
        case .null:
          c.terms[key] = nil
          pending[key] = nil
          continue
        case .string(let s):
          idValue = s
        case .object(let d):
          if d["@reverse"] != nil { throw Failure(reason: "term \(key) uses @reverse, which graphbuild does not read") }
          idValue = d["@id"]?.string ?? key
          if let t = d["@type"]?.string { term.type = t == "@id" || t == "@vocab" ? t : expand(t, c, vocab: true) }
          if let l = d["@language"] { term.language = .some(l.string) }
        default:
          throw Failure(reason: "term \(key) has a definition of an unknown form")
        }
        // A compact IRI whose prefix is defined later in the same context waits for it.
        guard let raw = idValue else { continue }
        if let colon = raw.firstIndex(of: ":"), pending[String(raw[..<colon])] != nil, String(raw[..<colon]) != key { continue }
        guard let iri = expand(raw, c, vocab: true), iri.contains(":") || iri.hasPrefix("@") else { continue }
        term.iri = iri
        c.terms[key] = term
        pending[key] = nil
      }
    }
    if let key = pending.keys.sorted().first { throw Failure(reason: "term \(key) in @context maps to no IRI") }
    return c
  }

  /// An IRI from a term, a compact IRI, an absolute IRI or (for keys and types) the vocabulary.
  static func expand(_ s: String, _ c: Context, vocab: Bool) -> String? {
    if s.hasPrefix("@") { return s }
    if vocab, let t = c.terms[s] { return t.iri }
    if let colon = s.firstIndex(of: ":") {
      let prefix = String(s[..<colon])
      let suffix = s[s.index(after: colon)...]
      if prefix == "_" { return s }
      if let t = c.terms[prefix], !suffix.hasPrefix("//") { return t.iri + suffix }
      return s
    }
    if vocab, let v = c.vocab { return v + s }
    return nil
  }

  // MARK: Nodes

  /// Reads a node object (and what it embeds) into `nodes`; returns its id.
  private mutating func node(_ object: [String: JSON], _ outer: Context, topLevel: Bool = false) throws -> String? {
    let c = try Self.process(object["@context"], onto: outer)
    let keys = object.keys.filter { $0 != "@context" }
    // A wrapper: {"@context": ..., "@graph": [...]} or the same with @id naming the graph.
    if let graph = object["@graph"] {
      for item in graph.items {
        guard case .object(let o) = item else { throw Failure(reason: "an item of @graph is not an object") }
        _ = try node(o, c)
      }
      if keys.allSatisfy({ $0 == "@graph" || $0 == "@id" }) { return nil }
    }
    if topLevel && keys.isEmpty { return nil }
    let id: String
    if let raw = object["@id"] {
      guard let s = raw.string else { throw Failure(reason: "an @id is not a string") }
      // A relative IRI stays as written (graphbuild sets no @base). The file's blank node
      // labels and the ones made here for nodes without @id live apart (_:f..., _:g...).
      id = s.hasPrefix("_:") ? "_:f" + s.dropFirst(2) : Self.expand(s, c, vocab: false) ?? s
    } else {
      blank += 1
      id = "_:g\(blank)"
    }
    if nodes[id] == nil {
      seen += 1
      nodes[id] = Node(id: id, order: seen)
    }
    for key in keys.sorted() where key != "@id" && key != "@graph" {
      let value = object[key]!
      if key == "@type" {
        for t in value.items {
          guard let s = t.string, let iri = Self.expand(s, c, vocab: true) else { throw Failure(reason: "node \(id) has an @type that is not an IRI") }
          if !nodes[id]!.types.contains(iri) { nodes[id]!.types.append(iri) }
        }
        continue
      }
      if key.hasPrefix("@") {
        if key == "@index" { continue }
        throw Failure(reason: "node \(id) uses \(key), which graphbuild does not read")
      }
      guard let iri = Self.expand(key, c, vocab: true), iri.contains(":") else {
        throw Failure(reason: "node \(id) has the key \"\(key)\", which no @context maps to an IRI")
      }
      let values = try self.values(value, term: c.terms[key], c, in: id)
      nodes[id]!.properties[iri, default: []].append(contentsOf: values)
    }
    return id
  }

  private mutating func values(_ value: JSON, term: Term?, _ c: Context, in id: String) throws -> [Value] {
    switch value {
    case .null: return []
    case .array(let list):
      var out: [Value] = []
      for item in list { out += try values(item, term: term, c, in: id) }
      return out
    case .number(let d): return [.number(d)]
    case .bool(let b): return [.boolean(b)]
    case .string(let s):
      if term?.type == "@id" || term?.type == "@vocab" {
        if s.hasPrefix("_:") { return [.reference("_:f" + s.dropFirst(2))] }
        guard let iri = Self.expand(s, c, vocab: term?.type == "@vocab") else { return [.reference(s)] }
        return [.reference(iri)]
      }
      let language = term?.language ?? c.language
      return [.literal(s, language: term?.type == nil ? language?.lowercased() : nil, datatype: term?.type)]
    case .object(let o):
      return try objectValue(o, term: term, c, in: id)
    }
  }

  private mutating func objectValue(_ o: [String: JSON], term: Term?, _ c: Context, in id: String) throws -> [Value] {
    if let v = o["@value"] {
      let language = o["@language"]?.string
      let datatype = o["@type"]?.string.flatMap { Self.expand($0, c, vocab: true) }
      if case .string(let s) = v { return [.literal(s, language: language?.lowercased(), datatype: datatype)] }
      return try values(v, term: nil, c, in: id).map { inner in
        if case .literal(let s, _, _) = inner { return .literal(s, language: language, datatype: datatype) }
        return inner
      }
    }
    if let list = o["@list"] ?? o["@set"] { return try values(list, term: term, c, in: id) }
    guard let ref = try node(o, c) else { return [] }
    return [.reference(ref)]
  }
}

/// A JSON value with its kind kept exactly (Foundation's bridging reads 1 and true alike).
enum JSON: Decodable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSON])
  case object([String: JSON])

  init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() { self = .null }
    else if let b = try? c.decode(Bool.self) { self = .bool(b) }
    else if let d = try? c.decode(Double.self) { self = .number(d) }
    else if let s = try? c.decode(String.self) { self = .string(s) }
    else if let a = try? c.decode([JSON].self) { self = .array(a) }
    else { self = .object(try c.decode([String: JSON].self)) }
  }

  var string: String? { if case .string(let s) = self { return s } else { return nil } }
  /// A single value as a list of one; a list as it is.
  var items: [JSON] { if case .array(let a) = self { return a } else { return [self] } }
}

import Foundation

/// The graph as the flat tables every export writes from: entities with their attributes and
/// relations with their first piece of evidence and counts, in a stable order. Partial dates
/// become full ones with a precision, since graph tools take only whole dates.
///
///     ExportTable(graph).edges.first   // leaderOf Туск -> Польща, date 2025-11-01 (month)
public struct ExportTable: Sendable {
  public struct Node: Sendable {
    public var id: String
    public var key: String
    public var name: String
    public var type: String
    public var latin: String
    public var english: String
    public var aliases: [String]
    public var mentions: Int
  }

  public struct Edge: Sendable {
    public var id: String
    public var source: String
    public var target: String
    public var relation: String
    public var stance: String
    public var hedged: Bool
    public var evidence: [KnowledgeGraph.Evidence]
    /// The earliest full date the evidence gives, and how much of it the text gave.
    public var date: String?
    public var datePrecision: String
  }

  public let nodes: [Node]
  public let edges: [Edge]
  public let graph: KnowledgeGraph

  public init(_ graph: KnowledgeGraph) {
    self.graph = graph
    let entities = graph.entities.values.sorted { $0.id < $1.id }
    var keys: [String: String] = [:]
    for (i, e) in entities.enumerated() { keys[e.id] = "n\(i)" }
    nodes = entities.map { e in
      Node(id: e.id, key: keys[e.id]!, name: e.name, type: e.type, latin: e.latinName, english: e.englishName ?? "",
           aliases: e.aliases.filter { $0 != e.name }.sorted(), mentions: e.mentions.count)
    }
    edges = graph.relations.values.sorted { $0.id < $1.id }.compactMap { r in
      guard let s = keys[r.subject], let o = keys[r.object] else { return nil }
      let full = Self.earliest(r.dates)
      return Edge(id: r.id, source: s, target: o, relation: r.predicate, stance: r.stance ?? "", hedged: r.hedged,
                  evidence: r.evidence, date: full?.0, datePrecision: full?.1 ?? "none")
    }
  }

  /// "2025-11-22" (day), "2025-11" -> 2025-11-01 (month), "2025" -> 2025-01-01 (year); a date
  /// without a year ("--11-22") has no place on a timeline.
  public static func fullDate(_ s: String) -> (String, String)? {
    if s.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil { return DateResolver.isValidISODate(s) ? (s, "day") : nil }
    if s.wholeMatch(of: /\d{4}-\d{2}/) != nil { return DateResolver.isValidISODate(s + "-01") ? (s + "-01", "month") : nil }
    if s.wholeMatch(of: /\d{4}/) != nil { return (s + "-01-01", "year") }
    return nil
  }

  /// The earliest of some dates that has a place on a timeline, with its precision.
  public static func earliest(_ dates: [String]) -> (String, String)? {
    dates.compactMap(fullDate).min { $0.0 < $1.0 }
  }

  public func documentPath(_ id: String) -> String { GraphQueries(graph: graph).documentPath(id) }

  /// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. For a
  /// `spreadsheet`, a leading =, +, - or @ is prefixed with ' so it does not run as a formula;
  /// files only a database reads (Neo4j's import) keep values as they are.
  static func csvField(_ s: String, spreadsheet: Bool) -> String {
    var v = Sanitize.text(s)
    if spreadsheet, let first = v.first, "=+-@".contains(first) { v = "'" + v }
    guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
    return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Text for XML: no character XML 1.0 refuses, and its five specials escaped.
  static func xml(_ s: String) -> String {
    Sanitize.escaped(s, ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;"])
  }
}

import Foundation

/// GraphML for yEd, NetworkX and Cytoscape: one node an entity, one edge a relation, with the
/// same attribute names as the GEXF export.
///
///     <edge id="e0" source="n3" target="n7"><data key="relation">leaderOf</data>...</edge>
public enum GraphMLExporter {
  static let nodeKeys: [(String, String)] = [
    ("label", "string"), ("type", "string"), ("latin", "string"), ("english", "string"), ("aliases", "string"), ("mentions", "int"), ("iri", "string"),
  ]
  static let edgeKeys: [(String, String)] = [
    ("relation", "string"), ("stance", "string"), ("hedged", "boolean"), ("evidence", "int"), ("sentence", "string"),
    ("document", "string"), ("start", "int"), ("end", "int"), ("date", "string"), ("date_precision", "string"), ("iri", "string"),
  ]

  public static func export(_ table: ExportTable) -> Data {
    var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
    out += #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"# + "\n"
    for (k, t) in nodeKeys { out += "  <key id=\"node_\(k)\" for=\"node\" attr.name=\"\(k)\" attr.type=\"\(t)\"/>\n" }
    for (k, t) in edgeKeys { out += "  <key id=\"edge_\(k)\" for=\"edge\" attr.name=\"\(k)\" attr.type=\"\(t)\"/>\n" }
    out += "  <graph id=\"graphbuild\" edgedefault=\"directed\">\n"
    for n in table.nodes {
      out += "    <node id=\"\(n.key)\">"
      for (k, v) in [("label", n.name), ("type", n.type), ("latin", n.latin), ("english", n.english), ("aliases", n.aliases.joined(separator: "; ")), ("mentions", String(n.mentions)), ("iri", n.id)] where !v.isEmpty {
        out += "<data key=\"node_\(k)\">\(ExportTable.xml(v))</data>"
      }
      out += "</node>\n"
    }
    for (i, e) in table.edges.enumerated() {
      out += "    <edge id=\"e\(i)\" source=\"\(e.source)\" target=\"\(e.target)\">"
      for (k, v) in edgeValues(e, table) where !v.isEmpty { out += "<data key=\"edge_\(k)\">\(ExportTable.xml(v))</data>" }
      out += "</edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return Data(out.utf8)
  }

  /// The edge attributes shared with GEXF, as strings.
  static func edgeValues(_ e: ExportTable.Edge, _ table: ExportTable) -> [(String, String)] {
    let first = e.evidence.first
    return [
      ("relation", e.relation), ("stance", e.stance), ("hedged", e.hedged ? "true" : "false"), ("evidence", String(e.evidence.count)),
      ("sentence", first?.sentence ?? ""), ("document", first.map { table.documentPath($0.document) } ?? ""),
      ("start", first.map { String($0.scalarStart) } ?? ""), ("end", first.map { String($0.scalarEnd) } ?? ""),
      ("date", e.date ?? ""), ("date_precision", e.datePrecision), ("iri", e.id),
    ]
  }
}

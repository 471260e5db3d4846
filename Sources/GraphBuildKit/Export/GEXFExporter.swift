import Foundation

/// GEXF 1.3 for Gephi, in dynamic mode: a dated relation starts on its date (a partial date at
/// its first day, with `date_precision` saying how much the text gave), so Gephi's timeline
/// shows the graph grow; undated ones are always there. Dates only, never dateTime.
///
///     <edge id="e0" source="n3" target="n7" label="leaderOf" start="2025-11-01">
public enum GEXFExporter {
  public static func export(_ table: ExportTable) -> Data {
    var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
    out += #"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"# + "\n"
    out += "  <meta><creator>graphbuild</creator><description>Entities and relations from Ukrainian news, with evidence</description></meta>\n"
    out += "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n"
    out += "    <attributes class=\"node\" mode=\"static\">\n"
    for (i, (k, t)) in GraphMLExporter.nodeKeys.enumerated() where k != "label" {
      out += "      <attribute id=\"\(i)\" title=\"\(k)\" type=\"\(t == "int" ? "integer" : t)\"/>\n"
    }
    out += "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n"
    for (i, (k, t)) in GraphMLExporter.edgeKeys.enumerated() {
      out += "      <attribute id=\"\(i)\" title=\"\(k)\" type=\"\(t == "int" ? "integer" : t)\"/>\n"
    }
    out += "    </attributes>\n    <nodes>\n"
    for n in table.nodes {
      out += "      <node id=\"\(n.key)\" label=\"\(ExportTable.xml(n.name))\"><attvalues>"
      let values = [n.name, n.type, n.latin, n.english, n.aliases.joined(separator: "; "), String(n.mentions), n.id]
      for (i, v) in values.enumerated() where i > 0 && !v.isEmpty {
        out += "<attvalue for=\"\(i)\" value=\"\(ExportTable.xml(v))\"/>"
      }
      out += "</attvalues></node>\n"
    }
    out += "    </nodes>\n    <edges>\n"
    for (i, e) in table.edges.enumerated() {
      let start = e.date.map { " start=\"\($0)\"" } ?? ""
      out += "      <edge id=\"e\(i)\" source=\"\(e.source)\" target=\"\(e.target)\" label=\"\(e.relation)\" kind=\"\(e.relation)\"\(start)><attvalues>"
      for (j, (_, v)) in GraphMLExporter.edgeValues(e, table).enumerated() where !v.isEmpty {
        out += "<attvalue for=\"\(j)\" value=\"\(ExportTable.xml(v))\"/>"
      }
      out += "</attvalues></edge>\n"
    }
    out += "    </edges>\n  </graph>\n</gexf>\n"
    return Data(out.utf8)
  }
}

import Foundation

/// An edge table for spreadsheets and Maltego's "Import Graph – 3rd Party Table": one row a
/// piece of evidence, each end with Maltego's entity type, so every quote comes along.
///
///     source_type,source_name,relation,target_type,target_name,date,document,quote
///     maltego.Person,Дональд Туск,leaderOf,maltego.Location,Польща,,02_diplomacy.txt,Прем'єр-міністр ...
public enum MaltegoCSVExporter {
  public static let header = ["source_type", "source_name", "relation", "target_type", "target_name", "date", "document", "quote"]

  /// Maltego's entity type for a schema.org class.
  public static func maltegoType(_ type: String) -> String {
    switch type {
    case "Person": return "maltego.Person"
    case "Corporation", "Airline": return "maltego.Company"
    case "Country", "City", "Place": return "maltego.Location"
    default: return "maltego.Organization"
    }
  }

  public static func export(_ graph: KnowledgeGraph) -> Data {
    var rows = [header]
    for r in graph.relations.values.sorted(by: { $0.id < $1.id }) {
      guard let s = graph.entities[r.subject], let o = graph.entities[r.object] else { continue }
      let base = [maltegoType(s.type), s.name, r.predicate, maltegoType(o.type), o.name]
      if r.evidence.isEmpty { rows.append(base + ["", "", ""]) }
      for ev in r.evidence {
        rows.append(base + [ev.dates.first ?? "", graph.documents[ev.document]?.path ?? ev.document, ev.sentence])
      }
    }
    return Data(rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n").appending("\r\n").utf8)
  }

  /// A field for a spreadsheet: never a formula (`ExportTable.csvField`).
  static func field(_ s: String) -> String { ExportTable.csvField(s, spreadsheet: true) }
}

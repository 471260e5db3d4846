import Foundation

/// Neo4j's bulk-import CSVs and a Cypher script for small graphs: `entities.csv` and
/// `documents.csv` (nodes), `relations.csv` (one relationship a piece of evidence, its type the
/// relation in upper case), `mentions.csv` (MENTIONED_IN, entity to document), `import.cypher`
/// (MERGE statements that build the same graph in a running database).
///
///     neo4j-admin database import full --nodes=entities.csv --nodes=documents.csv \
///       --relationships=relations.csv --relationships=mentions.csv --array-delimiter=";" neo4j
public enum Neo4jExporter {
  public static func upperType(_ relation: String) -> String {
    var out = ""
    for c in relation {
      if c.isUppercase, !out.isEmpty { out += "_" }
      out += c.uppercased()
    }
    return out
  }

  /// The schema.org class as labels: every entity is an Entity, and also its class.
  static func labels(_ type: String) -> String { "Entity;" + type }

  public static func export(_ graph: KnowledgeGraph) -> [String: Data] {
    func csv(_ rows: [[String]]) -> Data {
      Data(rows.map { $0.map { ExportTable.csvField($0, spreadsheet: false) }.joined(separator: ",") }.joined(separator: "\n").appending("\n").utf8)
    }
    let entities = graph.entities.values.sorted { $0.id < $1.id }
    let countries = Dictionary(uniqueKeysWithValues: entities.compactMap { e in FtMExporter.code(e).map { (e.id, $0) } })
    var entityRows = [["id:ID(Entity)", ":LABEL", "name", "latin", "aliases:string[]", "type", "country"]]
    for e in entities {
      entityRows.append([e.id, labels(e.type), e.name, e.latinName, e.aliases.sorted().joined(separator: ";"), e.type, countries[e.id] ?? ""])
    }
    var documentRows = [["id:ID(Document)", ":LABEL", "path", "published"]]
    for d in graph.documents.values.sorted(by: { $0.id < $1.id }) { documentRows.append([d.id, "Document", d.path, d.date ?? ""]) }
    var relationRows = [[
      ":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "relation", "document", "sentence", "start:int", "end:int", "quote", "date",
      "date_precision", "stance", "hedged:boolean",
    ]]
    var cypher = ["// graphbuild: the same graph as the CSVs, for a running database (cypher-shell < import.cypher)."]
    func literal(_ s: String) -> String { "'" + Sanitize.escaped(s, ["\\": "\\\\", "'": "\\'", "\n": "\\n"]) + "'" }
    for e in entities {
      cypher.append("MERGE (n:Entity:\(e.type) {id: \(literal(e.id))}) SET n.name = \(literal(e.name)), n.latin = \(literal(e.latinName)), n.type = \(literal(e.type));")
    }
    for d in graph.documents.values.sorted(by: { $0.id < $1.id }) {
      cypher.append("MERGE (d:Document {id: \(literal(d.id))}) SET d.path = \(literal(d.path));")
    }
    for r in graph.relations.values.sorted(by: { $0.id < $1.id }) where graph.entities[r.subject] != nil && graph.entities[r.object] != nil {
      let type = upperType(r.predicate)
      for ev in r.evidence {
        let full = ExportTable.earliest(ev.dates)
        let path = graph.documents[ev.document]?.path ?? ev.document
        relationRows.append([
          r.subject, r.object, type, r.predicate, path, ev.sentence, String(ev.scalarStart), String(ev.scalarEnd), ev.trigger,
          full?.0 ?? "", full?.1 ?? "none", r.stance ?? "", r.hedged ? "true" : "false",
        ])
        cypher.append(
          "MATCH (a:Entity {id: \(literal(r.subject))}), (b:Entity {id: \(literal(r.object))}) CREATE (a)-[:\(type) {relation: \(literal(r.predicate)), document: \(literal(path)), sentence: \(literal(ev.sentence)), start: \(ev.scalarStart), end: \(ev.scalarEnd)}]->(b);")
      }
    }
    var mentionRows = [[":START_ID(Entity)", ":END_ID(Document)", ":TYPE", "text", "start:int", "end:int"]]
    for e in entities {
      for m in e.mentions where graph.documents[m.document] != nil {
        mentionRows.append([e.id, m.document, "MENTIONED_IN", m.text, String(m.scalarStart), String(m.scalarEnd)])
      }
    }
    return [
      "entities.csv": csv(entityRows), "documents.csv": csv(documentRows), "relations.csv": csv(relationRows),
      "mentions.csv": csv(mentionRows), "import.cypher": Data((cypher.joined(separator: "\n") + "\n").utf8),
    ]
  }
}

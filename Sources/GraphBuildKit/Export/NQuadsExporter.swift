import Foundation

/// N-Quads with one named graph per source document: a relation's triple, and its evidence
/// (sentence, offsets, trigger, dates), sit in the graph of the document that states them, so
/// every triple keeps its provenance. Names, classes and relation records are in the default
/// graph.
///
///     <…/person/donald-tusk> <https://graphbuild.dev/ns#leaderOf> <…/place/poland> <…/document/dd44…> .
public enum NQuadsExporter {
  static let rdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
  static let schema = "https://schema.org/"
  static let gb = KnowledgeGraph.vocabulary
  static let integer = "http://www.w3.org/2001/XMLSchema#integer"

  public static func export(_ graph: KnowledgeGraph) -> Data {
    var out = ""
    func quad(_ s: String, _ p: String, _ o: String, _ g: String? = nil) {
      out += s + " " + iri(p) + " " + o + (g.map { " " + iri($0) } ?? "") + " .\n"
    }
    for d in graph.documents.values.sorted(by: { $0.id < $1.id }) {
      quad(iri(d.id), rdfType, iri(schema + "NewsArticle"))
      quad(iri(d.id), gb + "path", literal(d.path))
      if let date = d.date { quad(iri(d.id), schema + "datePublished", literal(date)) }
    }
    for e in graph.entities.values.sorted(by: { $0.id < $1.id }) {
      let s = iri(e.id)
      quad(s, rdfType, iri(schema + e.type))
      quad(s, schema + "name", literal(e.name, language: "uk"))
      if !e.latinName.isEmpty { quad(s, schema + "name", literal(e.latinName, language: "uk-Latn")) }
      if let en = e.englishName, en != e.latinName { quad(s, schema + "name", literal(en, language: "en")) }
      for a in Set(e.aliases).subtracting([e.name]).sorted() { quad(s, schema + "alternateName", literal(a, language: "uk")) }
    }
    var blank = 0
    for r in graph.relations.values.sorted(by: { $0.id < $1.id }) {
      let rec = iri(r.id)
      quad(rec, rdfType, iri(gb + "RelationRecord"))
      quad(rec, gb + "subject", iri(r.subject))
      quad(rec, gb + "predicate", iri(gb + r.predicate))
      quad(rec, gb + "object", iri(r.object))
      if let stance = r.stance { quad(rec, gb + "stance", literal(stance)) }
      if r.hedged { quad(rec, gb + "hedged", "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>") }
      if r.evidence.isEmpty { quad(iri(r.subject), gb + r.predicate, iri(r.object)) }
      var stated: Set<String> = []
      for ev in r.evidence {
        if stated.insert(ev.document).inserted { quad(iri(r.subject), gb + r.predicate, iri(r.object), ev.document) }
        blank += 1
        let b = "_:e\(blank)"
        quad(rec, gb + "evidence", b, ev.document)
        quad(b, gb + "sentence", literal(ev.sentence), ev.document)
        quad(b, gb + "startOffset", "\"\(ev.scalarStart)\"^^<\(integer)>", ev.document)
        quad(b, gb + "endOffset", "\"\(ev.scalarEnd)\"^^<\(integer)>", ev.document)
        quad(b, gb + "trigger", literal(ev.trigger), ev.document)
        for d in ev.dates { quad(b, gb + "date", literal(d), ev.document) }
        if let note = ev.note { quad(b, gb + "note", literal(note), ev.document) }
      }
    }
    return Data(out.utf8)
  }

  /// An IRI as N-Quads writes it; characters an IRI may not hold are percent-encoded.
  static func iri(_ s: String) -> String {
    var out = "<"
    for c in s.unicodeScalars {
      if c.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(c) {
        out += String(format: "%%%02X", c.value)
      } else {
        out.unicodeScalars.append(c)
      }
    }
    return out + ">"
  }

  static func literal(_ s: String, language: String? = nil) -> String {
    "\"" + Sanitize.escaped(s, ["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r"]) + "\"" + (language.map { "@" + $0 } ?? "")
  }
}

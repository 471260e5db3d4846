import Foundation

/// Turtle, for reading: the same statements as the N-Quads export in one graph, with prefixes,
/// each subject's statements together, and each piece of evidence a blank node inside its
/// relation record (its document named by `gb:document`, since Turtle has no named graphs).
///
///     <…/person/donald-tusk> a schema:Person ;
///         schema:name "Дональд Туск"@uk, "Donald Tusk"@uk-Latn ;
///         gb:leaderOf <…/place/poland> .
public enum TurtleExporter {
  public static func export(_ graph: KnowledgeGraph) -> Data {
    let iri = NQuadsExporter.iri
    let lit = NQuadsExporter.literal
    var out = """
      @prefix schema: <https://schema.org/> .
      @prefix gb: <\(KnowledgeGraph.vocabulary)> .
      @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .


      """
    func subject(_ s: String, _ statements: [(String, [String])]) {
      let body = statements.filter { !$0.1.isEmpty }.map { "    \($0.0) " + $0.1.joined(separator: ", ") }.joined(separator: " ;\n")
      out += iri(s) + "\n" + body + " .\n\n"
    }
    var outgoing: [String: [String: [String]]] = [:]
    for r in graph.relations.values { outgoing[r.subject, default: [:]]["gb:" + r.predicate, default: []].append(iri(r.object)) }
    for d in graph.documents.values.sorted(by: { $0.id < $1.id }) {
      subject(d.id, [("a", ["schema:NewsArticle"]), ("gb:path", [lit(d.path, nil)]), ("schema:datePublished", d.date.map { [lit($0, nil)] } ?? [])])
    }
    for e in graph.entities.values.sorted(by: { $0.id < $1.id }) {
      var names = [lit(e.name, "uk")]
      if !e.latinName.isEmpty { names.append(lit(e.latinName, "uk-Latn")) }
      if let en = e.englishName, en != e.latinName { names.append(lit(en, "en")) }
      let aliases = Set(e.aliases).subtracting([e.name]).sorted().map { lit($0, NameLookup.isCyrillic($0) ? "uk" : "en") }
      var statements: [(String, [String])] = [("a", ["schema:" + e.type]), ("schema:name", names), ("schema:alternateName", aliases)]
      for (p, objects) in (outgoing[e.id] ?? [:]).sorted(by: { $0.key < $1.key }) { statements.append((p, Array(Set(objects)).sorted())) }
      subject(e.id, statements)
    }
    for r in graph.relations.values.sorted(by: { $0.id < $1.id }) {
      let evidence = r.evidence.map { ev -> String in
        var parts = [
          "gb:document \(iri(ev.document))", "gb:sentence \(lit(ev.sentence, nil))", "gb:startOffset \(ev.scalarStart)",
          "gb:endOffset \(ev.scalarEnd)", "gb:trigger \(lit(ev.trigger, nil))",
        ]
        parts += ev.dates.map { "gb:date \(lit($0, nil))" }
        if let note = ev.note { parts.append("gb:note \(lit(note, nil))") }
        return "[ " + parts.joined(separator: " ; ") + " ]"
      }
      subject(r.id, [
        ("a", ["gb:RelationRecord"]), ("gb:subject", [iri(r.subject)]), ("gb:predicate", ["gb:" + r.predicate]), ("gb:object", [iri(r.object)]),
        ("gb:stance", r.stance.map { [lit($0, nil)] } ?? []), ("gb:hedged", r.hedged ? ["true"] : []), ("gb:evidence", evidence),
      ])
    }
    return Data(out.utf8)
  }
}

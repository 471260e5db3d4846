import Foundation

/// FollowTheMoney entities, one JSON object a line, for Aleph, OpenAleph and yente:
/// `{"id", "schema", "properties": {name: [values]}}`. IDs are `gb-` and a hash of graphbuild's
/// IRI, so they stay the same across exports; countries are ISO 3166-1 alpha-2 in lower case.
///
///     {"id":"gb-3f2a…","schema":"Directorship","properties":{"director":["gb-…"],"organization":["gb-…"],"role":["leaderOf"]}}
///
/// People are Person; bodies of a state PublicBody; companies Company; other organisations
/// Organization; a country the PublicBody of its government, with `country` set; cities and
/// places Address. leaderOf is a Directorship of an organisation, or an Occupancy of a Position
/// for a state's head; memberOf a Membership; representativeOf a Representation; sanctions a
/// Sanction (lifted ones with status `lifted` and their end date, as OpenSanctions writes them)
/// and an UnknownLink from the imposer; every other relation an UnknownLink with its name as the
/// role. Each piece of evidence is a Documentation of the article (the sentence as its summary,
/// `file#char=start,end` as its record id); each mention a Mention resolved to its entity; each
/// event (a release, a pardon, an appointment) an Event with its date, who took part, and its
/// count in the summary.
/// Works, laws and other MISC names have no FtM schema and are left out.
public enum FtMExporter {
  static let schemaOf: [String: String] = [
    "Person": "Person", "GovernmentOrganization": "PublicBody", "Corporation": "Company", "Airline": "Company",
    "Organization": "Organization", "NewsMediaOrganization": "Organization", "Country": "PublicBody",
    "City": "Address", "Place": "Address", "Event": "Event",
  ]

  public static func id(_ iri: String) -> String {
    "gb-" + String(FNV1a.hash("ftm|" + iri), radix: 16) + String(FNV1a.hash(iri + "|ftm"), radix: 16)
  }

  /// ISO 3166-1 alpha-2, lower case, for a country's English or Ukrainian name, through CLDR.
  static let countryCodes: [String: String] = {
    var codes: [String: String] = [:]
    for region in Locale.Region.isoRegions where region.identifier.count == 2 {
      for lang in ["en", "uk"] {
        if let name = Locale(identifier: lang).localizedString(forRegionCode: region.identifier) {
          codes[name.lowercased()] = region.identifier.lowercased()
        }
      }
    }
    return codes
  }()

  static func code(_ e: KnowledgeGraph.Entity) -> String? {
    guard e.type == "Country" else { return nil }
    return ([e.englishName, e.name] + e.aliases.map { Optional($0) }).compactMap { $0.flatMap { countryCodes[$0.lowercased()] } }.first
  }

  public static func export(_ graph: KnowledgeGraph) throws -> Data {
    var lines: [String] = []
    func emit(_ schema: String, _ id: String, _ props: [String: [String]]) throws {
      let clean = props.compactMapValues { v -> [String]? in
        let kept = v.map(Sanitize.text).filter { !$0.isEmpty }
        return kept.isEmpty ? nil : kept
      }
      lines.append(try JSONWriter.string(["id": id, "schema": schema, "properties": clean] as [String: Any]))
    }
    // The country each entity belongs to by a relation that says so (not the state that
    // sanctions it or talks with it), for its `country` property.
    let belonging: Set<String> = ["partOf", "locatedIn", "citizenOf", "leaderOf", "representativeOf", "memberOf"]
    var countryOf: [String: Set<String>] = [:]
    for r in graph.relations.values where belonging.contains(r.predicate) {
      for (a, b) in [(r.subject, r.object), (r.object, r.subject)] {
        if let e = graph.entities[b], let c = code(e), graph.entities[a]?.type != "Country" { countryOf[a, default: []].insert(c) }
      }
    }
    // The graph's events (releases, pardons, appointments): the date, who took part, and the
    // count in the summary.
    let legal: Set<String> = ["Person", "PublicBody", "Company", "Organization"]
    func legalID(_ entity: String) -> String? {
      graph.entities[entity].flatMap { schemaOf[$0.type] }.flatMap { legal.contains($0) ? id(entity) : nil }
    }
    for ev in graph.events.values.sorted(by: { $0.id < $1.id }) {
      let count = ev.count.map { " (\($0))" } ?? ""
      let date = ev.date.flatMap { ExportTable.fullDate($0)?.0 } ?? ev.date
      try emit("Event", id(ev.id), [
        "name": [ev.kind + count], "summary": ["\(ev.kind)\(count): \(ev.evidence.sentence)"], "date": date.map { [$0] } ?? [],
        "involved": ev.participants.compactMap(legalID), "organizer": ev.agent.flatMap(legalID).map { [$0] } ?? [],
        "sourceUrl": [ev.id],
      ])
    }
    // Topic `sanction` while an imposed sanction remains on the entity (a lifted one alone drops it).
    let sanctioned = Set(graph.relations.values.filter { $0.predicate == "imposedSanctionsOn" && $0.stance != "lifted" }.map(\.object))
    var exported: Set<String> = []
    for e in graph.entities.values.sorted(by: { $0.id < $1.id }) {
      guard let schema = schemaOf[e.type] else { continue }
      exported.insert(e.id)
      var props: [String: [String]] = [:]
      let names = [e.name] + [e.latinName, e.englishName ?? ""].filter { !$0.isEmpty && $0 != e.name }
      if schema == "Address" {
        props["full"] = [e.name]
      } else {
        props["name"] = [e.name]
        props["alias"] = Array(Set(names.dropFirst() + e.aliases).subtracting([e.name])).sorted()
      }
      if let c = code(e) { props["country"] = [c] } else if let cs = countryOf[e.id] { props["country"] = cs.sorted() }
      props["sourceUrl"] = [e.id]
      if sanctioned.contains(e.id) && schema != "Address" && schema != "Event" { props["topics"] = ["sanction"] }
      try emit(schema, id(e.id), props)
    }
    for d in graph.documents.values.sorted(by: { $0.id < $1.id }) {
      var props: [String: [String]] = [
        "title": [URL(fileURLWithPath: d.path).lastPathComponent], "fileName": [d.path], "language": ["ukr"], "sourceUrl": [d.id],
      ]
      if let date = d.date { props["publishedAt"] = [date] }
      try emit("Article", id(d.id), props)
    }
    for r in graph.relations.values.sorted(by: { $0.id < $1.id }) {
      guard exported.contains(r.subject), exported.contains(r.object), let s = graph.entities[r.subject], let o = graph.entities[r.object] else { continue }
      let rid = id(r.id)
      let first = ExportTable.earliest(r.evidence.compactMap(\.dates.first))?.0
      var linkID = rid
      switch r.predicate {
      case "leaderOf" where s.type == "Person" && o.type == "Country":
        let post = id(r.object + "|leader")
        try emit("Position", post, ["name": ["Leader of \(o.englishName ?? o.name)"], "country": code(o).map { [$0] } ?? []])
        try emit("Occupancy", rid, ["holder": [id(s.id)], "post": [post], "startDate": first.map { [$0] } ?? []])
      case "leaderOf" where s.type == "Person":
        try emit("Directorship", rid, ["director": [id(s.id)], "organization": [id(o.id)], "role": ["leaderOf"], "startDate": first.map { [$0] } ?? []])
      case "memberOf" where schemaOf[o.type] != "Address" && schemaOf[o.type] != "Event" && schemaOf[s.type] != "Address":
        try emit("Membership", rid, ["member": [id(s.id)], "organization": [id(o.id)], "role": ["memberOf"]])
      case "representativeOf" where schemaOf[o.type] != "Address" && schemaOf[o.type] != "Event":
        try emit("Representation", rid, ["agent": [id(s.id)], "client": [id(o.id)], "role": ["representativeOf"]])
      case "imposedSanctionsOn", "liftedSanctionsOn":
        let lifted = r.predicate == "liftedSanctionsOn" || r.stance == "lifted"
        var props: [String: [String]] = [
          "entity": [id(o.id)], "authority": [s.name], "country": code(s).map { [$0] } ?? [],
          "program": [r.stance ?? (lifted ? "lifted" : "imposed")], "summary": [r.evidence.first?.sentence ?? ""],
        ]
        if lifted {
          props["status"] = ["lifted"]
          props["endDate"] = first.map { [$0] } ?? []
        } else {
          props["startDate"] = first.map { [$0] } ?? []
        }
        try emit("Sanction", rid, props)
        linkID = id(r.id + "|link")
        try emit("UnknownLink", linkID, ["subject": [id(s.id)], "object": [id(o.id)], "role": [r.predicate]])
      default:
        try emit("UnknownLink", rid, ["subject": [id(s.id)], "object": [id(o.id)], "role": [r.predicate], "startDate": first.map { [$0] } ?? []])
      }
      for (k, ev) in r.evidence.enumerated() {
        let path = graph.documents[ev.document]?.path ?? ev.document
        try emit("Documentation", id(r.id + "|evidence|\(k)"), [
          "document": [id(ev.document)], "entity": [linkID], "summary": [ev.sentence], "role": [r.predicate],
          "recordId": ["\(path)#char=\(ev.scalarStart),\(ev.scalarEnd)"],
        ])
      }
    }
    for e in graph.entities.values.sorted(by: { $0.id < $1.id }) where exported.contains(e.id) {
      for (k, m) in e.mentions.enumerated() {
        try emit("Mention", id(e.id + "|mention|\(k)"), [
          "document": [id(m.document)], "resolved": [id(e.id)], "name": [m.text], "detectedSchema": [schemaOf[e.type]!],
        ])
      }
    }
    return Data((lines.joined(separator: "\n") + "\n").utf8)
  }
}

import ArgumentParser
import Foundation
import GraphBuildKit

struct Query: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Ask the graph: neighbours, paths, one entity in full.",
    subcommands: [Neighbors.self, Path.self, Show.self])
}

struct QueryOptions: ParsableArguments {
  @OptionGroup var graph: GraphOptions

  @Option(help: "Ask a SPARQL endpoint that holds the graph (its JSON-LD loaded into the default graph), e.g. http://127.0.0.1:7878/query, instead of the file.")
  var endpoint: String?

  func validate() throws {
    if let endpoint, URL(string: endpoint)?.scheme.map({ ["http", "https"].contains($0.lowercased()) }) != true {
      throw ValidationError("--endpoint must be an http or https URL, got \(endpoint)")
    }
  }
}

/// The graph's index, or the graph itself when the index is missing or stale (it is then
/// written again, and said so if it cannot be); or the SPARQL endpoint given.
func openForQuery(_ options: QueryOptions) throws -> QuerySource {
  if let endpoint = options.endpoint.flatMap(URL.init(string:)) {
    return try QuerySource.open(endpoint: SPARQLEndpoint(url: endpoint))
  }
  let (source, opening) = try QuerySource.open(options.graph.graphPath)
  if case .unindexed(let reason) = opening {
    Terminal.note("the graph's index could not be written (\(Sanitize.terminal(reason))); each query reads the whole graph")
  }
  return source
}

/// The entity a name finds; a guess (no name, alias or form of one matched) is said on stderr.
func lookUp(_ name: String, by match: (String) throws -> NameLookup.Match) throws -> String {
  let m = try match(name)
  if m.isGuess { Terminal.note("no exact match for \(Sanitize.terminal(String(name.prefix(80)))); closest: \(Sanitize.terminal(m.name))") }
  return m.id
}

/// Text for a terminal: the graph's names and sentences may hold anything a file held.
func shown(_ s: String) -> String { Sanitize.terminal(s) }
func shown(_ s: Substring) -> String { Sanitize.terminal(String(s)) }

func jsonLine(_ object: Any) throws -> String {
  try JSONWriter.string(object)
}

func evidenceJSON(_ e: KnowledgeGraph.Evidence, _ q: GraphQueries) -> [String: Any] {
  var o: [String: Any] = [
    "document": q.documentPath(e.document), "sentence": e.sentence, "start": e.scalarStart, "end": e.scalarEnd,
    "trigger": e.trigger,
  ]
  if !e.dates.isEmpty { o["dates"] = e.dates }
  if let n = e.note { o["note"] = n }
  return o
}

extension Query {
  struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Entities related to NAME (any script or form).")

    @Argument(help: "A name in any script or form: Zelensky, Зеленський, Зеленського, zelenskyi ...")
    var name: String

    @Option(parsing: .unconditional, help: "How many relation steps to follow (1 or more).")
    var hops: Int = 1

    @Option(help: "Only this relation type (leaderOf, negotiatesWith, ...).")
    var relation: String?

    @Flag(help: "JSON on stdout.")
    var json = false

    @OptionGroup var source: QueryOptions

    func validate() throws {
      guard hops >= 1 else { throw ValidationError("--hops must be 1 or more") }
    }

    func run() throws {
      try reporting {
        let source = try openForQuery(source)
        let id = try lookUp(name, by: source.match)
        if let relation {
          let known = try source.predicates()
          guard known.contains(relation) else { throw GraphBuildError.unknownRelation(relation, known: known) }
        }
        let graph = try source.graph(around: id, hops: hops, relation: relation)
        let q = GraphQueries(graph: graph)
        let edges = q.neighbors(of: id, hops: hops, relation: relation)
        if json {
          let rows: [[String: Any]] = edges.map { e in
            let other = graph.entities[e.other]
            var row: [String: Any] = [
              "relation": e.relation, "direction": e.outgoing ? "out" : "in", "from": e.from, "entity": e.other,
              "name": other?.name ?? e.other, "latin": other?.latinName ?? "", "type": other?.type ?? "", "hops": e.hops,
              "evidence": e.record.evidence.map { evidenceJSON($0, q) },
            ]
            if let s = e.record.stance { row["stance"] = s }
            if e.record.hedged { row["hedged"] = true }
            if !e.record.dates.isEmpty { row["dates"] = e.record.dates }
            return row
          }
          Terminal.out(try jsonLine(["entity": id, "name": q.name(id), "neighbors": rows]))
          return
        }
        Terminal.out("\(shown(q.name(id))) (\(shown(graph.entities[id]?.latinName ?? "")), \(graph.entities[id]?.type ?? ""))")
        if edges.isEmpty { Terminal.out("  no relations") }
        for e in edges {
          let other = graph.entities[e.other]
          let arrow = e.outgoing ? "-[\(e.relation)]->" : "<-[\(e.relation)]-"
          let prefix = e.hops > 1 ? "  (via \(shown(q.name(e.from)))) " : "  "
          var extra = ""
          if let s = e.record.stance { extra += " \(s)" }
          if !e.record.dates.isEmpty { extra += " " + e.record.dates.joined(separator: ",") }
          if e.record.hedged { extra += " (hedged)" }
          Terminal.out("\(prefix)\(arrow) \(shown(other?.name ?? e.other)) [\(other?.type ?? "")]\(shown(extra))  evidence: \(e.record.evidence.count)")
          if let first = e.record.evidence.first { Terminal.out("      «\(shown(first.sentence.cutAtWord(160)))»") }
        }
      }
    }
  }

  struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The shortest chain of relations between two entities.")

    @Argument(help: "From this entity.") var from: String
    @Argument(help: "To this entity.") var to: String
    @Flag(help: "JSON on stdout.") var json = false
    @OptionGroup var source: QueryOptions

    func run() throws {
      try reporting {
        let source = try openForQuery(source)
        let a = try lookUp(from, by: source.match)
        let b = try lookUp(to, by: source.match)
        let q = GraphQueries(graph: try source.graph(joining: a, and: b))
        if a == b {
          if json { Terminal.out(try jsonLine(["from": a, "to": b, "path": [] as [Any]])) } else {
            Terminal.out("\(shown(q.name(a))) and \(shown(to)) are the same entity")
          }
          return
        }
        guard let chain = q.path(from: a, to: b) else {
          if json { Terminal.out(try jsonLine(["from": a, "to": b, "path": NSNull()])) } else {
            Terminal.out("no path between \(shown(q.name(a))) and \(shown(q.name(b)))")
          }
          return
        }
        if json {
          Terminal.out(try jsonLine(["from": a, "to": b, "path": chain.map { ["subject": $0.subject, "relation": $0.predicate, "object": $0.object] }]))
        } else {
          for r in chain { Terminal.out("\(shown(q.name(r.subject))) -[\(r.predicate)]-> \(shown(q.name(r.object)))") }
        }
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "One entity: type, names, aliases, mentions and relations with evidence.")

    @Argument(help: "A name in any script or form.") var name: String
    @Flag(help: "JSON on stdout.") var json = false
    @OptionGroup var source: QueryOptions

    func run() throws {
      try reporting {
        let source = try openForQuery(source)
        let id = try lookUp(name, by: source.match)
        let q = GraphQueries(graph: try source.graph(around: id, hops: 1))
        guard let e = q.graph.entities[id] else { return }
        let edges = q.neighbors(of: id)
        if json {
          let obj: [String: Any] = [
            "id": e.id, "type": e.type, "name": e.name, "latin": e.latinName, "english": e.englishName ?? NSNull(),
            "aliases": e.aliases,
            "mentions": e.mentions.map { ["document": q.documentPath($0.document), "text": $0.text, "start": $0.scalarStart, "end": $0.scalarEnd, "sentence": $0.sentence] },
            "relations": edges.map { ["relation": $0.relation, "direction": $0.outgoing ? "out" : "in", "entity": $0.other, "name": q.name($0.other), "evidence": $0.record.evidence.map { evidenceJSON($0, q) }] as [String: Any] },
          ]
          Terminal.out(try jsonLine(obj))
          return
        }
        Terminal.out("\(shown(e.name))  [\(shown(e.type))]  \(shown(e.id))")
        Terminal.out("  Latin: \(shown(e.latinName))" + (e.englishName.map { "; English: \(shown($0))" } ?? ""))
        if !e.aliases.isEmpty { Terminal.out("  also: " + shown(e.aliases.joined(separator: ", "))) }
        Terminal.out("  mentions (\(e.mentions.count)):")
        for m in e.mentions {
          Terminal.out("    \(shown(URL(fileURLWithPath: q.documentPath(m.document)).lastPathComponent)) [\(m.scalarStart)..<\(m.scalarEnd)] \(shown(m.text)): «\(shown(m.sentence.cutAtWord(160)))»")
        }
        Terminal.out("  relations (\(edges.count)):")
        for edge in edges {
          let arrow = edge.outgoing ? "-[\(edge.relation)]->" : "<-[\(edge.relation)]-"
          Terminal.out("    \(arrow) \(shown(q.name(edge.other)))" + (edge.record.stance.map { " (\(shown($0)))" } ?? ""))
          for ev in edge.record.evidence {
            Terminal.out("      \(shown(URL(fileURLWithPath: q.documentPath(ev.document)).lastPathComponent)) «\(shown(ev.sentence.cutAtWord(200)))»" + (ev.note.map { " [\(shown($0))]" } ?? ""))
          }
        }
      }
    }
  }
}

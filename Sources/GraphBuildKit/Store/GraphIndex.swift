import Foundation
import GRDB

/// An SQLite file beside the graph (`out/graph.index` for `out/graph.jsonld`) that answers
/// queries without reading the JSON-LD: the lookup's keys (names, forms, words and spelling
/// keys, as `NameLookup` makes them), the entities, the relations with their evidence, indexed
/// by either end, and the documents.
///
/// The JSON-LD file stays the graph; the index is a cache of it, made from the same graph
/// whenever the file is written, and trusted only while it matches the file:
///
///     try GraphFile.save(graph, to: "out/graph.jsonld")       // writes out/graph.index too
///     if let index = try GraphIndex.open(forGraph: "out/graph.jsonld") {  // nil when stale
///       let id = try index.match("Коваленка").id
///       let nearby = try index.graph(around: id, hops: 1)
///     }
///
/// It matches the file when the file's size, modification time and inode are those it was
/// made for, or else when the file's bytes still hash to the same FNV-1a value (a copy of both
/// files, say).
public final class GraphIndex: NameKeys, @unchecked Sendable {
  /// Bumped whenever the tables change: an index of another version is made again.
  static let formatVersion = "1"

  let queue: DatabaseQueue
  public let path: String
  public let longestName: Int
  private let lemmatizer: @Sendable () -> Lemmatizer?
  /// The first read that failed: the lookup's protocol does not throw, so the query asks after.
  public private(set) var failure: Error?

  /// `graph.jsonld` -> `graph.index`; any other name gets `.index` added.
  public static func path(forGraph graphPath: String) -> String {
    graphPath.hasSuffix(".jsonld") ? String(graphPath.dropLast(".jsonld".count)) + ".index" : graphPath + ".index"
  }

  /// Identity and content of the graph file the index was made from.
  struct Stamp: Equatable {
    var size: Int64
    var modified: Int64
    var inode: UInt64
    var hash: String

    static func of(file: String, hash: String) throws -> Stamp {
      var st = stat()
      guard stat(file, &st) == 0 else { throw GraphBuildError.noGraph(file) }
      return Stamp(status: st, hash: hash)
    }

    static func contentHash(of file: String) throws -> String {
      guard let handle = FileHandle(forReadingAtPath: file) else { throw GraphBuildError.noGraph(file) }
      defer { try? handle.close() }
      var h = FNV1a.offsetBasis
      while let chunk = try handle.read(upToCount: 1 << 22), !chunk.isEmpty { h = FNV1a.hash(bytes: chunk, seed: h) }
      return String(h, radix: 16)
    }
  }

  init(queue: DatabaseQueue, path: String, longestName: Int, lemmatizer: @escaping @Sendable () -> Lemmatizer?) {
    (self.queue, self.path, self.longestName, self.lemmatizer) = (queue, path, longestName, lemmatizer)
  }

  // MARK: Writing

  /// Writes the index of `graph`, read from or just written to the file at `graphPath` (whose
  /// identity and content `stamp` gives), into a temporary file that then replaces the old index.
  static func write(_ graph: KnowledgeGraph, forGraph graphPath: String, stamp: Stamp) throws {
    let file = try GraphFile.target(of: path(forGraph: graphPath))
    let url = URL(fileURLWithPath: file)
    GraphFile.removeStaleTemporaries(in: url.deletingLastPathComponent().path, for: url.lastPathComponent)
    let temp = url.deletingLastPathComponent().appendingPathComponent(GraphFile.temporaryName(for: url.lastPathComponent, pid: getpid())).path
    unlink(temp)
    do {
      let queue = try DatabaseQueue(path: temp)
      try queue.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA journal_mode = OFF")
        try db.inTransaction {
          try fill(db, graph: graph, stamp: stamp)
          return .commit
        }
      }
      try queue.close()
      // As private as the graph: the index holds its names and sentences.
      var graphStatus = stat()
      if stat(try GraphFile.target(of: graphPath), &graphStatus) == 0 { chmod(temp, graphStatus.st_mode & 0o666) }
      guard rename(temp, file) == 0 else { throw GraphBuildError.cannotWrite(file: file, reason: String(cString: strerror(errno)), advice: "check the folder's permissions") }
    } catch {
      unlink(temp)
      throw error
    }
  }

  private static func fill(_ db: Database, graph: KnowledgeGraph, stamp: Stamp) throws {
    try db.execute(
      sql: """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE entry (key INTEGER PRIMARY KEY, entity TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE term (tier INTEGER NOT NULL, text TEXT NOT NULL, key INTEGER NOT NULL, PRIMARY KEY (tier, text, key)) WITHOUT ROWID;
        CREATE TABLE skeleton (key INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (key, text)) WITHOUT ROWID;
        CREATE TABLE spelling (text TEXT PRIMARY KEY, length INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE entity (id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, latin TEXT NOT NULL, english TEXT, aliases TEXT NOT NULL, mentions BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE relation (id TEXT PRIMARY KEY, subject TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL, stance TEXT, hedged INTEGER NOT NULL, evidence BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE document (id TEXT PRIMARY KEY, path TEXT NOT NULL, fingerprint TEXT NOT NULL, date TEXT, encoding TEXT) WITHOUT ROWID;
        """)
    let lookup = NameLookup(graph: graph, lemmatizer: nil)
    let meta: [String: String] = [
      "format": formatVersion, "size": String(stamp.size), "modified": String(stamp.modified), "inode": String(stamp.inode),
      "hash": stamp.hash, "longestName": String(lookup.longestName),
    ]
    for (k, v) in meta { try db.execute(sql: "INSERT INTO meta VALUES (?, ?)", arguments: [k, v]) }

    let entry = try db.makeStatement(sql: "INSERT INTO entry VALUES (?, ?, ?)")
    let term = try db.makeStatement(sql: "INSERT OR IGNORE INTO term VALUES (?, ?, ?)")
    let skeleton = try db.makeStatement(sql: "INSERT OR IGNORE INTO skeleton VALUES (?, ?)")
    let spelling = try db.makeStatement(sql: "INSERT OR IGNORE INTO spelling VALUES (?, ?)")
    for (key, t) in lookup.tables().enumerated() {
      try entry.execute(arguments: [key, t.id, t.name])
      func put(_ tier: NameTier, _ texts: Set<String>) throws {
        for text in texts { try term.execute(arguments: [tier.rawValue, text, key]) }
      }
      try put(.exact, t.exact)
      try put(.word, t.words)
      try put(.skeleton, t.spelling.skeletons)
      try put(.wordSet, t.spelling.wordSets)
      try put(.consonant, t.spelling.consonants)
      for s in t.spelling.skeletons {
        try skeleton.execute(arguments: [key, s])
        try spelling.execute(arguments: [s, s.count])
      }
    }

    let json = JSONEncoder()
    let entity = try db.makeStatement(sql: "INSERT INTO entity VALUES (?, ?, ?, ?, ?, ?, ?)")
    for e in graph.entities.values {
      let aliases = String(decoding: try json.encode(e.aliases), as: UTF8.self)
      try entity.execute(arguments: [e.id, e.type, e.name, e.latinName, e.englishName, aliases, try json.encode(KnowledgeGraph.inFileOrder(e.mentions))])
    }
    let relation = try db.makeStatement(sql: "INSERT INTO relation VALUES (?, ?, ?, ?, ?, ?, ?)")
    for r in graph.relations.values {
      try relation.execute(arguments: [r.id, r.subject, r.predicate, r.object, r.stance, r.hedged, try json.encode(KnowledgeGraph.inFileOrder(r.evidence))])
    }
    let document = try db.makeStatement(sql: "INSERT INTO document VALUES (?, ?, ?, ?, ?)")
    for d in graph.documents.values { try document.execute(arguments: [d.id, d.path, d.fingerprint, d.date, d.encoding]) }
    try db.execute(
      sql: """
        CREATE INDEX spelling_length ON spelling (length);
        CREATE INDEX relation_subject ON relation (subject);
        CREATE INDEX relation_object ON relation (object);
        CREATE INDEX relation_predicate ON relation (predicate);
        """)
  }

  // MARK: Opening

  /// The index of the graph at `graphPath` if there is one and it matches the file; nil when
  /// there is none, it is of another format, or the file changed since it was made.
  public static func open(
    forGraph graphPath: String, lemmatizer: @autoclosure @escaping @Sendable () -> Lemmatizer? = Lemmatizer.shared
  ) throws -> GraphIndex? {
    let file = path(forGraph: graphPath)
    guard FileManager.default.fileExists(atPath: file) else { return nil }
    var config = Configuration()
    config.readonly = true
    guard let queue = try? DatabaseQueue(path: file, configuration: config),
      let meta = try? queue.read({ db in
        Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { ($0[0] as String, $0[1] as String) })
      }),
      meta["format"] == formatVersion, let longest = meta["longestName"].flatMap(Int.init)
    else { return nil }
    let graph = try GraphFile.target(of: graphPath)
    let now = try Stamp.of(file: graph, hash: "")
    let same = meta["size"] == String(now.size) && meta["modified"] == String(now.modified) && meta["inode"] == String(now.inode)
    if !same {
      guard meta["size"] == String(now.size), try Stamp.contentHash(of: graph) == meta["hash"] else { return nil }
    }
    return GraphIndex(queue: queue, path: file, longestName: longest, lemmatizer: lemmatizer)
  }

  // MARK: NameKeys

  private func reading<T>(_ fallback: T, _ body: (Database) throws -> T) -> T {
    do { return try queue.read(body) } catch {
      if failure == nil { failure = error }
      return fallback
    }
  }

  public func keys(_ tier: NameTier, _ text: String) -> [Int] {
    reading([]) { db in try Int.fetchAll(db, sql: "SELECT key FROM term WHERE tier = ? AND text = ? ORDER BY key", arguments: [tier.rawValue, text]) }
  }

  public func skeletons(of key: Int) -> Set<String> {
    reading([]) { db in Set(try String.fetchAll(db, sql: "SELECT text FROM skeleton WHERE key = ?", arguments: [key])) }
  }

  public func skeletons(lengths: ClosedRange<Int>?) -> [String] {
    reading([]) { db in
      guard let lengths else { return try String.fetchAll(db, sql: "SELECT text FROM spelling") }
      return try String.fetchAll(
        db, sql: "SELECT text FROM spelling WHERE length BETWEEN ? AND ?", arguments: [lengths.lowerBound, lengths.upperBound])
    }
  }

  public func entity(of key: Int) -> (id: String, name: String) {
    reading(("", "")) { db in
      guard let row = try Row.fetchOne(db, sql: "SELECT entity, name FROM entry WHERE key = ?", arguments: [key]) else { return ("", "") }
      return (row[0], row[1])
    }
  }

  public func lemmatizerForQuery() -> Lemmatizer? { lemmatizer() }

  // MARK: Parts of the graph

  /// Every relation type in the graph.
  public func predicates() throws -> [String] {
    try queue.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT predicate FROM relation ORDER BY predicate") }
  }

  /// The part of the graph that `GraphQueries.neighbors(of: id, hops:, relation:)` reads: every
  /// relation (of type `relation`) of each entity fewer than `hops` steps away, their ends, and
  /// the documents of their evidence; the entity itself keeps its mentions.
  public func graph(around id: String, hops: Int, relation: String? = nil) throws -> KnowledgeGraph {
    try queue.read { db in
      var g = KnowledgeGraph()
      try GraphWalk.around(id, hops: hops) { try addRelations(touching: $0, predicate: relation, to: &g, db) }
      try finish(&g, including: [id], withMentions: [id], db)
      return g
    }
  }

  /// The part of the graph that `GraphQueries.path(from: a, to: b)` reads: the relations of
  /// each entity closer to `a` than `b` is (all of `a`'s side, when no path joins them).
  public func graph(joining a: String, and b: String) throws -> KnowledgeGraph {
    try queue.read { db in
      var g = KnowledgeGraph()
      try GraphWalk.joining(a, b) { try addRelations(touching: $0, predicate: nil, to: &g, db) }
      try finish(&g, including: [a, b], withMentions: [], db)
      return g
    }
  }

  /// Ids in groups small enough for one `IN (?, ...)`, each with its placeholders.
  private static func chunks(_ ids: [String]) -> [(ids: [String], marks: String)] {
    stride(from: 0, to: ids.count, by: 400).map { start in
      let chunk = Array(ids[start..<min(start + 400, ids.count)])
      return (chunk, Array(repeating: "?", count: chunk.count).joined(separator: ","))
    }
  }

  /// Adds the relations of `nodes`; returns their other ends, in a fixed order.
  private func addRelations(touching nodes: [String], predicate: String?, to g: inout KnowledgeGraph, _ db: Database) throws -> [String] {
    var ends: [String] = []
    let decoder = JSONDecoder()
    for (chunk, marks) in Self.chunks(nodes) {
      var sql = "SELECT id, subject, predicate, object, stance, hedged, evidence FROM relation WHERE (subject IN (\(marks)) OR object IN (\(marks)))"
      var arguments = StatementArguments(chunk + chunk)
      if let predicate {
        sql += " AND predicate = ?"
        arguments += [predicate]
      }
      for row in try Row.fetchAll(db, sql: sql + " ORDER BY id", arguments: arguments) {
        let r = KnowledgeGraph.Relation(
          id: row[0], subject: row[1], predicate: row[2], object: row[3], stance: row[4], hedged: row[5],
          evidence: try decoder.decode([KnowledgeGraph.Evidence].self, from: row[6] as Data))
        guard g.relations[r.id] == nil else { continue }
        g.relations[r.id] = r
        ends.append(r.subject)
        ends.append(r.object)
      }
    }
    return ends
  }

  /// Adds the entities the relations name and those `including` names (those in `withMentions`
  /// with their mentions), and the documents their evidence and mentions cite.
  private func finish(_ g: inout KnowledgeGraph, including: Set<String>, withMentions full: Set<String>, _ db: Database) throws {
    let decoder = JSONDecoder()
    let ids = Array(Set(g.relations.values.flatMap { [$0.subject, $0.object] }).union(including)).sorted()
    for (chunk, marks) in Self.chunks(ids) {
      for row in try Row.fetchAll(
        db, sql: "SELECT id, type, name, latin, english, aliases, mentions FROM entity WHERE id IN (\(marks))", arguments: StatementArguments(chunk))
      {
        let id: String = row[0]
        let aliases = try decoder.decode([String].self, from: Data((row[5] as String).utf8))
        let mentions = full.contains(id) ? try decoder.decode([KnowledgeGraph.Mention].self, from: row[6] as Data) : []
        g.entities[id] = KnowledgeGraph.Entity(
          id: id, type: row[1], name: row[2], latinName: row[3], englishName: row[4], aliases: aliases, mentions: mentions)
      }
    }
    let documents = Set(g.relations.values.flatMap { $0.evidence.map(\.document) } + g.entities.values.flatMap { $0.mentions.map(\.document) })
    let docIDs = documents.sorted()
    for (chunk, marks) in Self.chunks(docIDs) {
      for row in try Row.fetchAll(db, sql: "SELECT id, path, fingerprint, date, encoding FROM document WHERE id IN (\(marks))", arguments: StatementArguments(chunk)) {
        g.documents[row[0]] = KnowledgeGraph.Document(id: row[0], path: row[1], fingerprint: row[2], date: row[3], encoding: row[4])
      }
    }
  }
}

extension GraphIndex.Stamp {
  init(status st: stat, hash: String) {
    let modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    self.init(size: Int64(st.st_size), modified: modified, inode: UInt64(st.st_ino), hash: hash)
  }
}

import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct GraphMergerTests {
  let merger = GraphMerger(symmetric: Set(Fixtures.patterns.types.filter(\.value.symmetric).keys))

  func write(_ texts: [String]) throws -> [URL] {
    let dir = Fixtures.temporaryDirectory()
    return try texts.enumerated().map { i, text in
      let url = dir.appendingPathComponent("a\(i).txt")
      try Data(text.utf8).write(to: url)
      return url
    }
  }

  static let articles = [
    "Прем'єр-міністр Естонії Марія Кольк провела переговори з президентом Латвії Андрісом Берзіньшем у Ризі.",
    "Кольк заявила, що Естонія підтримає Латвію. Міністр оборони Естонії Пауль Таммеоя прибув до Вільнюса.",
    "Берзіньш зустрівся з канцлером Австрії Францом Губером. Губер і Кольк обговорили енергетику.",
  ]

  /// Each article in its own part, as `extract --shard i/3` makes them: the merge is the graph
  /// one run over the three makes, and the parts' order does not matter.
  @Test func partsMergeIntoTheGraphOfOneRunInAnyOrder() throws {
    let files = try write(Self.articles)
    let one = Fixtures.extractor.extract(files, into: KnowledgeGraph())
    let parts = (1...3).map { Fixtures.extractor.extract(Shard(index: $0, count: 3)!.select(files), into: KnowledgeGraph()) }
    let merged = try merger.merge(parts)
    #expect(try JSONLD.encode(merged) == JSONLD.encode(one))
    #expect(merged.entities.values.filter { $0.name.hasSuffix("Кольк") }.count == 1)
    for order in [[2, 0, 1], [1, 2, 0], [2, 1, 0]] {
      #expect(try JSONLD.encode(merger.merge(order.map { parts[$0] })) == JSONLD.encode(merged))
    }
  }

  func person(_ name: String, _ doc: String) -> KnowledgeGraph.Entity {
    let m = KnowledgeGraph.Mention(document: doc, text: name, scalarStart: 0, scalarEnd: name.count, sentence: name + ".")
    return .init(id: EntityResolver.entityID(family: "person", name: name), type: "Person", name: name, latinName: name, aliases: [], mentions: [m])
  }

  func part(_ entities: [KnowledgeGraph.Entity], doc: String) -> KnowledgeGraph {
    var g = KnowledgeGraph()
    g.documents[doc] = .init(id: doc, path: "/news/\(doc).txt", fingerprint: doc, date: nil)
    for e in entities { g.entities[e.id] = e }
    return g
  }

  @Test func aSurnameJoinsTheOnlyFullNameThatHoldsIt() throws {
    let full = part([person("Іван Коваль", "d1")], doc: "d1")
    let short = part([person("Коваль", "d2")], doc: "d2")
    let merged = try merger.merge([short, full])
    #expect(merged.entities.count == 1)
    #expect(merged.entity(named: "Іван Коваль")?.mentions.map(\.document) == ["d1", "d2"])
    let two = part([person("Петро Коваль", "d3")], doc: "d3")
    #expect(try merger.merge([short, full, two]).entities.count == 3)
  }

  @Test func relationsFollowTheirEntitiesAndSymmetricOnesKeepOneOrder() throws {
    var a = part([person("Іван Коваль", "d1"), person("Олег Бондар", "d1")], doc: "d1")
    var b = part([person("Коваль", "d2"), person("Бондар", "d2")], doc: "d2")
    let ev = { (doc: String) in KnowledgeGraph.Evidence(document: doc, sentence: "s", scalarStart: 0, scalarEnd: 1, trigger: "t", dates: [], note: nil) }
    let (koval, bondar) = (EntityResolver.entityID(family: "person", name: "Іван Коваль"), EntityResolver.entityID(family: "person", name: "Олег Бондар"))
    a.add(subject: koval, predicate: "negotiatesWith", object: bondar, stance: nil, hedged: false, evidence: ev("d1"), symmetric: true)
    b.add(
      subject: EntityResolver.entityID(family: "person", name: "Бондар"), predicate: "negotiatesWith",
      object: EntityResolver.entityID(family: "person", name: "Коваль"), stance: nil, hedged: true, evidence: ev("d2"), symmetric: true)
    let merged = try merger.merge([a, b])
    #expect(merged.relations.count == 1)
    let r = try #require(merged.relations.values.first)
    #expect(Set([r.subject, r.object]) == [koval, bondar])
    #expect(r.evidence.map(\.document) == ["d1", "d2"])
    #expect(!r.hedged)
  }

  @Test func onePathWithTwoTextsIsRefused() throws {
    var a = part([person("Іван Коваль", "d1")], doc: "d1")
    var b = part([person("Іван Коваль", "d2")], doc: "d2")
    a.documents["d1"]!.path = "/news/same.txt"
    b.documents["d2"]!.path = "/news/same.txt"
    #expect(throws: GraphMerger.Conflict.self) { try merger.merge([a, b]) }
  }
}

import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct ExtractorTests {
  @Test func reExtractingDoesNotDuplicateAndMoreDocumentsMerge() throws {
    let dir = Fixtures.temporaryDirectory()
    let a = dir.appendingPathComponent("a.txt"), b = dir.appendingPathComponent("b.txt")
    try Data("Президент Франції Емманюель Макрон прибув до Берліна.".utf8).write(to: a)
    try Data("Макрона зустрів канцлер Німеччини Фрідріх Мерц.".utf8).write(to: b)
    let once = Fixtures.extractor.extract([a], into: KnowledgeGraph())
    let twice = Fixtures.extractor.extract([a], into: once)
    #expect(twice.entities.count == once.entities.count)
    #expect(twice.relations.values.map(\.evidence.count) == once.relations.values.map(\.evidence.count))
    #expect(twice.entity(named: "Емманюель Макрон")?.mentions.count == 1)
    let merged = Fixtures.extractor.extract([b], into: twice)
    #expect(merged.documents.count == 2)
    #expect(merged.entities.values.filter { $0.type == "Person" && $0.name.contains("Макрон") }.count == 1)
    #expect(merged.entity(named: "Емманюель Макрон")?.mentions.count == 2)
  }

  @Test func badFilesAreReportedAndOthersStillProcessed() throws {
    let dir = Fixtures.temporaryDirectory()
    let good = dir.appendingPathComponent("good.txt"), bad = dir.appendingPathComponent("bad.txt")
    try Data("Канцлер Німеччини Фрідріх Мерц прибув.".utf8).write(to: good)
    try Data([0, 1, 2, 3, 0, 0]).write(to: bad)
    var skipped: [String] = []
    let g = Fixtures.extractor.extract([bad, good], into: KnowledgeGraph()) { p in
      if case .skipped(let e) = p { skipped.append(e.description) }
    }
    #expect(skipped.count == 1)
    #expect(skipped[0].contains("bad.txt"))
    #expect(g.documents.count == 1)
  }

  /// Documents are read, recognised and parsed on several threads; entities and relations are
  /// added in the files' order, so the graph is the same byte for byte.
  @Test func anyNumberOfJobsGivesTheSameGraph() throws {
    let files = try DocumentReader.files(in: [Fixtures.data.appendingPathComponent("samples").path])
    var graphs: [Data] = []
    for jobs in [1, 2, 3] {
      let extractor = Extractor(recognizer: Fixtures.recognizer, patterns: Fixtures.patterns)
      extractor.relations.syntax = Fixtures.syntax
      extractor.jobs = jobs
      var told: [Int] = []
      let graph = extractor.extract(files, into: KnowledgeGraph()) { p in
        if case .read(let done, _, _) = p { told.append(done) }
      }
      #expect(told == Array(1...files.count))
      graphs.append(try JSONLD.encode(graph))
    }
    #expect(graphs[0].count > 1_000)
    #expect(graphs[1] == graphs[0])
    #expect(graphs[2] == graphs[0])
  }

  /// A long document is read in parts: its mentions carry offsets in the whole text, its
  /// evidence quotes the whole text's sentences, and each part is handed on as it is done.
  @Test func aLongDocumentIsReadInPartsWithOffsetsInTheWholeText() throws {
    let dir = Fixtures.temporaryDirectory()
    let file = dir.appendingPathComponent("long.txt")
    let paragraph = "Президент Франції Емманюель Макрон провів переговори з канцлером Німеччини Фрідріхом Мерцом у Берліні.\n"
    let text = String(repeating: paragraph, count: 12)
    try Data(text.utf8).write(to: file)
    let extractor = Extractor(recognizer: Fixtures.recognizer, patterns: Fixtures.patterns)
    extractor.relations.syntax = Fixtures.syntax
    extractor.partScalars = 250
    var graph = KnowledgeGraph()
    var parts = 0
    var told: [Int] = []
    extractor.run([file], into: &graph, relate: true) { p in
      if case .read(let done, _, _) = p { told.append(done) }
    } each: { doc, ids in
      parts += 1
      #expect(doc.mentions.count == ids.count)
    }
    #expect(parts == 6)
    #expect(told == [1])
    #expect(graph.documents.count == 1)
    let scalars = Array(text.unicodeScalars)
    let macron = try #require(graph.entity(named: "Емманюель Макрон"))
    #expect(macron.mentions.count == 12)
    for m in macron.mentions {
      #expect(String(String.UnicodeScalarView(scalars[m.scalarStart..<m.scalarEnd])) == m.text)
      #expect(m.sentence + "\n" == paragraph)
    }
    #expect(Set(macron.mentions.map(\.scalarStart)).count == 12)
    let talks = graph.relations.values.filter { $0.predicate == "negotiatesWith" }
    #expect(talks.count == 1 && talks[0].evidence.count == 12)
  }

  /// A file past `streamBytes` is read a piece at a time, never whole, and gives the same
  /// graph, byte for byte in its JSON-LD, as reading it whole.
  @Test func aFileReadInPiecesGivesTheSameGraph() throws {
    let dir = Fixtures.temporaryDirectory()
    let file = dir.appendingPathComponent("long.txt")
    let paragraphs = [
      "date 2025-11-26\n",
      "Президент Франції Емманюель Макрон провів переговори з канцлером Німеччини Фрідріхом Мерцом у Берліні.\n",
      "Прем'єр-міністр Польщі Дональд Туск зустрівся з президентом України Володимиром Зеленським.\r\n",
      "Уряд Японії запровадив санкції проти компанії «Альфа».\n",
    ]
    let text = paragraphs[0] + String(repeating: paragraphs[1...].joined(), count: 6)
    try Data(text.utf8).write(to: file)
    func graph(streamBytes: Int) throws -> String {
      let extractor = Extractor(recognizer: Fixtures.recognizer, patterns: Fixtures.patterns)
      extractor.relations.syntax = Fixtures.syntax
      extractor.partScalars = 400
      extractor.streamBytes = streamBytes
      extractor.streamPieceBytes = 300
      var g = KnowledgeGraph()
      extractor.run([file], into: &g, relate: true)
      let out = dir.appendingPathComponent("graph-\(streamBytes).jsonld")
      try GraphFile.save(g, to: out.path)
      return try String(contentsOf: out, encoding: .utf8)
    }
    #expect(try StreamedDocument.open(file, pieceBytes: 300) != nil)
    let whole = try graph(streamBytes: Int.max)
    let pieces = try graph(streamBytes: 0)
    #expect(whole == pieces)
    #expect(whole.contains("2025-11-26"))
  }
}

import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct GraphFileTests {
  @Test func invalidGraphIsRefusedAndLeftAlone() throws {
    let dir = Fixtures.temporaryDirectory()
    let path = dir.appendingPathComponent("graph.jsonld").path
    try Data("{broken".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: GraphBuildError.self) { try GraphFile.load(path) }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "{broken")
  }

  @Test func writesAtomicallyAndLeavesNoTemporaryFiles() throws {
    let dir = Fixtures.temporaryDirectory()
    let path = dir.appendingPathComponent("sub/graph.jsonld").path
    try GraphFile.save(KnowledgeGraph(), to: path)
    try GraphFile.save(KnowledgeGraph(), to: path)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("sub").path).sorted() == ["graph.index", "graph.jsonld"])
    #expect(try GraphFile.load(path).entities.isEmpty)
  }

  /// A write that fails after its first chunks leaves the old file whole and no temporary one.
  @Test func aWriteThatFailsPartWayLeavesTheOldFile() throws {
    struct Broken: Error {}
    let dir = Fixtures.temporaryDirectory()
    let path = dir.appendingPathComponent("out.txt").path
    try GraphFile.writeAtomically(Data("old".utf8), to: path)
    #expect(throws: Broken.self) {
      try GraphFile.writeAtomically(to: path) { write in
        try write(Array(repeating: 65, count: 1 << 20))
        throw Broken()
      }
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.txt"])
  }
}

@Suite struct GraphFileLinkTests {
  @Test func writesThroughASymlinkAndKeepsTheMode() throws {
    let dir = Fixtures.temporaryDirectory()
    let real = dir.appendingPathComponent("real/graph.jsonld").path
    try GraphFile.save(KnowledgeGraph(), to: real)
    chmod(real, 0o600)
    let link = dir.appendingPathComponent("link.jsonld").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
    var g = KnowledgeGraph()
    g.documents["d"] = .init(id: "d", path: "a.txt", fingerprint: "1", date: nil)
    try GraphFile.save(g, to: link)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
    #expect(try GraphFile.load(real).documents.count == 1)
    var st = stat()
    stat(real, &st)
    #expect(st.st_mode & 0o777 == 0o600)
  }

  @Test func refusesAHardLinkedFile() throws {
    let dir = Fixtures.temporaryDirectory()
    let path = dir.appendingPathComponent("graph.jsonld").path
    try GraphFile.save(KnowledgeGraph(), to: path)
    link(path, dir.appendingPathComponent("other.jsonld").path)
    #expect(throws: GraphBuildError.self) { try GraphFile.save(KnowledgeGraph(), to: path) }
  }

  @Test func removesTemporaryFilesOfRunsThatDied() throws {
    let dir = Fixtures.temporaryDirectory()
    let stale = dir.appendingPathComponent(GraphFile.temporaryName(for: "graph.jsonld", pid: 999_999)).path
    _ = FileManager.default.createFile(atPath: stale, contents: Data("partial".utf8))
    try GraphFile.save(KnowledgeGraph(), to: dir.appendingPathComponent("graph.jsonld").path)
    #expect(!FileManager.default.fileExists(atPath: stale))
  }

  @Test func aFileAsTheFolderIsRefusedBeforeAnyWork() throws {
    let dir = Fixtures.temporaryDirectory()
    let file = dir.appendingPathComponent("file").path
    _ = FileManager.default.createFile(atPath: file, contents: Data())
    #expect(throws: GraphBuildError.self) { try GraphFile.checkWritable(file + "/graph.jsonld") }
  }

  @Test func aFullDiskIsNamedWithWhatToDo() {
    let message = GraphFile.writeError("out/graph.jsonld", ENOSPC).description
    #expect(message.contains("out/graph.jsonld") && message.contains("disk is full") && message.contains("free some space"))
  }
}

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
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("sub").path) == ["graph.jsonld"])
    #expect(try GraphFile.load(path).entities.isEmpty)
  }
}

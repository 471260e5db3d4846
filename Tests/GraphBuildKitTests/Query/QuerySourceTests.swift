import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct QuerySourceTests {
  @Test func aChangedGraphMakesItsIndexStale() throws {
    let path = try GraphIndexTests.saved()
    var other = GraphIndexTests.graph
    other.entities = other.entities.filter { $0.value.name != "Олександр Лукашенко" }
    // Written as another program would: the index is not told.
    try JSONLD.encode(other).write(to: URL(fileURLWithPath: path))
    #expect(try GraphIndex.open(forGraph: path, lemmatizer: nil) == nil)
    let (source, opening) = try QuerySource.open(path, lemmatizer: nil)
    #expect(opening == .rebuilt)
    #expect(throws: GraphBuildError.self) { try source.match("Lukashenko") }
    #expect(try GraphIndex.open(forGraph: path, lemmatizer: nil) != nil)
  }

  @Test func aCopyOfBothFilesIsStillTrusted() throws {
    let path = try GraphIndexTests.saved()
    let copy = Fixtures.temporaryDirectory().appendingPathComponent("graph.jsonld").path
    try FileManager.default.copyItem(atPath: path, toPath: copy)
    try FileManager.default.copyItem(atPath: GraphIndex.path(forGraph: path), toPath: GraphIndex.path(forGraph: copy))
    let (_, opening) = try QuerySource.open(copy, lemmatizer: nil)
    #expect(opening == .index)
  }

  @Test func anIndexThatIsNotOneIsMadeAgain() throws {
    let path = try GraphIndexTests.saved()
    try Data("not sqlite".utf8).write(to: URL(fileURLWithPath: GraphIndex.path(forGraph: path)))
    let (source, opening) = try QuerySource.open(path, lemmatizer: nil)
    #expect(opening == .rebuilt)
    #expect(try source.match("Lukashenko").isGuess == false)
  }

  @Test func anIndexThatCannotBeWrittenLeavesQueriesToTheGraph() throws {
    let path = try GraphIndexTests.saved()
    let index = GraphIndex.path(forGraph: path)
    unlink(index)
    try FileManager.default.createDirectory(atPath: index, withIntermediateDirectories: false)
    let (source, opening) = try QuerySource.open(path, lemmatizer: nil)
    guard case .unindexed = opening else { Issue.record("\(opening)"); return }
    #expect(try source.match("Lukashenko").isGuess == false)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }
}

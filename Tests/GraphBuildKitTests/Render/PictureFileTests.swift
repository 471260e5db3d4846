import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct PictureFileTests {
  @Test(arguments: [
    ("{\"@context\": {}}", "svg", true), ("Прем'єр-міністр Польщі", "svg", true), ("<?xml version=\"1.0\"?>\n<svg>", "svg", false),
    ("digraph graphbuild {", "dot", false), ("digraph graphbuild {", "svg", true), ("", "svg", false), ("%PDF-1.5", "pdf", false),
  ])
  func onlyAPictureOfTheSameFormatIsReplaced(content: String, format: String, refused: Bool) throws {
    let dir = Fixtures.temporaryDirectory()
    let path = dir.appendingPathComponent("f").path
    _ = FileManager.default.createFile(atPath: path, contents: Data(content.utf8))
    #expect((PictureFile.foreignContent(at: path, format: format) != nil) == refused)
  }

  @Test func anAbsentFileMayBeWritten() {
    #expect(PictureFile.foreignContent(at: "/no/such/file.svg", format: "svg") == nil)
  }
}

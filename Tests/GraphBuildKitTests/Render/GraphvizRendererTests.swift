import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct GraphvizRendererTests {
  @Test func rendersSVGWithCyrillicLabelsThroughLibgvc() throws {
    let svg = String(decoding: try GraphvizRenderer.render(dot: "digraph { a [label=\"Білорусь\"]; b [label=\"Литва\"]; a -> b [label=\"allyOf\"]; }", engine: "dot", format: .svg), as: UTF8.self)
    #expect(svg.contains("<svg"))
    #expect(svg.contains("Білорусь"))
    #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 2)
  }

  @Test(arguments: [GraphvizRenderer.Format.png, .pdf])
  func binaryFormats(_ format: GraphvizRenderer.Format) throws {
    let data = try GraphvizRenderer.render(dot: "digraph { a -> b }", engine: "dot", format: format)
    let magic = format == .png ? [UInt8]([0x89, 0x50, 0x4E, 0x47]) : Array("%PDF".utf8)
    #expect(Array(data.prefix(4)) == magic)
  }

  @Test func concurrentRendersAreSerialisedSafely() async throws {
    try await withThrowingTaskGroup(of: Int.self) { group in
      for i in 0..<8 {
        group.addTask { try GraphvizRenderer.render(dot: "digraph { n\(i) -> m }", engine: i % 2 == 0 ? "dot" : "neato", format: .svg).count }
      }
      for try await n in group { #expect(n > 100) }
    }
  }

  @Test func badDOTIsAnError() {
    #expect(throws: GraphBuildError.self) { try GraphvizRenderer.render(dot: "digraph { a -> }", engine: "dot", format: .svg) }
  }
}

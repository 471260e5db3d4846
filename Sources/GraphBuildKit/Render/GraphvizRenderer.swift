import CGraphviz
import Foundation

/// The only place that calls Graphviz's C library. libgvc is not thread-safe, even with one
/// context per call, so every call goes through one lock.
public enum GraphvizRenderer {
  public enum Format: String, CaseIterable, Sendable {
    case svg, png, pdf
  }

  private static let lock = NSLock()

  public static func render(dot: String, engine: String, format: Format) throws -> Data {
    lock.lock()
    defer { lock.unlock() }
    guard let gvc = gvContext() else { throw GraphBuildError.renderFailed("cannot create a Graphviz context") }
    defer { gvFreeContext(gvc) }
    guard let graph = agmemread(dot) else { throw GraphBuildError.renderFailed("Graphviz could not parse the DOT text") }
    defer { agclose(graph) }
    guard gvLayout(gvc, graph, engine) == 0 else {
      throw GraphBuildError.renderFailed("layout engine '\(engine)' failed; try --engine dot, neato or sfdp")
    }
    defer { gvFreeLayout(gvc, graph) }
    var buffer: UnsafeMutablePointer<CChar>?
    var length: UInt32 = 0
    guard gvRenderData(gvc, graph, format.rawValue, &buffer, &length) == 0, let buffer else {
      throw GraphBuildError.renderFailed("Graphviz has no '\(format.rawValue)' renderer here; install libgraphviz-dev's plugins")
    }
    defer { gvFreeRenderData(buffer) }
    return Data(bytes: buffer, count: Int(length))
  }
}

import Foundation

/// Reading and writing the graph file. Writes are atomic (a temporary file in the same folder,
/// then rename), so a failed run never leaves a half-written graph.
public enum GraphFile {
  /// The graph at `path`, an empty graph if there is no file, or an error if the file is not a
  /// graph graphbuild wrote (it is then left untouched).
  public static func load(_ path: String) throws -> KnowledgeGraph {
    guard FileManager.default.fileExists(atPath: path) else { return KnowledgeGraph() }
    let data: Data
    do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
      throw GraphBuildError.invalidGraph(file: path, reason: "cannot be read")
    }
    return try JSONLD.decode(data, file: path)
  }

  public static func loadExisting(_ path: String) throws -> KnowledgeGraph {
    guard FileManager.default.fileExists(atPath: path) else {
      throw GraphBuildError.noSuchPath(path + " (run graphbuild extract first)")
    }
    return try load(path)
  }

  public static func save(_ graph: KnowledgeGraph, to path: String) throws {
    try writeAtomically(try JSONLD.encode(graph), to: path)
  }

  public static func writeAtomically(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    try data.write(to: temp)
    guard rename(temp.path, url.path) == 0 else {
      try? FileManager.default.removeItem(at: temp)
      throw GraphBuildError.unreadable(file: path, reason: "cannot be written (errno \(errno))")
    }
  }
}

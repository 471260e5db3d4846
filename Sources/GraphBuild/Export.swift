import ArgumentParser
import Foundation
import GraphBuildKit

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the graph for other tools: FollowTheMoney, GraphML, GEXF, N-Quads, Turtle, Neo4j, an edge table.",
    discussion: "ftm: Aleph/OpenAleph/yente; graphml: yEd, NetworkX; gexf: Gephi (dynamic, dated edges); nquads: RDF stores, one named graph per document; csv: spreadsheets and Maltego's table import.")

  @Option(help: "One of: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: String

  @OptionGroup var graphOptions: GraphOptions

  @Option(help: "Output file (default out/graph.<extension>); - for stdout.")
  var out: String?

  @Flag(help: "Replace --out even if it holds something else.")
  var force = false

  func validate() throws {
    guard ExportFormat(rawValue: format) != nil else {
      throw ValidationError("unknown format \(format); choose one of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
    }
  }

  func run() throws {
    try reporting {
      let f = ExportFormat(rawValue: format)!
      if f.isFolder { return try exportFolder(f) }
      let path = out ?? "out/graph.\(f.fileExtension)"
      if path != "-" {
        // Never over the graph or an article: only over an earlier export of this format.
        if !force, FileManager.default.fileExists(atPath: path), !ExportFile.looksLike(path, f) {
          throw GraphBuildError.wouldOverwrite(file: path, found: "something else", format: f.rawValue)
        }
        try GraphFile.checkWritable(path)
      }
      let graph = try GraphFile.loadExisting(graphOptions.graphPath)
      let data = try f.export(graph)
      if path == "-" {
        FileHandle.standardOutput.write(data)
      } else {
        try GraphFile.writeAtomically(data, to: path)
        Terminal.note("\(path): \(graph.entities.count) entities, \(graph.relations.count) relations, \(f.rawValue)")
      }
    }
  }
}

extension Export {
  /// A folder format: each file written atomically into the folder, which holds nothing else of ours.
  func exportFolder(_ f: ExportFormat) throws {
    let dir = out ?? "out/\(f.fileExtension)"
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), !isDir.boolValue {
      throw GraphBuildError.cannotWrite(file: dir, reason: "it is a file, and \(f.rawValue) writes a folder", advice: "give a folder with --out")
    }
    let graph = try GraphFile.loadExisting(graphOptions.graphPath)
    let files = try f.exportFiles(graph)
    for (name, data) in files.sorted(by: { $0.key < $1.key }) {
      let path = dir + "/" + name
      if !force, let found = PictureFile.foreignContent(at: path, format: "text") {
        throw GraphBuildError.wouldOverwrite(file: path, found: found, format: f.rawValue)
      }
      try GraphFile.writeAtomically(data, to: path)
    }
    Terminal.note("\(dir)/: \(files.keys.sorted().joined(separator: ", ")); \(graph.entities.count) entities, \(graph.relations.count) relations")
  }
}

/// Whether a file is an earlier export of a format, by its first bytes.
enum ExportFile {
  static func looksLike(_ path: String, _ f: ExportFormat) -> Bool {
    guard let h = FileHandle(forReadingAtPath: path) else { return true }
    defer { try? h.close() }
    let head = String(decoding: (try? h.read(upToCount: 400)) ?? Data(), as: UTF8.self)
    if head.isEmpty { return true }
    switch f {
    case .ftm: return head.hasPrefix("{\"id\":\"gb-")
    case .graphml: return head.contains("<graphml")
    case .gexf: return head.contains("<gexf")
    case .nquads: return head.hasPrefix("<")
    case .turtle: return head.hasPrefix("@prefix")
    case .csv: return head.hasPrefix(MaltegoCSVExporter.header.joined(separator: ","))
    case .neo4j: return true
    }
  }
}

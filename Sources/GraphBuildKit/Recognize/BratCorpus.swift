import Foundation

/// An annotated span in brat standoff, offsets in Unicode scalars, end exclusive.
public struct BratSpan: Hashable, Sendable {
  public var label: String
  public var scalarStart: Int
  public var scalarEnd: Int
}

public struct BratDocument: Sendable {
  public var name: String
  public var text: String
  public var spans: [BratSpan]
}

/// Reads NER-UK's two brat layouts: v1.0 (`T1<TAB>PERS 87 101<TAB>text`, next to `NAME.tok.txt`)
/// and v2.0 (`T1<TAB>ORG<TAB>0<TAB>17<TAB>text`, next to `NAME.txt`).
public enum BratCorpus {
  public static func parseAnnotations(_ ann: String) -> [BratSpan] {
    var spans: [BratSpan] = []
    for line in ann.split(whereSeparator: \.isNewline) {
      guard line.hasPrefix("T") else { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 2 else { continue }
      var label: String
      var start: Int?
      var end: Int?
      if fields[1].contains(" ") {
        let parts = fields[1].split(separator: " ")
        guard parts.count >= 3 else { continue }
        label = String(parts[0])
        start = Int(parts[1])
        // Discontinuous spans ("0 5;8 12") keep their outer bounds.
        end = Int(parts.last!.split(separator: ";").last ?? "")
      } else {
        guard fields.count >= 4 else { continue }
        label = String(fields[1])
        start = Int(fields[2])
        end = Int(fields[3].split(separator: ";").last ?? "")
      }
      if let start, let end, end > start { spans.append(BratSpan(label: label, scalarStart: start, scalarEnd: end)) }
      label = ""
    }
    return spans
  }

  /// Every annotated document under a folder, recursively, sorted by path for reproducibility.
  public static func load(_ folder: URL) throws -> [BratDocument] {
    let fm = FileManager.default
    guard let walker = fm.enumerator(at: folder, includingPropertiesForKeys: nil) else {
      throw GraphBuildError.noSuchPath(folder.path)
    }
    var annFiles: [URL] = []
    for case let url as URL in walker where url.pathExtension == "ann" { annFiles.append(url) }
    annFiles.sort { $0.path < $1.path }
    var docs: [BratDocument] = []
    for ann in annFiles {
      let txt = ann.deletingPathExtension().appendingPathExtension("txt")
      guard let text = try? String(contentsOf: txt, encoding: .utf8),
        let annText = try? String(contentsOf: ann, encoding: .utf8)
      else { continue }
      docs.append(BratDocument(name: ann.deletingPathExtension().lastPathComponent, text: text, spans: parseAnnotations(annText)))
    }
    return docs
  }
}

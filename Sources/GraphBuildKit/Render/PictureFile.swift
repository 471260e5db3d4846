import Foundation

/// What a file that a picture would replace holds, told by its first bytes, so that `render`
/// writes over an earlier picture of the same format and nothing else.
///
///     PictureFile.foreignContent(at: "out/graph.jsonld", format: "svg")  // "JSON (a graph?)"
///     PictureFile.foreignContent(at: "out/graph.svg", format: "svg")     // nil: an SVG, or absent
public enum PictureFile {
  /// A description of what the file holds when it is not empty and not of `format`; nil when
  /// the file may be written (absent, empty, or a picture of that format).
  public static func foreignContent(at path: String, format: String) -> String? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 512)) ?? Data()
    guard !head.isEmpty else { return nil }
    let kind = kind(of: head)
    return kind == format ? nil : describe(kind)
  }

  /// svg, png, pdf, dot, json, text or data.
  static func kind(of head: Data) -> String {
    let bytes = [UInt8](head)
    if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "png" }
    if bytes.starts(with: Array("%PDF".utf8)) { return "pdf" }
    var text = String(decoding: bytes, as: UTF8.self)
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let trimmed = text.drop { $0.isWhitespace }
    if trimmed.hasPrefix("<svg") || trimmed.hasPrefix("<!DOCTYPE svg") { return "svg" }
    if trimmed.hasPrefix("<!DOCTYPE html") { return "html" }
    if trimmed.hasPrefix("<?xml") { return trimmed.contains("<svg") || trimmed.contains("DOCTYPE svg") ? "svg" : "xml" }
    if trimmed.prefixMatch(of: /(?i)(strict\s+)?(di)?graph[\s{"]/) != nil { return "dot" }
    if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") { return "json" }
    return bytes.contains(0) ? "data" : "text"
  }

  static func describe(_ kind: String) -> String {
    switch kind {
    case "json": return "JSON (a graph?)"
    case "text": return "text (an article?)"
    case "xml": return "XML that is not SVG"
    case "data": return "binary data"
    default: return kind.uppercased()
    }
  }
}

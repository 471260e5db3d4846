import Foundation

/// An article as read from disk: its text as decoded, letters composed and words of mixed
/// scripts put in one (offsets count into this), and the date
/// it gives on a first line such as "date 2025-11-26".
public struct SourceDocument: Sendable {
  public var path: String
  public var text: String
  public var date: String?
  public var encoding: String

  public var id: String { KnowledgeGraph.base + "document/" + KnowledgeGraph.fingerprint(text) }
}

public enum DocumentReader {
  public static let extensions: Set<String> = ["txt", "md"]

  /// Files under the given paths: .txt and .md, folders recursively, sorted. A path that does
  /// not exist or a folder without articles is an error naming it.
  public static func files(in paths: [String]) throws -> [URL] {
    let fm = FileManager.default
    var out: [URL] = []
    for path in paths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw GraphBuildError.noSuchPath(path) }
      if isDir.boolValue {
        var found: [URL] = []
        let walker = fm.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
          if extensions.contains(url.pathExtension.lowercasedFast()) && !url.lastPathComponent.hasPrefix(".")
            && url.lastPathComponent.lowercasedFast() != "readme.md"
          {
            found.append(url)
          }
        }
        if found.isEmpty { throw GraphBuildError.noDocuments(path) }
        out += found.sorted { $0.path < $1.path }
      } else {
        out.append(URL(fileURLWithPath: path))
      }
    }
    return out
  }

  /// Decodes UTF-8, or Windows-1251 (common for Ukrainian texts) when the bytes are not UTF-8;
  /// refuses binary files.
  public static func read(_ url: URL) throws -> SourceDocument {
    let data: Data
    do { data = try Data(contentsOf: url) } catch {
      throw GraphBuildError.unreadable(file: url.path, reason: "cannot be read (\(error.localizedDescription))")
    }
    let bytes = [UInt8](data)
    let controls = bytes.prefix(65536).filter { $0 < 9 || ($0 > 13 && $0 < 32) }.count
    if bytes.contains(0) || controls > max(4, min(bytes.count, 65536) / 100) {
      throw GraphBuildError.unreadable(file: url.path, reason: "looks binary, not text; give it as UTF-8 text")
    }
    var text: String
    var encoding = "UTF-8"
    if let utf8 = String(data: data, encoding: .utf8) {
      text = utf8
    } else if let cp1251 = String(data: data, encoding: .windowsCP1251) {
      text = cp1251
      encoding = "Windows-1251"
    } else {
      throw GraphBuildError.unreadable(file: url.path, reason: "is neither UTF-8 nor Windows-1251; convert it to UTF-8")
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    text = normalized(text)
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw GraphBuildError.unreadable(file: url.path, reason: "is empty")
    }
    return SourceDocument(path: url.path, text: text, date: publicationDate(text), encoding: encoding)
  }

  /// A decoded text as the pipeline reads it: offsets count into this.
  public static func normalized(_ text: String) -> String {
    var text = text
    // Some sources write й and ї as и and і with a combining mark: composed, they are the
    // letters the dictionaries, the model and the word lists know, not a word broken in two.
    if text.unicodeScalars.contains(where: { $0.value >= 0x300 && $0.value <= 0x36F }) {
      text = text.precomposedStringWithCanonicalMapping
    }
    return MixedScript.repair(text)
  }

  /// "date 2025-11-26" (or "Дата: 26.11.2025") at the start of the text.
  public static func publicationDate(_ text: String) -> String? {
    let head = String(text.prefix(64))
    if let m = head.firstMatch(of: /^\s*(?:date|Date|дата|Дата):?\s+(\d{4})-(\d{2})-(\d{2})/) {
      return "\(m.1)-\(m.2)-\(m.3)"
    }
    if let m = head.firstMatch(of: /^\s*(?:date|Date|дата|Дата):?\s+(\d{1,2})\.(\d{2})\.(\d{4})/) {
      let day = m.1.count == 1 ? "0" + m.1 : String(m.1)
      return "\(m.3)-\(m.2)-\(day)"
    }
    return nil
  }
}

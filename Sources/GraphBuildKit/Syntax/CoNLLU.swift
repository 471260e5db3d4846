import Foundation

/// A sentence of a CoNLL-U file: its comment lines and its rows, every line kept as read.
///
/// Multiword-token lines (`3-4`) and empty nodes (`8.1`) pass through untouched; only the
/// word rows (integer IDs) are tagged and parsed.
public struct CoNLLUSentence: Sendable, Equatable {
  public var comments: [String]
  public var rows: [[String]]

  public init(comments: [String] = [], rows: [[String]]) {
    self.comments = comments
    self.rows = rows
  }

  /// Indices into `rows` of the word rows, in order.
  public var wordRows: [Int] { rows.indices.filter { Self.isWord(rows[$0]) } }

  /// The forms of the word rows.
  public var forms: [String] { wordRows.map { rows[$0][1] } }

  static func isWord(_ row: [String]) -> Bool {
    !row[0].isEmpty && row[0].utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
  }

  /// The gold heads and relations of the word rows; nil where the file gives none (`_`).
  public var heads: [(head: Int, relation: String)?] {
    wordRows.map { r in
      let row = rows[r]
      guard let h = Int(row[6]), row[7] != "_" else { return nil }
      return (h, row[7])
    }
  }
}

/// Reads and writes CoNLL-U (universaldependencies.org/format.html).
public enum CoNLLU {
  /// Parses a file's text; a word line without ten tab-separated columns is an error naming
  /// its line.
  public static func parse(_ text: String, file: String) throws -> [CoNLLUSentence] {
    var sentences: [CoNLLUSentence] = []
    var current = CoNLLUSentence(rows: [])
    var lineNumber = 0
    func flush() {
      if !current.rows.isEmpty || !current.comments.isEmpty { sentences.append(current) }
      current = CoNLLUSentence(rows: [])
    }
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.isEmpty {
        flush()
      } else if line.hasPrefix("#") {
        if !current.rows.isEmpty { flush() }
        current.comments.append(String(line))
      } else {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard columns.count == 10 else {
          throw GraphBuildError.badData(
            file: file, reason: "line \(lineNumber) has \(columns.count) columns, CoNLL-U needs 10")
        }
        current.rows.append(columns)
      }
    }
    flush()
    return sentences
  }

  public static func read(_ url: URL) throws -> [CoNLLUSentence] {
    let data: Data
    do { data = try Data(contentsOf: url) } catch {
      throw GraphBuildError.badData(file: url.path, reason: "cannot be read (\(error.localizedDescription))")
    }
    return try parse(String(decoding: data, as: UTF8.self), file: url.path)
  }

  public static func format(_ sentences: [CoNLLUSentence]) -> String {
    var out = ""
    for s in sentences {
      for c in s.comments { out += c + "\n" }
      for r in s.rows { out += r.joined(separator: "\t") + "\n" }
      out += "\n"
    }
    return out
  }
}

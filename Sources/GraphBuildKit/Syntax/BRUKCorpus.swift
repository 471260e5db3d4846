import Foundation

/// One word of a training sentence: its form, with the gold lemma and VESUM tag.
public struct TaggedWord: Sendable, Equatable {
  public var form: String
  public var lemma: String
  public var tag: String
}

/// BRUK's disambiguated fragments (`bruk/disambig/*.xml`): `<sentence>` elements of
/// `<token value lemma tags/>`, read line by line (the files write one element a line).
/// Alternative readings inside `<alts>` are left out: the first reading is the corpus's choice.
public enum BRUKCorpus {
  public static func sentences(inFile text: String) -> [[TaggedWord]] {
    var out: [[TaggedWord]] = []
    var current: [TaggedWord] = []
    var inAlternatives = false
    for line in text.split(separator: "\n") {
      let t = line.drop { $0 == " " || $0 == "\t" }
      if t.hasPrefix("<alts") { inAlternatives = true; continue }
      if t.hasPrefix("</alts") { inAlternatives = false; continue }
      if t.hasPrefix("</sentence") {
        if !current.isEmpty { out.append(current) }
        current = []
      } else if t.hasPrefix("<token"), !inAlternatives,
        let form = attribute("value", in: t), let lemma = attribute("lemma", in: t),
        let tag = attribute("tags", in: t)
      {
        current.append(TaggedWord(form: form, lemma: lemma, tag: tag))
      }
    }
    if !current.isEmpty { out.append(current) }
    return out
  }

  /// Every fragment of a folder, in file-name order.
  public static func sentences(inFolder url: URL) throws -> [[TaggedWord]] {
    let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".xml") }.sorted()
    var all: [[TaggedWord]] = []
    for name in names {
      let data = try Data(contentsOf: url.appendingPathComponent(name))
      all += sentences(inFile: String(decoding: data, as: UTF8.self))
    }
    return all
  }

  static func attribute(_ name: String, in element: Substring) -> String? {
    guard let r = element.range(of: " " + name + "=\"") else { return nil }
    let rest = element[r.upperBound...]
    guard let end = rest.firstIndex(of: "\"") else { return nil }
    return unescape(rest[..<end])
  }

  static func unescape(_ s: Substring) -> String {
    guard s.contains("&") else { return String(s) }
    return s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&amp;", with: "&")
  }
}

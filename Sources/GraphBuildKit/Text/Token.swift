/// A token of a text, with its place in the text counted in Unicode scalars (code points),
/// the unit that brat annotations and Python strings use.
public struct Token: Hashable, Sendable {
  public enum Kind: String, Sendable {
    case word, number, date, punctuation, quote, dash, symbol
  }

  public let text: String
  public let kind: Kind
  /// Offset of the first scalar in the source text.
  public var scalarStart: Int
  /// Offset one past the last scalar (end exclusive).
  public var scalarEnd: Int

  /// A word starting with a capital letter. Stored: the tagger asks for every token many times.
  public let isCapitalized: Bool
  /// A word of two or more letters, none of them lower-case (США, NATO).
  public let isAllCaps: Bool

  public init(text: String, kind: Kind, scalarStart: Int, scalarEnd: Int) {
    self.text = text
    self.kind = kind
    self.scalarStart = scalarStart
    self.scalarEnd = scalarEnd
    let scalars = text.unicodeScalars
    isCapitalized = kind == .word && (scalars.first?.properties.isUppercase ?? false)
    isAllCaps = kind == .word && scalars.count > 1 && scalars.allSatisfy { !$0.properties.isLowercase }
  }
}

extension Token {
  /// Ukrainian prepositions: a closed class the dictionary does not mark.
  public static let prepositions: Set<String> = [
    "з", "із", "зі", "у", "в", "до", "на", "від", "для", "про", "щодо", "проти", "між", "за", "при", "через", "після",
    "під", "над", "без", "серед", "по", "о", "об",
  ]
}

/// A sentence: a range of tokens and the scalar range it spans.
public struct Sentence: Hashable, Sendable {
  public var tokenRange: Range<Int>
  public var scalarStart: Int
  public var scalarEnd: Int
}

/// Text decoded once into scalars, so that slicing by scalar offset is O(1).
public struct ScalarText: Sendable {
  public let scalars: [Unicode.Scalar]
  /// The offset of the first scalar in the whole document, for a part of a long one: `slice`
  /// takes offsets in the whole document.
  public var base = 0

  public init(_ string: String) { scalars = Array(string.unicodeScalars) }

  public func slice(_ start: Int, _ end: Int) -> String {
    let lo = max(0, start - base), hi = min(end - base, scalars.count)
    guard hi > lo else { return "" }
    // UTF-8 written straight into the string's storage: one allocation at most.
    return String(unsafeUninitializedCapacity: (hi - lo) * 4) { buffer in
      var n = 0
      for i in lo..<hi {
        let v = scalars[i].value
        if v < 0x80 {
          buffer[n] = UInt8(v); n += 1
        } else if v < 0x800 {
          buffer[n] = UInt8(0xC0 | (v >> 6)); buffer[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
        } else if v < 0x10000 {
          buffer[n] = UInt8(0xE0 | (v >> 12)); buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
          buffer[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
        } else {
          buffer[n] = UInt8(0xF0 | (v >> 18)); buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
          buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
        }
      }
      return n
    }
  }
}

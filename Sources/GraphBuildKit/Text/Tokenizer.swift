/// Splits Ukrainian text into tokens, keeping scalar offsets into the original text.
///
/// Apostrophes (' ’ ʼ) and hyphens between letters stay inside words; numbers keep
/// decimal commas; dotted dates (11.09.2025) are one token. Works the same on raw text
/// and on pre-tokenised text such as NER-UK's, where punctuation is already spaced out.
public struct Tokenizer: Sendable {
  public init() {}

  static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
    s == "'" || s == "\u{2019}" || s == "\u{02BC}" || s == "`"
  }
  static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }
  static func isLetter(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x80 { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
    if s.value >= 0x400 && s.value <= 0x4FF { return true }
    return s.properties.isAlphabetic
  }
  static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
  /// Marks web text hides in words: soft hyphen, zero-width space and joiners, word joiner.
  static func isInvisible(_ s: Unicode.Scalar) -> Bool {
    s.value == 0xAD || (s.value >= 0x200B && s.value <= 0x200D) || s.value == 0x2060
  }
  static func isQuote(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "\"", "«", "»", "„", "“", "”", "‘", "‹", "›": return true
    default: return false
    }
  }
  static func isDash(_ s: Unicode.Scalar) -> Bool {
    s == "\u{2013}" || s == "\u{2014}" || s == "\u{2012}" || s == "\u{2015}"
  }

  static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
    switch s.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return true
    default: return false
    }
  }

  public func tokenize(_ text: ScalarText) -> [Token] {
    let s = text.scalars
    var tokens: [Token] = []
    tokens.reserveCapacity(s.count / 5)
    var i = 0
    let n = s.count
    while i < n {
      let c = s[i]
      if c == " " || c == "\n" || c == "\t" || c == "\r" || (c.value >= 0x80 && (c.properties.isWhitespace || c == "\u{FEFF}" || Self.isInvisible(c))) {
        i += 1
        continue
      }
      let start = i
      var kind: Token.Kind
      // A word with invisible marks in it (Зелен\u{AD}ський): one token, its text without them.
      var invisible = false
      if Self.isLetter(c) {
        i += 1
        while i < n {
          let d = s[i]
          if Self.isLetter(d) || Self.isDigit(d) || d == "\u{0301}" {
            i += 1
          } else if (Self.isApostrophe(d) || Self.isHyphen(d)) && i + 1 < n && Self.isLetter(s[i + 1]) {
            i += 2
          } else if Self.isInvisible(d) && i + 1 < n && Self.isLetter(s[i + 1]) {
            invisible = true
            i += 2
          } else {
            break
          }
        }
        kind = .word
      } else if Self.isDigit(c) {
        i += 1
        var separators = 0
        var dots = 0
        while i < n {
          let d = s[i]
          if Self.isDigit(d) {
            i += 1
          } else if (d == "," || d == ".") && i + 1 < n && Self.isDigit(s[i + 1]) {
            separators += 1
            if d == "." { dots += 1 }
            i += 2
          } else {
            break
          }
        }
        kind = dots == 2 && separators == 2 ? .date : .number
        // "78-річного", "2025-го": a number joined to a word by a hyphen is one token.
        if i + 1 < n && Self.isHyphen(s[i]) && Self.isLetter(s[i + 1]) {
          i += 2
          while i < n && Self.isLetter(s[i]) { i += 1 }
          kind = .word
        }
      } else if Self.isQuote(c) {
        i += 1
        kind = .quote
      } else if Self.isDash(c) {
        i += 1
        kind = .dash
      } else if c == "." && i + 2 < n && s[i + 1] == "." && s[i + 2] == "." {
        i += 3
        kind = .punctuation
      } else if Self.isPunctuation(c) || Self.isApostrophe(c) {
        i += 1
        kind = Self.isHyphen(c) ? .dash : .punctuation
      } else {
        i += 1
        kind = .symbol
      }
      var word = text.slice(start, i)
      if invisible {
        var visible = String.UnicodeScalarView()
        visible.append(contentsOf: word.unicodeScalars.filter { !Self.isInvisible($0) })
        word = String(visible)
      }
      tokens.append(Token(text: word, kind: kind, scalarStart: start, scalarEnd: i))
    }
    return tokens
  }
}

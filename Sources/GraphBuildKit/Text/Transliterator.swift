/// Ukrainian to Latin under the official KMU 2010 system (Cabinet of Ministers resolution
/// No. 55, 27 January 2010): the Latin name stored in the graph.
public enum KMU2010 {
  private static let table: [Unicode.Scalar: (initial: String, other: String)] = {
    let pairs: [(Unicode.Scalar, String, String)] = [
      ("а", "a", "a"), ("б", "b", "b"), ("в", "v", "v"), ("г", "h", "h"), ("ґ", "g", "g"),
      ("д", "d", "d"), ("е", "e", "e"), ("є", "ye", "ie"), ("ж", "zh", "zh"), ("з", "z", "z"),
      ("и", "y", "y"), ("і", "i", "i"), ("ї", "yi", "i"), ("й", "y", "i"), ("к", "k", "k"),
      ("л", "l", "l"), ("м", "m", "m"), ("н", "n", "n"), ("о", "o", "o"), ("п", "p", "p"),
      ("р", "r", "r"), ("с", "s", "s"), ("т", "t", "t"), ("у", "u", "u"), ("ф", "f", "f"),
      ("х", "kh", "kh"), ("ц", "ts", "ts"), ("ч", "ch", "ch"), ("ш", "sh", "sh"),
      ("щ", "shch", "shch"), ("ь", "", ""), ("ю", "yu", "iu"), ("я", "ya", "ia"),
    ]
    var t: [Unicode.Scalar: (String, String)] = [:]
    for (c, a, b) in pairs { t[c] = (a, b) }
    return t
  }()

  private static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
    s.properties.lowercaseMapping.unicodeScalars.first ?? s
  }
  private static func isCyrillic(_ s: Unicode.Scalar) -> Bool { table[lower(s)] != nil }
  private static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
    s == "'" || s == "\u{2019}" || s == "\u{02BC}"
  }
  private static func isCombining(_ s: Unicode.Scalar) -> Bool { s.value >= 0x300 && s.value <= 0x36F }

  public static func transliterate(_ text: String) -> String {
    let s = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    var previousWasLetter = false
    while i < s.count {
      let c = s[i]
      if isApostrophe(c) {
        // Dropped between letters; kept as punctuation elsewhere.
        if previousWasLetter, i + 1 < s.count, isCyrillic(s[i + 1]) {
          i += 1
          continue
        }
        out.append(c)
        previousWasLetter = false
        i += 1
        continue
      }
      if isCombining(c) {
        out.append(c)
        i += 1
        continue
      }
      let l = lower(c)
      guard let entry = table[l] else {
        out.append(c)
        previousWasLetter = c.properties.isAlphabetic
        i += 1
        continue
      }
      var latin = previousWasLetter ? entry.other : entry.initial
      if l == "г", i > 0, lower(previousLetter(s, before: i) ?? " ") == "з" { latin = "gh" }
      if c != l, !latin.isEmpty {
        let next = nextLetter(s, after: i)
        if next == nil || next!.properties.isUppercase {
          latin = latin.uppercased()
        } else {
          latin = latin.prefix(1).uppercased() + latin.dropFirst()
        }
      }
      out.append(contentsOf: latin.unicodeScalars)
      previousWasLetter = true
      i += 1
    }
    return String(out)
  }

  private static func nextLetter(_ s: [Unicode.Scalar], after i: Int) -> Unicode.Scalar? {
    var j = i + 1
    while j < s.count {
      if isCombining(s[j]) { j += 1; continue }
      if isApostrophe(s[j]) && j + 1 < s.count && isCyrillic(s[j + 1]) { j += 1; continue }
      return s[j].properties.isAlphabetic ? s[j] : nil
    }
    return nil
  }

  private static func previousLetter(_ s: [Unicode.Scalar], before i: Int) -> Unicode.Scalar? {
    var j = i - 1
    while j >= 0 && isCombining(s[j]) { j -= 1 }
    return j >= 0 ? s[j] : nil
  }
}

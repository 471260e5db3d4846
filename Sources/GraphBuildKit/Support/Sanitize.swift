/// Text made safe for where it goes: a terminal, a stored name, a DOT or XML string.
///
///     Sanitize.terminal("Tusk\u{1B}]0;owned\u{07}")  // "Tusk\\x1B]0;owned\\x07"
///     Sanitize.text("A\u{0B}B\u{FFFF}")                    // "A B "
public enum Sanitize {
  /// Scalars no text may carry into the graph: C0 controls other than tab and line breaks, DEL,
  /// C1 controls, and the noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF), which XML refuses.
  public static func isForbidden(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x20 { return v != 0x09 && v != 0x0A && v != 0x0D }
    if v >= 0x7F && v <= 0x9F { return true }
    if v >= 0xFDD0 && v <= 0xFDEF { return true }
    return v & 0xFFFE == 0xFFFE
  }

  /// Each forbidden scalar replaced by a space, one for one, so code-point offsets hold.
  public static func text(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: isForbidden) else { return s }
    var out = String.UnicodeScalarView()
    for c in s.unicodeScalars { out.append(isForbidden(c) ? " " : c) }
    return String(out)
  }

  /// For a terminal: controls shown as `\xHH` (`\u{HHHH}` beyond one byte), never sent raw, so
  /// a name cannot move the cursor, set the title or clear the screen. Line breaks too: one
  /// field stays on one line.
  public static func terminal(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: { isForbidden($0) || $0.value < 0x20 }) else { return s }
    var out = ""
    for c in s.unicodeScalars {
      if isForbidden(c) || c.value < 0x20 {
        let hex = String(c.value, radix: 16, uppercase: true)
        out += c.value <= 0xFF ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{\(hex)}"
      } else {
        out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// `text(s)` with each scalar the table names written as its replacement: the one escaping
  /// loop behind XML text, N-Quads literals and DOT strings.
  public static func escaped(_ s: String, _ table: [Unicode.Scalar: String]) -> String {
    var out = ""
    for c in text(s).unicodeScalars {
      if let r = table[c] { out += r } else { out.unicodeScalars.append(c) }
    }
    return out
  }
}

extension String {
  /// At most `limit` characters, cut at the last space before it (or after a sentence's end)
  /// and marked with an ellipsis, so no word or quote is cut in half.
  ///
  ///     "Туск провів переговори з Зеленським".cutAtWord(20)  // "Туск провів…"
  public func cutAtWord(_ limit: Int) -> String {
    guard count > limit else { return self }
    let head = prefix(limit - 1)
    guard let space = head.lastIndex(where: { $0 == " " || $0 == "\n" }), head.distance(from: head.startIndex, to: space) > limit / 2 else {
      return String(head) + "…"
    }
    var kept = head[..<space]
    while let last = kept.last, ",;:—–-(«\"".contains(last) { kept = kept.dropLast() }
    return String(kept) + "…"
  }
}

/// Case mapping and letter classes for the Latin and Cyrillic letters that make up nearly all of
/// the pipeline's words, without the Unicode property tables: `lowercased()` and
/// `Character.isUppercase` looked up per scalar were a tenth of tagging new text. Anything
/// outside those letters takes the standard library's path, so results are always the same.
enum CaseMapping {
  /// The letter class of a scalar when it is known without tables: 1 upper case, 2 lower case,
  /// 3 ASCII digit, 0 other ASCII or apostrophe, nil when the tables must be asked.
  @inline(__always)
  static func simpleClass(_ v: UInt32) -> UInt8? {
    switch v {
    case 0x41...0x5A, 0x400...0x42F, 0x490: return 1
    case 0x61...0x7A, 0x430...0x45F, 0x491: return 2
    case 0x30...0x39: return 3
    case 0x20...0x7F, 0x2019, 0x2BC: return 0
    default: return nil
    }
  }
}

extension String {
  /// `lowercased()`, quicker for Latin and Cyrillic words (and the same string back when there
  /// is nothing to lower).
  func lowercasedFast() -> String {
    var copy = self
    return copy.withUTF8 { bytes in
      // Two-byte Cyrillic upper case is D0 80-AF and D2 90 (Ґ); the tables are asked for any
      // other letter beyond ASCII.
      var upper = false
      var i = 0
      while i < bytes.count {
        let b = bytes[i]
        if b < 0x80 {
          if b >= 0x41 && b <= 0x5A { upper = true }
          i += 1
          continue
        }
        guard i + 1 < bytes.count else { return nil }
        let c = bytes[i + 1]
        switch b {
        case 0xD0: if c < 0xB0 { upper = true }
        case 0xD1 where c <= 0x9F: break  // р-я, ѐ-џ
        case 0xD2 where c == 0x90 || c == 0x91: if c == 0x90 { upper = true }
        case 0xE2 where c == 0x80 && i + 2 < bytes.count && bytes[i + 2] == 0x99: i += 1  // ’
        case 0xCA where c == 0xBC: break  // ʼ
        default: return nil
        }
        i += 2
      }
      guard upper else { return self }
      return String(unsafeUninitializedCapacity: bytes.count) { out in
        var i = 0
        while i < bytes.count {
          let b = bytes[i]
          if b < 0x80 {
            out[i] = b >= 0x41 && b <= 0x5A ? b + 32 : b
            i += 1
            continue
          }
          let c = bytes[i + 1]
          switch (b, c) {
          case (0xD0, 0x80...0x8F): out[i] = 0xD1; out[i + 1] = c + 0x10  // Ѐ-Џ -> ѐ-џ
          case (0xD0, 0x90...0x9F): out[i] = 0xD0; out[i + 1] = c + 0x20  // А-П -> а-п
          case (0xD0, 0xA0...0xAF): out[i] = 0xD1; out[i + 1] = c - 0x20  // Р-Я -> р-я
          case (0xD2, 0x90): out[i] = 0xD2; out[i + 1] = 0x91  // Ґ -> ґ
          default: out[i] = b; out[i + 1] = c
          }
          if b == 0xE2 { out[i + 2] = bytes[i + 2]; i += 1 }
          i += 2
        }
        return bytes.count
      }
    } ?? lowercased()
  }
}

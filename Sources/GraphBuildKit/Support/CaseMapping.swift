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

  @inline(__always)
  static func lower(_ v: UInt32) -> UInt32 {
    switch v {
    case 0x41...0x5A, 0x410...0x42F: return v + 32
    case 0x400...0x40F: return v + 80
    case 0x490: return 0x491
    default: return v
    }
  }
}

extension String {
  /// `lowercased()`, quicker for Latin and Cyrillic words (and the same string back when there
  /// is nothing to lower).
  func lowercasedFast() -> String {
    var upper = false
    for s in unicodeScalars {
      guard let c = CaseMapping.simpleClass(s.value) else { return lowercased() }
      if c == 1 { upper = true }
    }
    guard upper else { return self }
    var out = String.UnicodeScalarView()
    for s in unicodeScalars { out.append(Unicode.Scalar(CaseMapping.lower(s.value))!) }
    return String(out)
  }
}

import Foundation

/// Tells how an article's bytes are encoded and decodes them: UTF-8 (with or without a BOM),
/// UTF-16 in either byte order (with a BOM, or told by where its zero bytes fall), else the one
/// of Windows-1251 and KOI8-U that reads as Ukrainian. Both legacy code pages decode any byte,
/// so they are told apart by letter statistics: in Ukrainian text the ten commonest lower-case
/// letters (о а н и і в т е р с) make about 60% of the Cyrillic letters; KOI8-U read as
/// Windows-1251, or the reverse, gives mostly capitals and rare letters.
///
///     TextEncoding.decode(Array("Київ".data(using: .utf16LittleEndian)!))  // ("Київ", .utf16LE)
public enum TextEncoding: String, Sendable {
  case utf8 = "UTF-8"
  case utf16LE = "UTF-16LE"
  case utf16BE = "UTF-16BE"
  case windows1251 = "Windows-1251"
  case koi8u = "KOI8-U"

  public enum Failure: Error, Equatable {
    case binary
    case undecidable
  }

  /// The decoded text (BOM dropped) and the encoding it was read in.
  public static func decode(_ bytes: [UInt8]) throws(Failure) -> (String, TextEncoding) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      if let s = String(validating: bytes.dropFirst(3), as: UTF8.self) { return (s, .utf8) }
    }
    if bytes.starts(with: [0xFF, 0xFE]), let s = utf16(bytes.dropFirst(2), littleEndian: true) { return (s, .utf16LE) }
    if bytes.starts(with: [0xFE, 0xFF]), let s = utf16(bytes.dropFirst(2), littleEndian: false) { return (s, .utf16BE) }
    if let order = utf16Order(bytes), let s = utf16(bytes[...], littleEndian: order) { return (s, order ? .utf16LE : .utf16BE) }
    // NUL is never text; valid UTF-8 is text whatever controls it holds (they are read as spaces).
    if bytes.contains(0) { throw .binary }
    if let s = String(validating: bytes, as: UTF8.self) { return (s, .utf8) }
    if looksBinary(bytes) { throw .binary }
    let cp1251 = decodeSingleByte(bytes, windows1251High)
    let koi = decodeSingleByte(bytes, koi8uHigh)
    switch singleByte(cp1251: cyrillicCounts(cp1251), koi8u: cyrillicCounts(koi)) {
    case .windows1251: return (cp1251, .windows1251)
    case .koi8u: return (koi, .koi8u)
    default: throw .undecidable
    }
  }

  /// Bytes read with one of the single-byte tables (ASCII below 0x80).
  static func decodeSingleByte(_ bytes: some Collection<UInt8>, _ high: [UInt16]) -> String {
    String(decoding: bytes.map { $0 < 0x80 ? UInt16($0) : high[Int($0) - 0x80] }, as: UTF16.self)
  }

  /// Which single-byte reading is Ukrainian, from each reading's Cyrillic letters and common
  /// ones among them (`cyrillicCounts`, summed over the text); nil if neither.
  static func singleByte(cp1251 a: (letters: Int, common: Int), koi8u b: (letters: Int, common: Int)) -> TextEncoding? {
    let share = { (c: (letters: Int, common: Int)) in c.letters == 0 ? 0 : Double(c.common) / Double(c.letters) }
    // Few Cyrillic letters cannot tell; Windows-1251 is then the likelier of the two.
    if a.letters < 20 && b.letters < 20 { return .windows1251 }
    if share(a) >= 0.35 && share(a) >= share(b) { return .windows1251 }
    if share(b) >= 0.35 { return .koi8u }
    return nil
  }

  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let head = bytes.prefix(65536)
    let controls = head.filter { $0 < 9 || ($0 > 13 && $0 < 32) }.count
    return bytes.contains(0) || controls > max(4, head.count / 100)
  }

  /// UTF-16 without a BOM: most text has one zero byte in each ASCII pair and a 0x04 beside
  /// each Cyrillic letter, on the same side.
  static func utf16Order(_ bytes: [UInt8]) -> Bool? {
    guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
    let pairs = bytes.count / 2
    var high = [0, 0], zero = [0, 0]
    for i in 0..<min(pairs, 32768) {
      for side in 0..<2 {
        let b = bytes[2 * i + side]
        if b == 0 { zero[side] += 1 }
        if b == 0 || b == 4 { high[side] += 1 }
      }
    }
    let n = min(pairs, 32768)
    if high[1] * 10 >= n * 7 && zero[0] * 100 <= n { return true }
    if high[0] * 10 >= n * 7 && zero[1] * 100 <= n { return false }
    return nil
  }

  static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String? {
    guard bytes.count % 2 == 0 else { return nil }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      i += 2
    }
    return String(validating: units, as: UTF16.self)
  }

  /// The Cyrillic letters and, of them, the ten commonest lower-case ones: summed over a file's
  /// pieces, the same share as of the whole.
  static func cyrillicCounts(_ s: String) -> (letters: Int, common: Int) {
    let common: Set<UInt32> = [0x43E, 0x430, 0x43D, 0x438, 0x456, 0x432, 0x442, 0x435, 0x440, 0x441]
    var letters = 0, hits = 0
    for c in s.unicodeScalars where (0x400...0x4FF).contains(c.value) {
      letters += 1
      if common.contains(c.value) { hits += 1 }
    }
    return (letters, hits)
  }

  static let windows1251High: [UInt16] = [
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
  ] + (0x0410...0x044F).map { UInt16($0) }

  static let koi8uHigh: [UInt16] = [
    0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590,
    0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248, 0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7,
    0x2550, 0x2551, 0x2552, 0x0451, 0x0454, 0x2554, 0x0456, 0x0457, 0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x0491, 0x255D, 0x255E,
    0x255F, 0x2560, 0x2561, 0x0401, 0x0404, 0x2563, 0x0406, 0x0407, 0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x0490, 0x256C, 0x00A9,
    0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433, 0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E,
    0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432, 0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
    0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413, 0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E,
    0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412, 0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
  ]
}

/// 64-bit FNV-1a over a string's UTF-8 bytes: cache keys, hashed features and stable IDs.
/// Hashing the bytes skips the Unicode normalisation that String's own hashing pays for.
enum FNV1a {
  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

  static func hash(_ s: String, seed: UInt64 = offsetBasis) -> UInt64 {
    var copy = s
    return copy.withUTF8 { hash(bytes: $0, seed: seed) }
  }

  /// The same hash over raw UTF-8 bytes, for files parsed without making Strings.
  @inline(__always)
  static func hash<Bytes: Sequence>(bytes: Bytes, seed: UInt64 = offsetBasis) -> UInt64 where Bytes.Element == UInt8 {
    var h = seed
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
  }
}

extension FNV1a {
  /// The hash with ’ (U+2019) and ʼ (U+02BC) read as ': word lists spell the apostrophe one
  /// way, texts three.
  static func hashFoldingApostrophes<Bytes: Collection>(bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
    var h = offsetBasis
    var i = bytes.startIndex
    while i != bytes.endIndex {
      var b = bytes[i]
      var next = bytes.index(after: i)
      if b == 0xE2, next != bytes.endIndex, bytes[next] == 0x80 {
        let third = bytes.index(after: next)
        if third != bytes.endIndex, bytes[third] == 0x99 {
          b = 0x27
          next = bytes.index(after: third)
        }
      } else if b == 0xCA, next != bytes.endIndex, bytes[next] == 0xBC {
        b = 0x27
        next = bytes.index(after: next)
      }
      h = (h ^ UInt64(b)) &* 0x100_0000_01b3
      i = next
    }
    return h
  }

  static func hashFoldingApostrophes(_ s: String) -> UInt64 {
    var copy = s
    return copy.withUTF8 { hashFoldingApostrophes(bytes: $0) }
  }
}

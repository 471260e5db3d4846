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

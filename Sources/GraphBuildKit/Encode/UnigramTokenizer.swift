import Foundation

/// XLM-R's SentencePiece unigram tokenizer, as the encoder file carries it: each code point is
/// mapped through the normaliser (NFKC-like folds, control characters dropped), runs of spaces
/// become one, a space is put in front, spaces become the metaspace "▁", and the text is cut
/// into the pieces whose scores sum highest (Viterbi; a character no piece covers is <unk>).
///
///     "Київ." -> ["▁Київ", "."]   (ids by the vocabulary, source scalars 0..<4 and 4..<5)
struct UnigramTokenizer {
  struct Piece: Equatable {
    var id: Int
    /// The scalars of the input the piece came from (empty for the metaspace put in front).
    var scalarStart: Int
    var scalarEnd: Int
  }

  static let metaspace: UInt32 = 0x2581

  private let scores: [Float]
  private let offsets: [UInt32]
  private let blob: [UInt8]
  private let normalization: [UInt32: [UInt32]]
  private let unk: Int
  private let unknownScore: Float
  private let longestPiece: Int
  /// Open addressing over the pieces' bytes: piece index + 1, 0 empty.
  private let table: [Int32]
  private let tableMask: Int

  init(file: EncoderFile) {
    let scores = file.pieceScores, offsets = file.pieceOffsets
    let blob = [UInt8](file.data[file.blobOffset..<(file.blobOffset + Int(file.pieceOffsets.last ?? 0))])
    self.scores = scores
    self.offsets = offsets
    self.blob = blob
    normalization = file.normalization
    unk = file.unk
    unknownScore = (scores.min() ?? 0) - 10
    var longest = 1
    for i in 0..<scores.count { longest = max(longest, Int(offsets[i + 1] - offsets[i])) }
    longestPiece = longest
    var size = 1
    while size < scores.count * 2 { size <<= 1 }
    var t = [Int32](repeating: 0, count: size)
    blob.withUnsafeBufferPointer { b in
      for i in 0..<scores.count {
        let lo = Int(offsets[i]), hi = Int(offsets[i + 1])
        guard hi > lo else { continue }
        var h = Int(truncatingIfNeeded: FNV1a.hash(bytes: b[lo..<hi])) & (size - 1)
        while t[h] != 0 { h = (h + 1) & (size - 1) }
        t[h] = Int32(i + 1)
      }
    }
    table = t
    tableMask = size - 1
  }

  private func lookup(_ bytes: ArraySlice<UInt8>) -> Int? {
    var h = Int(truncatingIfNeeded: FNV1a.hash(bytes: bytes)) & tableMask
    while true {
      let v = Int(table[h])
      if v == 0 { return nil }
      let lo = Int(offsets[v - 1]), hi = Int(offsets[v])
      if hi - lo == bytes.count && blob[lo..<hi].elementsEqual(bytes) { return v - 1 }
      h = (h + 1) & tableMask
    }
  }

  /// The pieces of `scalars`, without <s> and </s>.
  func pieces(_ scalars: ArraySlice<Unicode.Scalar>) -> [Piece] {
    // Normalised code points, each with the input scalar it came from (-1: the space in front).
    var points: [(UInt32, Int)] = []
    points.reserveCapacity(scalars.count + 1)
    for (i, s) in scalars.enumerated() {
      let mapped = normalization[s.value] ?? [s.value]
      for p in mapped {
        if p == 0x20, let last = points.last, last.0 == 0x20 { continue }
        points.append((p, i))
      }
    }
    if points.first?.0 != 0x20 { points.insert((0x20, -1), at: 0) }
    // UTF-8 of the metaspaced text, and where each character starts in it.
    var bytes: [UInt8] = []
    var starts: [Int] = []
    for (p, _) in points {
      starts.append(bytes.count)
      let v = p == 0x20 ? Self.metaspace : p
      guard let scalar = Unicode.Scalar(v) else { bytes.append(0x3F); continue }
      bytes.append(contentsOf: String(scalar).utf8)
    }
    starts.append(bytes.count)
    let n = points.count
    var best = [Float](repeating: -.infinity, count: n + 1)
    var piece = [Int](repeating: -1, count: n + 1)
    var from = [Int](repeating: 0, count: n + 1)
    best[0] = 0
    for i in 0..<n where best[i] > -.infinity {
      var e = i + 1
      while e <= n, starts[e] - starts[i] <= longestPiece {
        if let id = lookup(bytes[starts[i]..<starts[e]]), id != unk {
          let s = best[i] + scores[id]
          if s > best[e] { best[e] = s; piece[e] = id; from[e] = i }
        }
        e += 1
      }
      let s = best[i] + unknownScore
      if s > best[i + 1] { best[i + 1] = s; piece[i + 1] = -1; from[i + 1] = i }
    }
    var out: [Piece] = []
    var e = n
    while e > 0 {
      let i = from[e]
      let sources = points[i..<e].map(\.1).filter { $0 >= 0 }
      let start = sources.min() ?? 0
      let end = (sources.max() ?? -1) + 1
      out.append(Piece(id: piece[e] < 0 ? unk : piece[e], scalarStart: start, scalarEnd: max(start, end)))
      e = i
    }
    return out.reversed()
  }
}

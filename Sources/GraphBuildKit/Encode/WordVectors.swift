import Foundation

extension TextEncoder {
  /// Pieces a batch may hold: enough that each weight read serves many rows, few enough that
  /// the activations stay in the caches' reach (measured: 1,024 runs as fast as 4,096).
  static let batchPieces = 1_024

  /// The contextual vector of every token: the mean of the states of the pieces that overlap
  /// it, after `depth` layers; `tokens.count × width` floats, token after token. Each sentence
  /// is one sequence (cut into windows of `maxPieces` if longer), so a word sees its sentence.
  ///
  ///     wordVectors(ScalarText("Київ."), tokens: [Київ, .], sentences: [0..<2])
  ///     // rows: mean of "▁Київ"; the row of "."
  public func wordVectors(_ text: ScalarText, tokens: [Token], sentences: [Sentence]) -> [Float] {
    let key = memo.map { _ in Self.memoKey(text, tokens.count) }
    if let key, let hit = memo?.get(key) { return hit }
    let out = computeWordVectors(text, tokens: tokens, sentences: sentences)
    if let key { memo?.set(key, out) }
    return out
  }

  static func memoKey(_ text: ScalarText, _ tokens: Int) -> UInt64 {
    var h = FNV1a.offsetBasis ^ UInt64(tokens)
    for s in text.scalars {
      h ^= UInt64(s.value)
      h = h &* 0x100_0000_01B3
    }
    return h
  }

  /// Computes, on every core, the word vectors of texts as `Tagger` tokenises them, and keeps
  /// them (`remembersWordVectors`): for cross-validation, which tags the same texts many times.
  public func precompute(_ texts: [String], progress: (@Sendable (Int) -> Void)? = nil) {
    precondition(memo != nil, "precompute keeps what it computes: set remembersWordVectors first")
    let lock = NSLock()
    nonisolated(unsafe) var finished = 0
    DispatchQueue.concurrentPerform(iterations: texts.count) { i in
      let scalars = ScalarText(texts[i])
      let tokens = Tokenizer().tokenize(scalars)
      _ = wordVectors(scalars, tokens: tokens, sentences: SentenceSplitter().split(tokens, in: scalars))
      lock.lock()
      finished += 1
      let n = finished
      lock.unlock()
      progress?(n)
    }
  }

  func computeWordVectors(_ text: ScalarText, tokens: [Token], sentences: [Sentence]) -> [Float] {
    let h = width
    var out = [Float](repeating: 0, count: tokens.count * h)
    var counts = [Float](repeating: 0, count: tokens.count)
    // Windows of pieces, each with the tokens it may touch.
    struct Window {
      var pieces: [UnigramTokenizer.Piece]
      var tokens: Range<Int>
    }
    var windows: [Window] = []
    for sentence in sentences where !sentence.tokenRange.isEmpty {
      let r = sentence.tokenRange
      let start = tokens[r.lowerBound].scalarStart, end = tokens[r.upperBound - 1].scalarEnd
      var pieces = self.pieces(text.scalars[start..<end])
      for i in pieces.indices {
        pieces[i].scalarStart += start
        pieces[i].scalarEnd += start
      }
      for at in stride(from: 0, to: pieces.count, by: maxPieces) {
        windows.append(Window(pieces: Array(pieces[at..<min(pieces.count, at + maxPieces)]), tokens: r))
      }
    }
    var batch: [Window] = []
    var size = 0
    func run() {
      guard !batch.isEmpty else { return }
      let states = self.states(batch.map { $0.pieces.map(\.id) })
      for (w, rows) in zip(batch, states) {
        var t = w.tokens.lowerBound
        for (p, piece) in w.pieces.enumerated() {
          while t < w.tokens.upperBound && tokens[t].scalarEnd <= piece.scalarStart { t += 1 }
          var u = t
          while u < w.tokens.upperBound && tokens[u].scalarStart < piece.scalarEnd {
            for i in 0..<h { out[u * h + i] += rows[p * h + i] }
            counts[u] += 1
            u += 1
          }
        }
      }
      batch.removeAll()
      size = 0
    }
    for w in windows {
      if size + w.pieces.count > Self.batchPieces { run() }
      batch.append(w)
      size += w.pieces.count
    }
    run()
    for t in tokens.indices where counts[t] > 1 {
      let inverse = 1 / counts[t]
      for i in 0..<h { out[t * h + i] *= inverse }
    }
    return out
  }
}

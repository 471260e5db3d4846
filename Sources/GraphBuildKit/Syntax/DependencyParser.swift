import Foundation

/// A labelled dependency parser: greedy arc-hybrid transitions scored by an averaged
/// perceptron over words, lemmas, parts of speech, case and the partial tree (Zhang and
/// Nivre's feature set, cut down), trained with a dynamic oracle and exploration.
///
///     parser.parse(words)  // for "Президент підписав закон ."
///     // heads [2, 0, 2, 2], relations ["nsubj", "root", "obj", "punct"]
public struct DependencyParser: Sendable {
  public let relations: [String]
  let weights: SparseWeights

  /// What the parser reads of a word: hashes of its lower-cased form, lemma, UD part of
  /// speech and coarse VESUM tag.
  public struct Word: Sendable {
    var form: UInt64
    var lemma: UInt64
    var pos: UInt64
    var coarse: UInt64

    public init(form: String, lemma: String, tag: String) {
      let t = VESUMTag(tag)
      self.form = FNV1a.hash(MorphTagger.normalized(form))
      self.lemma = FNV1a.hash(MorphTagger.normalized(lemma))
      self.pos = FNV1a.hash(t.upos)
      self.coarse = FNV1a.hash(t.coarse)
    }

    init(root: ()) {
      form = 0x1001
      lemma = 0x1002
      pos = 0x1003
      coarse = 0x1004
    }
  }

  public struct Arc: Sendable, Equatable {
    public var head: Int
    public var relation: String
  }

  var classCount: Int { 1 + 2 * relations.count }

  func move(_ c: Int) -> ArcHybrid.Move {
    c == 0 ? .shift : c <= relations.count ? .left(c - 1) : .right(c - 1 - relations.count)
  }

  static let none: UInt64 = 0xDEAD

  /// The feature keys of a configuration. `words[0]` is the root.
  static func features(_ s: ArcHybrid, _ words: [Word], into f: inout [UInt64]) {
    f.removeAll(keepingCapacity: true)
    @inline(__always) func w(_ i: Int?) -> UInt64 { i.map { words[$0].form } ?? none }
    @inline(__always) func p(_ i: Int?) -> UInt64 { i.map { words[$0].pos } ?? none }
    @inline(__always) func c(_ i: Int?) -> UInt64 { i.map { words[$0].coarse } ?? none }
    @inline(__always) func l(_ i: Int?) -> UInt64 { i.map { words[$0].lemma } ?? none }
    @inline(__always) func d(_ i: Int?) -> UInt64 { i.map { UInt64(bitPattern: Int64(s.labels[$0])) } ?? none }
    @inline(__always) func child(_ i: Int?, _ table: [Int]) -> Int? {
      guard let i, table[i] != 0 else { return nil }
      return table[i]
    }
    let s0 = s.stackWord(0), s1 = s.stackWord(1), s2 = s.stackWord(2)
    let b0 = s.bufferWord(0), b1 = s.bufferWord(1), b2 = s.bufferWord(2)
    let s0L = child(s0, s.leftmost), s0L2 = child(s0, s.leftmost2)
    let s0R = child(s0, s.rightmost), s0R2 = child(s0, s.rightmost2)
    let b0L = child(b0, s.leftmost), b0L2 = child(b0, s.leftmost2)
    let s1R = child(s1, s.rightmost), s1L = child(s1, s.leftmost)
    func distance(_ a: Int?, _ b: Int?) -> UInt64 {
      guard let a, let b else { return none }
      return UInt64(min(abs(b - a), 6))
    }
    f.append(featureKey(1, w(s0)))
    f.append(featureKey(2, p(s0)))
    f.append(featureKey(3, c(s0)))
    f.append(featureKey(4, l(s0)))
    f.append(featureKey(5, w(s1)))
    f.append(featureKey(6, p(s1)))
    f.append(featureKey(7, c(s1)))
    f.append(featureKey(8, p(s2)))
    f.append(featureKey(9, w(b0)))
    f.append(featureKey(10, p(b0)))
    f.append(featureKey(11, c(b0)))
    f.append(featureKey(12, l(b0)))
    f.append(featureKey(13, w(b1)))
    f.append(featureKey(14, p(b1)))
    f.append(featureKey(15, c(b1)))
    f.append(featureKey(16, p(b2)))
    f.append(featureKey(18, c(s0), c(b0)))
    f.append(featureKey(19, w(s0), w(b0)))
    f.append(featureKey(20, l(s0), c(b0)))
    f.append(featureKey(21, c(s0), l(b0)))
    f.append(featureKey(22, c(s1), c(s0)))
    f.append(featureKey(23, l(s1), c(s0)))
    f.append(featureKey(24, c(s1), l(s0)))
    f.append(featureKey(25, p(s1), p(s0), p(b0)))
    f.append(featureKey(26, p(s0), p(b0), p(b1)))
    f.append(featureKey(27, p(s2), p(s1), p(s0)))
    f.append(featureKey(28, p(b0), p(b1), p(b2)))
    f.append(featureKey(30, p(s0L), d(s0L)))
    f.append(featureKey(32, p(s0R), d(s0R)))
    f.append(featureKey(34, p(b0L), d(b0L)))
    f.append(featureKey(36, p(s1R), d(s1R)))
    f.append(featureKey(37, p(s0), d(s0L), d(s0R)))
    f.append(featureKey(38, c(s0), c(s0L), c(b0)))
    f.append(featureKey(39, c(s0), c(s0R), c(b0)))
    f.append(featureKey(40, c(b0), c(b0L), d(b0L)))
    f.append(featureKey(41, c(s1), d(s1R), c(s0)))
    f.append(featureKey(42, d(s0L2), d(s0L), p(s0)))
    f.append(featureKey(43, d(s0R2), d(s0R), p(s0)))
    f.append(featureKey(44, distance(s0, b0), p(s0), p(b0)))
    f.append(featureKey(45, distance(s1, s0), p(s1), p(s0)))
    f.append(featureKey(46, UInt64(s0.map { s.leftCount[$0] * 8 + s.rightCount[$0] } ?? 99), p(s0)))
    f.append(featureKey(47, UInt64(b0.map { s.leftCount[$0] } ?? 99), p(b0)))
    f.append(featureKey(48, w(s1), w(s0)))
    f.append(featureKey(49, c(s0), c(b0), distance(s0, b0)))
    f.append(featureKey(50, d(b0L2), d(b0L), p(b0)))
    f.append(featureKey(51, c(s1), c(s1L), c(s0)))
    f.append(featureKey(53, c(s0), c(b1)))
    f.append(featureKey(54, c(s1), c(b0)))
    f.append(featureKey(55, w(s0), c(b0)))
    f.append(featureKey(56, c(s0), w(b0)))
    f.append(featureKey(57, l(s0), l(b0)))
    f.append(featureKey(58, l(s1), l(s0)))
  }

  /// The best-scoring valid move.
  func bestMove(_ s: ArcHybrid, scores: [Float]) -> Int {
    var best = -1
    var bestScore = -Float.infinity
    func consider(_ c: Int) {
      if scores[c] > bestScore {
        best = c
        bestScore = scores[c]
      }
    }
    if s.canShift { consider(0) }
    if s.canLeft { for r in relations.indices { consider(1 + r) } }
    if s.canRight { for r in relations.indices { consider(1 + relations.count + r) } }
    return best
  }

  /// Heads (0 for the root) and relations of `words`, which come without the root.
  public func parse(_ words: [Word]) -> [Arc] {
    let all = [Word(root: ())] + words
    var state = ArcHybrid(count: words.count)
    var feats: [UInt64] = []
    feats.reserveCapacity(64)
    var scores = [Float](repeating: 0, count: classCount)
    while !state.isTerminal {
      Self.features(state, all, into: &feats)
      for k in scores.indices { scores[k] = 0 }
      weights.score(feats, into: &scores)
      state.apply(move(bestMove(state, scores: scores)))
    }
    return (1...max(words.count, 1)).prefix(words.count).map { Arc(head: state.heads[$0], relation: relations[state.labels[$0]]) }
  }
}

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
    var tag: TagAtoms

    public init(form: String, lemma: String, tag: String) {
      self.init(form: form, lemma: lemma, atoms: TagAtoms(VESUMTag(tag)))
    }

    init(form: String, lemma: String, atoms: TagAtoms) {
      self.init(formHash: FNV1a.hash(MorphTagger.normalized(form)), lemma: lemma, atoms: atoms)
    }

    /// `formHash`: FNV-1a of the normalised form, as the tagger computed it.
    init(formHash: UInt64, lemma: String, atoms: TagAtoms) {
      form = formHash
      self.lemma = FNV1a.hash(MorphTagger.normalized(lemma))
      tag = atoms
    }

    init(root: ()) {
      form = 0x1001
      lemma = 0x1002
      tag = TagAtoms(pos: 0x1003, coarse: 0x1004, inflection: 0, isPunctuation: false)
    }
  }

  /// What the parser reads of a tag: hashes of its part of speech and coarse tag, and case,
  /// gender and number packed in one byte each of `inflection`, for agreement.
  struct TagAtoms: Sendable {
    var pos: UInt64
    var coarse: UInt64
    var inflection: UInt32
    var isPunctuation: Bool

    init(pos: UInt64, coarse: UInt64, inflection: UInt32, isPunctuation: Bool) {
      self.pos = pos
      self.coarse = coarse
      self.inflection = inflection
      self.isPunctuation = isPunctuation
    }

    init(_ t: VESUMTag) {
      pos = FNV1a.hash(t.upos)
      coarse = FNV1a.hash(t.coarse)
      let cases: [Substring] = ["v_naz", "v_rod", "v_dav", "v_zna", "v_oru", "v_mis", "v_kly"]
      let c = t.caseCode.flatMap { cases.firstIndex(of: $0) }.map { UInt32($0) + 1 } ?? 0
      let g: UInt32 = t.has("m") ? 1 : t.has("f") ? 2 : t.has("n") ? 3 : 0
      let n: UInt32 = t.has("p") ? 2 : g != 0 || t.has("s") ? 1 : 0
      inflection = c | g << 8 | n << 16
      isPunctuation = t.wordClass == "punct"
    }

    /// How two words' inflections agree: for each of case, gender and number, 0 when either
    /// lacks it, 1 when they differ, 2 when they match.
    static func agreement(_ a: UInt32, _ b: UInt32) -> UInt64 {
      var out: UInt64 = 0
      for shift in [0, 8, 16] as [UInt32] {
        let x = (a >> shift) & 0xFF, y = (b >> shift) & 0xFF
        out = out * 3 + (x == 0 || y == 0 ? 0 : x == y ? 2 : 1)
      }
      return out
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
  ///
  /// `punctuationBefore[i]` counts the punctuation among words 1..<i.
  static func features(_ s: ArcHybrid, _ words: [Word], punctuationBefore: [Int], into f: inout [UInt64]) {
    f.removeAll(keepingCapacity: true)
    @inline(__always) func w(_ i: Int?) -> UInt64 { i.map { words[$0].form } ?? none }
    @inline(__always) func p(_ i: Int?) -> UInt64 { i.map { words[$0].tag.pos } ?? none }
    @inline(__always) func c(_ i: Int?) -> UInt64 { i.map { words[$0].tag.coarse } ?? none }
    @inline(__always) func agree(_ a: Int?, _ b: Int?) -> UInt64 {
      guard let a, let b else { return none }
      return TagAtoms.agreement(words[a].tag.inflection, words[b].tag.inflection)
    }
    /// Punctuation marks between two words (0, 1, 2 or more).
    @inline(__always) func marks(_ a: Int?, _ b: Int?) -> UInt64 {
      guard let a, let b, a > 0, b > a else { return none }
      return UInt64(min(punctuationBefore[b] - punctuationBefore[a + 1], 2))
    }
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
    f.append(featureKey(49, c(s0), c(b0), distance(s0, b0)))
    f.append(featureKey(50, d(b0L2), d(b0L), p(b0)))
    f.append(featureKey(51, c(s1), c(s1L), c(s0)))
    f.append(featureKey(53, c(s0), c(b1)))
    f.append(featureKey(54, c(s1), c(b0)))
    f.append(featureKey(55, w(s0), c(b0)))
    f.append(featureKey(56, c(s0), w(b0)))
    f.append(featureKey(60, p(s0), p(b0), agree(s0, b0)))
    f.append(featureKey(61, p(s1), p(s0), agree(s1, s0)))
    f.append(featureKey(62, marks(s0, b0), p(s0), p(b0)))
    f.append(featureKey(63, marks(s1, s0), p(s1), p(s0)))
  }

  static func punctuationCounts(_ words: [Word]) -> [Int] {
    var out = [0, 0]
    out.reserveCapacity(words.count + 1)
    for i in 1..<max(words.count, 1) { out.append(out[i] + (words[i].tag.isPunctuation ? 1 : 0)) }
    return out
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
    let marks = Self.punctuationCounts(all)
    var state = ArcHybrid(count: words.count)
    var feats: [UInt64] = []
    feats.reserveCapacity(64)
    var scores = [Float](repeating: 0, count: classCount)
    while !state.isTerminal {
      Self.features(state, all, punctuationBefore: marks, into: &feats)
      for k in scores.indices { scores[k] = 0 }
      weights.score(feats, into: &scores)
      state.apply(move(bestMove(state, scores: scores)))
    }
    return (1...max(words.count, 1)).prefix(words.count).map { Arc(head: state.heads[$0], relation: relations[state.labels[$0]]) }
  }
}

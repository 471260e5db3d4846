import Foundation

/// A greedy left-to-right BIO tagger over hashed features, trained as an averaged perceptron.
public final class Tagger: @unchecked Sendable {
  public internal(set) var model: PerceptronModel {
    didSet { if !intrinsicScores.isEmpty { intrinsicScores.removeAll() } }
  }
  private var intrinsicScores: [UInt64: [Float]] = [:]
  private let cacheLock = NSLock()
  let extractor: FeatureExtractor
  private let tokenizer = Tokenizer()
  private let splitter = SentenceSplitter()

  public init(model: PerceptronModel, lemmatizer: Lemmatizer? = .shared, gazetteer: Gazetteer?) {
    self.model = model
    self.extractor = FeatureExtractor(lemmatizer: lemmatizer, gazetteer: gazetteer)
  }

  /// Label-dependent features: the previous labels, alone and with the current word.
  @inline(__always) func historyFeatures(_ static_: [UInt64], prev: Int, prev2: Int, lowerHash: UInt64, shapeHash: UInt64, memory: Int = -1) -> [UInt64] {
    [
      // What this word was tagged earlier in the document (label consistency).
      FeatureExtractor.mix(204, UInt64(memory + 1)),
      FeatureExtractor.mix(200, UInt64(prev + 1)),
      FeatureExtractor.mix(201, UInt64(prev + 1), UInt64(prev2 + 1)),
      FeatureExtractor.mix(202, UInt64(prev + 1), lowerHash),
      FeatureExtractor.mix(203, UInt64(prev + 1), shapeHash),
    ]
  }

  @inline(__always) func scores(_ feats: [UInt64], _ extra: [UInt64], into s: inout [Float]) {
    let L = model.labels.count
    for k in 0..<L { s[k] = 0 }
    let mask = model.bucketMask
    model.weights.withUnsafeBufferPointer { w in
      for f in feats {
        let base = Int(f & mask) * L
        for k in 0..<L { s[k] += w[base + k] }
      }
      for f in extra {
        let base = Int(f & mask) * L
        for k in 0..<L { s[k] += w[base + k] }
      }
    }
  }

  /// Whether label `next` may follow `prev` in BIO, precomputed: [prev + 1][next].
  private(set) lazy var transitions: [[Bool]] = (-1..<model.labels.count).map { p in
    (0..<model.labels.count).map { n in Self.bioAllows(model.labels, p, n) }
  }

  @inline(__always) func allowed(_ prev: Int, _ next: Int) -> Bool { transitions[prev + 1][next] }

  /// I-X only after B-X or I-X.
  static func bioAllows(_ labels: [String], _ prev: Int, _ next: Int) -> Bool {
    let n = labels[next]
    guard n.hasPrefix("I-") else { return true }
    guard prev >= 0 else { return false }
    let p = labels[prev]
    return p.dropFirst(2) == n.dropFirst(2) && p != "O"
  }

  /// The entity type a label stands for (B-PERS and I-PERS -> 1), -1 for O.
  func typeIndex(_ label: Int) -> Int { label == 0 ? -1 : (label - 1) / 2 }

  /// Labels for the tokens of one sentence; `memory` carries what words were tagged earlier in
  /// the same document.
  func tag(_ tokens: ArraySlice<Token>, stats: FeatureExtractor.DocumentStats, memory: inout [UInt64: Int]) -> [Int] {
    // Word-intrinsic features score the same every time: their sums are cached per form.
    let (feats, infos) = extractor.featuresAndInfos(tokens, stats: stats, includeIntrinsic: false)
    let L = model.labels.count
    let mask = model.bucketMask
    var labels: [Int] = []
    labels.reserveCapacity(feats.count)
    var s = [Float](repeating: 0, count: L)
    let transitions = self.transitions
    model.weights.withUnsafeBufferPointer { w in
      for i in 0..<feats.count {
        let prev = i > 0 ? labels[i - 1] : -1
        let prev2 = i > 1 ? labels[i - 2] : -1
        @inline(__always) func add(_ f: UInt64) {
          let base = Int(f & mask) * L
          for k in 0..<L { s[k] += w[base + k] }
        }
        cacheLock.lock()
        let cached = intrinsicScores[infos[i].key]
        cacheLock.unlock()
        if let cached {
          for k in 0..<L { s[k] = cached[k] }
        } else {
          for k in 0..<L { s[k] = 0 }
          for f in infos[i].intrinsic { add(f) }
          cacheLock.lock()
          if intrinsicScores.count > 1_000_000 { intrinsicScores.removeAll(keepingCapacity: true) }
          intrinsicScores[infos[i].key] = s
          cacheLock.unlock()
        }
        for f in feats[i] { add(f) }
        let p = UInt64(prev + 1)
        add(FeatureExtractor.mix(204, UInt64((memory[infos[i].lowerHash] ?? -1) + 1)))
        add(FeatureExtractor.mix(200, p))
        add(FeatureExtractor.mix(201, p, UInt64(prev2 + 1)))
        add(FeatureExtractor.mix(202, p, infos[i].lowerHash))
        add(FeatureExtractor.mix(203, p, infos[i].shapeHash))
        var best = 0
        var bestScore = -Float.infinity
        let allowedNext = transitions[prev + 1]
        for k in 0..<L where allowedNext[k] && s[k] > bestScore {
          best = k
          bestScore = s[k]
        }
        labels.append(best)
        if best != 0 { memory[infos[i].lowerHash] = typeIndex(best) }
      }
    }
    return labels
  }

  /// Spans found in a text, offsets in scalars.
  public func recognize(_ text: ScalarText) -> (tokens: [Token], sentences: [Sentence], spans: [TaggedSpan]) {
    let tokens = tokenizer.tokenize(text)
    let sentences = splitter.split(tokens, in: text)
    var spans: [TaggedSpan] = []
    let stats = FeatureExtractor.DocumentStats(tokens: tokens, sentences: sentences, extractor: extractor)
    var memory: [UInt64: Int] = [:]
    for (si, sentence) in sentences.enumerated() {
      let labels = tag(tokens[sentence.tokenRange], stats: stats, memory: &memory)
      spans.append(contentsOf: Self.spans(labels: labels, names: model.labels, offset: sentence.tokenRange.lowerBound, sentence: si, tokens: tokens))
    }
    return (tokens, sentences, spans)
  }

  static func spans(labels: [Int], names: [String], offset: Int, sentence: Int, tokens: [Token]) -> [TaggedSpan] {
    var out: [TaggedSpan] = []
    var i = 0
    while i < labels.count {
      let name = names[labels[i]]
      if name == "O" { i += 1; continue }
      let type = String(name.dropFirst(2))
      var j = i + 1
      while j < labels.count && names[labels[j]] == "I-" + type { j += 1 }
      out.append(
        TaggedSpan(
          label: type, tokenRange: (offset + i)..<(offset + j), sentenceIndex: sentence,
          scalarStart: tokens[offset + i].scalarStart, scalarEnd: tokens[offset + j - 1].scalarEnd))
      i = j
    }
    return out
  }
}

/// A recognised span with its corpus label (PERS, ORG, LOC, MISC).
public struct TaggedSpan: Hashable, Sendable {
  public var label: String
  public var tokenRange: Range<Int>
  public var sentenceIndex: Int
  public var scalarStart: Int
  public var scalarEnd: Int
}

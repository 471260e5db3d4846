import Foundation

/// A greedy left-to-right BIO tagger over hashed features, trained as an averaged perceptron.
public final class Tagger: @unchecked Sendable {
  public internal(set) var model: PerceptronModel
  let extractor: FeatureExtractor
  private let tokenizer = Tokenizer()
  private let splitter = SentenceSplitter()

  public init(model: PerceptronModel, lemmatizer: Lemmatizer? = .shared, gazetteer: Gazetteer?) {
    self.model = model
    self.extractor = FeatureExtractor(lemmatizer: lemmatizer, gazetteer: gazetteer)
  }

  /// Label-dependent features: the previous labels, alone and with the current word.
  @inline(__always) func historyFeatures(_ static_: [UInt64], prev: Int, prev2: Int, lowerHash: UInt64, shapeHash: UInt64) -> [UInt64] {
    [
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

  /// Whether label `next` may follow `prev` in BIO (I-X only after B-X or I-X).
  func allowed(_ prev: Int, _ next: Int) -> Bool {
    let n = model.labels[next]
    guard n.hasPrefix("I-") else { return true }
    guard prev >= 0 else { return false }
    let p = model.labels[prev]
    return p.dropFirst(2) == n.dropFirst(2) && p != "O"
  }

  /// Labels for the tokens of one sentence.
  public func tag(_ tokens: ArraySlice<Token>) -> [Int] {
    let feats = extractor.features(tokens)
    let infos = tokens.map { extractor.info($0) }
    var labels: [Int] = []
    labels.reserveCapacity(feats.count)
    var s = [Float](repeating: 0, count: model.labels.count)
    for i in 0..<feats.count {
      let prev = i > 0 ? labels[i - 1] : -1
      let prev2 = i > 1 ? labels[i - 2] : -1
      let extra = historyFeatures(feats[i], prev: prev, prev2: prev2, lowerHash: infos[i].lowerHash, shapeHash: infos[i].shapeHash)
      scores(feats[i], extra, into: &s)
      var best = 0
      var bestScore = -Float.infinity
      for k in 0..<s.count where allowed(prev, k) && s[k] > bestScore {
        best = k
        bestScore = s[k]
      }
      labels.append(best)
    }
    return labels
  }

  /// Spans found in a text, offsets in scalars.
  public func recognize(_ text: ScalarText) -> (tokens: [Token], sentences: [Sentence], spans: [TaggedSpan]) {
    let tokens = tokenizer.tokenize(text)
    let sentences = splitter.split(tokens, in: text)
    var spans: [TaggedSpan] = []
    for (si, sentence) in sentences.enumerated() {
      let labels = tag(tokens[sentence.tokenRange])
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

import Foundation

/// A BIO tagger over hashed features: a first-order structured perceptron (averaged), decoded
/// with Viterbi. Emission features describe the word and its neighbours; pair features join
/// a label to the one before it (alone and with the word's shape).
public final class Tagger: @unchecked Sendable {
  public internal(set) var model: PerceptronModel {
    didSet {
      if !formRows.isEmpty { formRows.removeAll(); formScores.removeAll() }
      if !pairCache.isEmpty { pairCache.removeAll() }
      missingScores = nil
      if model.labels != oldValue.labels { transitions = Self.transitions(model.labels) }
    }
  }
  /// Per word form, what its own features score and what it gives each neighbour
  /// (`FeatureExtractor.neighbourFeatures`): `rowsPerForm` rows of L, in the order intrinsic,
  /// then `Neighbour`, at the offset `formRows` gives in one flat store (no array per form).
  private var formRows: [UInt64: Int] = [:]
  private var formScores: [Float] = []
  private var rowsPerForm: Int { 1 + FeatureExtractor.Neighbour.allCases.count }
  /// The same rows for a missing neighbour, once the weights are known.
  private var missingScores: [Float]?
  private let cacheLock = NSLock()
  let extractor: FeatureExtractor
  /// The encoder, for a model trained with its features (`model.encoder`); without it such a
  /// model tags from its other features alone, less well.
  public var encoder: TextEncoder?

  /// Whether tagging uses the encoder.
  public var usesEncoder: Bool { model.encoder != nil && encoder != nil }
  private let tokenizer = Tokenizer()
  private let splitter = SentenceSplitter()

  public init(model: PerceptronModel, lemmatizer: Lemmatizer? = .shared, gazetteer: Gazetteer?) {
    self.model = model
    self.extractor = FeatureExtractor(lemmatizer: lemmatizer, gazetteer: gazetteer)
    transitions = Self.transitions(model.labels)
  }

  /// Uses a table of frequent forms' precomputed dictionary knowledge if it matches what this
  /// tagger computes; returns whether it does (a stale table is left unused).
  @discardableResult
  public func attach(_ forms: FormTable) -> Bool { extractor.attach(forms) }

  /// Whether a form table is in use.
  public var usesFormTable: Bool { extractor.forms != nil }

  /// A form table file for `forms` (one word each), from what this tagger computes for them.
  public func formTable(for forms: [String], progress: (Int) -> Void = { _ in }) -> Data {
    FormTable.build(forms: forms, extractor: extractor, progress: progress)
  }

  /// Whether label `next` may follow `prev` in BIO, precomputed: [(prev + 1) * L + next]. Set
  /// with the model, not lazily, since documents are tagged on several threads at once.
  private(set) var transitions: [Bool] = []

  static func transitions(_ labels: [String]) -> [Bool] {
    (-1..<labels.count).flatMap { p in (0..<labels.count).map { n in bioAllows(labels, p, n) } }
  }

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

  /// Hashed features that join label k to the label before it (`prev`, -1 at the start): the
  /// label bigram and the bigram with the word's shape.
  @inline(__always) static func pairFeatures(prev: Int, shapeHash: UInt64) -> (UInt64, UInt64) {
    let p = UInt64(prev + 1)
    return (FeatureExtractor.mix(200, p), FeatureExtractor.mix(203, p, shapeHash))
  }

  /// Scores of every (previous label, label) pair for a word of this shape: (L + 1) x L, row
  /// prev + 1. They depend on the shape alone, so tagging caches them per shape.
  func pairScores(shapeHash: UInt64, weights w: UnsafeBufferPointer<Float>) -> [Float] {
    let L = model.labels.count
    let mask = model.bucketMask
    var out = [Float](repeating: 0, count: (L + 1) * L)
    for p in -1..<L {
      let (a, b) = Self.pairFeatures(prev: p, shapeHash: shapeHash)
      let ra = Int(a & mask) * L
      let rb = Int(b & mask) * L
      for k in 0..<L { out[(p + 1) * L + k] = w[ra + k] + w[rb + k] }
    }
    return out
  }

  private var pairCache: [UInt64: [Float]] = [:]

  private func cachedPairScores(shapeHash: UInt64, weights w: UnsafeBufferPointer<Float>) -> [Float] {
    cacheLock.lock()
    let hit = pairCache[shapeHash]
    cacheLock.unlock()
    if let hit { return hit }
    let scores = pairScores(shapeHash: shapeHash, weights: w)
    cacheLock.lock()
    if pairCache.count > 100_000 { pairCache.removeAll(keepingCapacity: true) }
    pairCache[shapeHash] = scores
    cacheLock.unlock()
    return scores
  }

  /// The best BIO sequence given per-token label scores `emission` (n x L, row-major) and
  /// per-token pair scores (`pairs(i)`, as `pairScores`): first-order Viterbi.
  func viterbi(emission: [Float], count n: Int, pairs: (Int) -> [Float]) -> [Int] {
    let L = model.labels.count
    guard n > 0 else { return [] }
    var delta = [Float](repeating: -.infinity, count: n * L)
    var back = [Int32](repeating: -1, count: n * L)
    let allowed = transitions
    delta.withUnsafeMutableBufferPointer { d in
      back.withUnsafeMutableBufferPointer { bp in
        emission.withUnsafeBufferPointer { e in
          allowed.withUnsafeBufferPointer { ok in
            for i in 0..<n {
              let pair = pairs(i)
              pair.withUnsafeBufferPointer { pr in
                let row = i * L
                if i == 0 {
                  for k in 0..<L where ok[k] {
                    d[k] = pr[k] + e[k]
                    bp[k] = -1
                  }
                  return
                }
                for p in 0..<L {
                  let before = d[row - L + p]
                  if before == -.infinity { continue }
                  let base = (p + 1) * L
                  for k in 0..<L where ok[base + k] {
                    let v = before + pr[base + k] + e[row + k]
                    if v > d[row + k] {
                      d[row + k] = v
                      bp[row + k] = Int32(p)
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    var best = 0
    for k in 1..<L where delta[(n - 1) * L + k] > delta[(n - 1) * L + best] { best = k }
    var labels = [Int](repeating: 0, count: n)
    labels[n - 1] = best
    var i = n - 1
    while i > 0 {
      labels[i - 1] = Int(back[i * L + labels[i]])
      i -= 1
    }
    return labels
  }

  /// Score rows of a word form (`formScores`); `nil` stands for a missing neighbour, whose
  /// intrinsic row stays zero.
  private func scores(of info: FeatureExtractor.WordInfo?, intrinsic: [UInt64], weights w: UnsafeBufferPointer<Float>) -> [Float] {
    let L = model.labels.count
    let mask = model.bucketMask
    var out = [Float](repeating: 0, count: L * rowsPerForm)
    func add(_ features: [UInt64], row: Int) {
      for f in features {
        let base = Int(f & mask) * L
        for k in 0..<L { out[row * L + k] += w[base + k] }
      }
    }
    add(intrinsic, row: 0)
    for position in FeatureExtractor.Neighbour.allCases {
      add(FeatureExtractor.neighbourFeatures(info, as: position), row: 1 + position.rawValue)
    }
    return out
  }

  /// Emission scores of one sentence: the cached rows of each word and of its neighbours,
  /// features that join a word to its neighbours, and what each word was tagged earlier in the
  /// document.
  func emissions(
    _ feats: FeatureExtractor.FeatureRows, _ tokens: ArraySlice<Token>, _ infos: ArraySlice<FeatureExtractor.WordInfo>,
    memory: FeatureExtractor.Memory, weights w: UnsafeBufferPointer<Float>
  ) -> [Float] {
    let L = model.labels.count
    let mask = model.bucketMask
    let n = infos.count
    let width = rowsPerForm * L
    // The sentence's rows, copied out under one lock, and row n for a missing neighbour; the
    // forms not yet cached are computed after and added to the store.
    var rows = [Float](repeating: 0, count: (n + 1) * width)
    var missingForms: [Int] = []
    cacheLock.lock()
    if missingScores == nil { missingScores = scores(of: nil, intrinsic: [], weights: w) }
    rows.replaceSubrange((n * width)..<((n + 1) * width), with: missingScores!)
    formScores.withUnsafeBufferPointer { store in
      rows.withUnsafeMutableBufferPointer { r in
        for i in 0..<n {
          if let at = formRows[infos[infos.startIndex + i].key] {
            for k in 0..<width { r[i * width + k] = store[at + k] }
          } else {
            missingForms.append(i)
          }
        }
      }
    }
    cacheLock.unlock()
    if !missingForms.isEmpty {
      var computed: [(UInt64, [Float])] = []
      for i in missingForms {
        let info = infos[infos.startIndex + i]
        let r = scores(of: info, intrinsic: extractor.intrinsic(tokens[tokens.startIndex + i]), weights: w)
        rows.replaceSubrange((i * width)..<((i + 1) * width), with: r)
        computed.append((info.key, r))
      }
      cacheLock.lock()
      if formRows.count > 300_000 {
        formRows.removeAll(keepingCapacity: true)
        formScores.removeAll(keepingCapacity: true)
      }
      for (key, r) in computed where formRows[key] == nil {
        formRows[key] = formScores.count
        formScores.append(contentsOf: r)
      }
      cacheLock.unlock()
    }
    var out = [Float](repeating: 0, count: n * L)
    out.withUnsafeMutableBufferPointer { o in
      rows.withUnsafeBufferPointer { r in
        for i in 0..<n {
          let row = i * L
          for k in 0..<L { o[row + k] = r[i * width + k] }
          // Neighbour j of word i adds its row for that position.
          for position in FeatureExtractor.Neighbour.allCases {
            let j: Int
            switch position {
            case .previous: j = i - 1
            case .beforePrevious: j = i - 2
            case .next: j = i + 1
            case .afterNext: j = i + 2
            }
            let source = (j >= 0 && j < n ? j : n) * width + (1 + position.rawValue) * L
            for k in 0..<L { o[row + k] += r[source + k] }
          }
          for f in feats[i] {
            let base = Int(f & mask) * L
            for k in 0..<L { o[row + k] += w[base + k] }
          }
          let m = Int(FeatureExtractor.memoryFeature(infos[infos.startIndex + i], memory) & mask) * L
          for k in 0..<L { o[row + k] += w[m + k] }
        }
      }
    }
    return out
  }

  /// Labels for the tokens of one sentence; `memory` carries what words were tagged earlier in
  /// the same document.
  func tag(
    _ tokens: ArraySlice<Token>, infos: ArraySlice<FeatureExtractor.WordInfo>, stats: FeatureExtractor.DocumentStats,
    memory: inout FeatureExtractor.Memory, codes: ArraySlice<[UInt64]>? = nil
  ) -> [Int] {
    // What depends on one word form alone scores the same every time: cached per form.
    var feats = extractor.features(tokens, infos: infos, stats: stats, perForm: false)
    if let codes { feats = feats.adding(codes) }
    let start = infos.startIndex
    let labels = model.weights.withUnsafeBufferPointer { w in
      viterbi(emission: emissions(feats, tokens, infos, memory: memory, weights: w), count: infos.count) {
        cachedPairScores(shapeHash: infos[start + $0].shapeHash, weights: w)
      }
    }
    remember(labels, infos, in: &memory)
    return labels
  }

  /// Notes in `memory` the type each tagged word of a sentence got.
  func remember(_ labels: [Int], _ infos: ArraySlice<FeatureExtractor.WordInfo>, in memory: inout FeatureExtractor.Memory) {
    for (i, l) in labels.enumerated() where l != 0 { memory[infos[infos.startIndex + i].memoryKey] = typeIndex(l) }
  }

  /// Spans found in a text, offsets in scalars.
  public func recognize(_ text: ScalarText) -> (tokens: [Token], sentences: [Sentence], spans: [TaggedSpan]) {
    let tokens = tokenizer.tokenize(text)
    let sentences = splitter.split(tokens, in: text)
    let infos = tokens.map { extractor.info($0) }
    var spans: [TaggedSpan] = []
    let stats = FeatureExtractor.DocumentStats(tokens: tokens, sentences: sentences, infos: infos)
    var memory: FeatureExtractor.Memory = [:]
    let codes = encoderCodes(text, tokens: tokens, sentences: sentences)
    for (si, sentence) in sentences.enumerated() {
      let r = sentence.tokenRange
      let labels = tag(tokens[r], infos: infos[r], stats: stats, memory: &memory, codes: codes?[r])
      spans.append(contentsOf: Self.spans(labels: labels, names: model.labels, offset: r.lowerBound, sentence: si, tokens: tokens))
    }
    return (tokens, sentences, spans)
  }

  /// The encoder's features of every token, if the model has them and the encoder is loaded.
  func encoderCodes(_ text: ScalarText, tokens: [Token], sentences: [Sentence]) -> [[UInt64]]? {
    guard let codes = model.encoder, let encoder, encoder.depth == codes.depth, encoder.width == codes.width else { return nil }
    return codes.features(encoder.wordVectors(text, tokens: tokens, sentences: sentences), count: tokens.count)
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

import Foundation

/// Trains the tagger from brat documents and measures it.
public enum NERTraining {
  public static let coreTypes = ["PERS", "ORG", "LOC", "MISC"]

  public static func labels(for types: [String]) -> [String] {
    ["O"] + types.flatMap { ["B-\($0)", "I-\($0)"] }
  }

  /// NER-UK v2.0 splits v1.0's MISC into MISC, ART (works: books, films, shows) and DOC (laws,
  /// memoranda); on the texts the two versions share, v1.0 MISC is exactly their union. Mapping
  /// them back lets v2.0 documents train and score the four v1.0 types.
  static let v1Types = ["PERS": "PERS", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC", "ART": "MISC", "DOC": "MISC"]

  /// A document's spans in the v1.0 types, others dropped.
  static func coreSpans(_ doc: BratDocument, types: [String] = coreTypes) -> [BratSpan] {
    doc.spans.compactMap { span in
      guard let label = v1Types[span.label], types.contains(label) else { return nil }
      var s = span
      s.label = label
      return s
    }
  }

  struct Example {
    var tokens: [Token]
    var gold: [Int]
    var document: Int = 0
    /// The encoder's features of each token (`EncoderCodes`), or none.
    var codes: [[UInt64]] = []
  }

  /// Sentences of a document with gold BIO label indices, and what the document says of its
  /// words (one tokenisation for both). Spans of other types are ignored; nested spans keep the
  /// outermost.
  static func examples(
    _ doc: BratDocument, labels: [String], extractor: FeatureExtractor, codes: ((ScalarText, [Token], [Sentence]) -> [[UInt64]])? = nil
  ) -> ([Example], FeatureExtractor.DocumentStats) {
    let text = ScalarText(doc.text)
    let tokens = Tokenizer().tokenize(text)
    let sentences = SentenceSplitter().split(tokens, in: text)
    let tokenCodes = codes?(text, tokens, sentences) ?? []
    let stats = FeatureExtractor.DocumentStats(tokens: tokens, sentences: sentences, infos: tokens.map { extractor.info($0) })
    let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
    var tags = [Int](repeating: 0, count: tokens.count)
    let spans = coreSpans(doc, types: labels.filter { $0.hasPrefix("B-") }.map { String($0.dropFirst(2)) })
      .sorted { ($0.scalarStart, -$0.scalarEnd) < ($1.scalarStart, -$1.scalarEnd) }
    var coveredTo = -1
    for span in spans where span.scalarStart >= coveredTo {
      var first = true
      for (t, tok) in tokens.enumerated() where tok.scalarStart >= span.scalarStart && tok.scalarEnd <= span.scalarEnd {
        tags[t] = index[(first ? "B-" : "I-") + span.label]!
        first = false
      }
      coveredTo = span.scalarEnd
    }
    return (
      sentences.map { s in
        Example(tokens: Array(tokens[s.tokenRange]), gold: Array(tags[s.tokenRange]), codes: tokenCodes.isEmpty ? [] : Array(tokenCodes[s.tokenRange]))
      }, stats
    )
  }

  /// Structured averaged perceptron: each sentence is decoded with Viterbi and, where the best
  /// path differs from the gold one, the features of the two paths are moved apart. Documents
  /// are visited in an order drawn from `seed`, so the same corpus gives the same model; another
  /// seed gives another order, to measure how much a score owes to chance.
  public static func train(
    documents: [BratDocument], types: [String] = coreTypes, bucketBits: Int = 18, epochs: Int = 8, seed: UInt64 = 42,
    lemmatizer: Lemmatizer? = .shared, gazetteer: Gazetteer?, encoder: TextEncoder? = nil, progress: ((Int, Int) -> Void)? = nil
  ) -> Tagger {
    let labels = NERTraining.labels(for: types)
    var model = PerceptronModel(labels: labels, bucketBits: bucketBits)
    if let encoder {
      // Standardised by the training texts' own vectors.
      if !encoder.remembersWordVectors { encoder.remembersWordVectors = true }
      encoder.precompute(documents.map(\.text))
      let vectors = documents.map { doc -> [Float] in
        let text = ScalarText(doc.text)
        let tokens = Tokenizer().tokenize(text)
        return encoder.wordVectors(text, tokens: tokens, sentences: SentenceSplitter().split(tokens, in: text))
      }
      model.encoder = EncoderCodes.fitted(to: vectors, width: encoder.width, depth: encoder.depth)
    }
    let tagger = Tagger(model: model, lemmatizer: lemmatizer, gazetteer: gazetteer)
    tagger.encoder = encoder
    var examples: [Example] = []
    var docStats: [FeatureExtractor.DocumentStats] = []
    var byDocument: [[Int]] = []
    for (d, doc) in documents.enumerated() {
      let (ex, stats) = NERTraining.examples(
        doc, labels: labels, extractor: tagger.extractor, codes: encoder == nil ? nil : { tagger.encoderCodes($0, tokens: $1, sentences: $2) ?? [] })
      byDocument.append(Array(examples.count..<(examples.count + ex.count)))
      examples += ex.map { var e = $0; e.document = d; return e }
      docStats.append(stats)
    }
    let L = labels.count
    var totals = [Double](repeating: 0, count: tagger.model.weights.count)
    var stamps = [Int32](repeating: 0, count: tagger.model.weights.count)
    var step: Int32 = 1
    var rng = SplitMix(seed: seed)
    let infos = examples.map { $0.tokens.map { tagger.extractor.info($0) } }
    let cached = examples.indices.map { e in
      let rows = tagger.extractor.features(examples[e].tokens[...], infos: infos[e][...], stats: docStats[examples[e].document])
      return examples[e].codes.isEmpty ? rows : rows.adding(examples[e].codes[...])
    }
    var order = Array(byDocument.indices)
    let mask = tagger.model.bucketMask
    for epoch in 0..<epochs {
      order.shuffle(using: &rng)
      for d in order {
        // What words were tagged earlier in the document, as tagging will know it.
        var memory: FeatureExtractor.Memory = [:]
        for e in byDocument[d] {
          let gold = examples[e].gold
          let memoryFeatures = infos[e].map { FeatureExtractor.memoryFeature($0, memory) }
          let predicted: [Int] = tagger.model.weights.withUnsafeBufferPointer { w in
            var emission = [Float](repeating: 0, count: gold.count * L)
            for i in 0..<gold.count {
              for f in cached[e][i] {
                let base = Int(f & mask) * L
                for k in 0..<L { emission[i * L + k] += w[base + k] }
              }
              let base = Int(memoryFeatures[i] & mask) * L
              for k in 0..<L { emission[i * L + k] += w[base + k] }
            }
            return tagger.viterbi(emission: emission, count: gold.count) { tagger.pairScores(shapeHash: infos[e][$0].shapeHash, weights: w) }
          }
          if predicted != gold {
            tagger.model.weights.withUnsafeMutableBufferPointer { w in
              @inline(__always) func bump(_ f: UInt64, _ k: Int, _ delta: Float) {
                let idx = Int(f & mask) * L + k
                totals[idx] += Double(step - stamps[idx]) * Double(w[idx])
                stamps[idx] = step
                w[idx] += delta
              }
              for i in 0..<gold.count {
                if gold[i] != predicted[i] {
                  for f in cached[e][i] {
                    bump(f, gold[i], 1)
                    bump(f, predicted[i], -1)
                  }
                  bump(memoryFeatures[i], gold[i], 1)
                  bump(memoryFeatures[i], predicted[i], -1)
                }
                let gp = i > 0 ? gold[i - 1] : -1
                let pp = i > 0 ? predicted[i - 1] : -1
                if gp != pp || gold[i] != predicted[i] {
                  let g = Tagger.pairFeatures(prev: gp, shapeHash: infos[e][i].shapeHash)
                  let q = Tagger.pairFeatures(prev: pp, shapeHash: infos[e][i].shapeHash)
                  bump(g.0, gold[i], 1)
                  bump(g.1, gold[i], 1)
                  bump(q.0, predicted[i], -1)
                  bump(q.1, predicted[i], -1)
                }
              }
            }
          }
          tagger.remember(predicted, infos[e][...], in: &memory)
          step += Int32(gold.count)
        }
      }
      progress?(epoch + 1, epochs)
    }
    tagger.model.weights.withUnsafeMutableBufferPointer { w in
      for idx in 0..<w.count {
        totals[idx] += Double(step - stamps[idx]) * Double(w[idx])
        w[idx] = Float(totals[idx] / Double(step))
      }
    }
    examples.removeAll()
    return tagger
  }

  public struct Score: Sendable {
    public var truePositives = 0
    public var predicted = 0
    public var gold = 0
    public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public init() {}

    /// Adds the counts of `scores` (by type) to `total`: scores of several folds or runs pooled.
    public static func add(_ scores: [String: Score], to total: inout [String: Score]) {
      for (t, v) in scores {
        total[t, default: Score()].truePositives += v.truePositives
        total[t, default: Score()].predicted += v.predicted
        total[t, default: Score()].gold += v.gold
      }
    }
  }

  /// Exact span-and-type scores per type and micro-averaged (key "ALL").
  public static func evaluate(
    _ tagger: Tagger, documents: [BratDocument], types: [String] = coreTypes, mismatches: ((Mismatch) -> Void)? = nil
  ) -> [String: Score] {
    evaluate(documents: documents, types: types, mismatches: mismatches) { text in
      tagger.recognize(ScalarText(text)).spans.map { BratSpan(label: $0.label, scalarStart: $0.scalarStart, scalarEnd: $0.scalarEnd) }
    }
  }

  /// Scores the whole recogniser (tagger, repairs and world knowledge), as `mentions --json` sees it.
  public static func evaluate(
    _ recognizer: Recognizer, documents: [BratDocument], types: [String] = coreTypes, mismatches: ((Mismatch) -> Void)? = nil
  ) -> [String: Score] {
    evaluate(documents: documents, types: types, mismatches: mismatches) { text in
      // Read as `mentions` reads a file (mixed-script words repaired, offsets kept).
      recognizer.analyze(SourceDocument(path: "", text: DocumentReader.normalized(text), date: nil, encoding: "UTF-8")).mentions
        .map { BratSpan(label: $0.label, scalarStart: $0.scalarStart, scalarEnd: $0.scalarEnd) }
    }
  }

  /// A span the tagger found that the annotators did not (`spurious`), or the other way round.
  public struct Mismatch: Sendable {
    public var document: String
    public var span: BratSpan
    public var spurious: Bool
    public var text: String
  }

  static func evaluate(
    documents: [BratDocument], types: [String], mismatches: ((Mismatch) -> Void)? = nil, predict: (String) -> [BratSpan]
  ) -> [String: Score] {
    var scores: [String: Score] = [:]
    for doc in documents {
      let predicted = Set(predict(doc.text))
      let gold = Set(coreSpans(doc, types: types))
      if let mismatches {
        let scalars = Array(doc.text.unicodeScalars)
        func words(_ s: BratSpan) -> String {
          var v = String.UnicodeScalarView()
          v.append(contentsOf: scalars[max(0, s.scalarStart)..<min(scalars.count, s.scalarEnd)])
          return String(v)
        }
        for s in predicted.subtracting(gold).sorted(by: { $0.scalarStart < $1.scalarStart }) {
          mismatches(Mismatch(document: doc.name, span: s, spurious: true, text: words(s)))
        }
        for s in gold.subtracting(predicted).sorted(by: { $0.scalarStart < $1.scalarStart }) {
          mismatches(Mismatch(document: doc.name, span: s, spurious: false, text: words(s)))
        }
      }
      for t in types + ["ALL"] {
        let p = t == "ALL" ? predicted : predicted.filter { $0.label == t }
        let g = t == "ALL" ? gold : gold.filter { $0.label == t }
        scores[t, default: Score()].predicted += p.count
        scores[t, default: Score()].gold += g.count
        scores[t, default: Score()].truePositives += p.intersection(g).count
      }
    }
    return scores
  }
}

/// A small deterministic generator, so training gives the same model every time.
public struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  public init(seed: UInt64) { state = seed }
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

extension NERTraining {
  /// Share of gold spans that the tokenizer's boundaries can express exactly.
  public static func oracle(_ documents: [BratDocument]) -> (Int, Int) {
    var ok = 0, total = 0
    for doc in documents {
      let tokens = Tokenizer().tokenize(ScalarText(doc.text))
      let starts = Set(tokens.map(\.scalarStart)), ends = Set(tokens.map(\.scalarEnd))
      for s in coreSpans(doc) {
        total += 1
        if starts.contains(s.scalarStart) && ends.contains(s.scalarEnd) { ok += 1 }
      }
    }
    return (ok, total)
  }
}

import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct TaggerTests {
  /// A tagger with weights drawn from a fixed seed: every feature scores something.
  static func randomTagger(seed: UInt64 = 7) -> Tagger {
    Tagger(model: randomModel(seed: seed), gazetteer: Fixtures.gazetteer)
  }

  static func randomModel(seed: UInt64) -> PerceptronModel {
    var model = PerceptronModel(labels: NERTraining.labels(for: NERTraining.coreTypes), bucketBits: 12)
    var rng = SplitMix(seed: seed)
    for i in model.weights.indices { model.weights[i] = Float(rng.next() % 2001) / 1000 - 1 }
    return model
  }

  @Test func cachedFormScoresEqualTheSumOfEveryFeature() {
    let tagger = Self.randomTagger()
    let text = ScalarText("Вчора Петро Коваль зустрів у Львові представників ТОВ «Альфа Трейд» . Коваль задоволений .")
    let tokens = Tokenizer().tokenize(text)
    let sentences = SentenceSplitter().split(tokens, in: text)
    let infos = tokens.map { tagger.extractor.info($0) }
    let stats = FeatureExtractor.DocumentStats(tokens: tokens, sentences: sentences, infos: infos)
    let memory: [UInt64: Int] = [infos[2].memoryKey: 1]
    let L = tagger.model.labels.count
    // Twice: the second pass reads the rows the first one cached; then new weights must not
    // read the old ones.
    for pass in 0..<3 {
      if pass == 2 { tagger.model = Self.randomModel(seed: 8) }
      for s in sentences {
        let r = s.tokenRange
        let partial = tagger.extractor.features(tokens[r], infos: infos[r], stats: stats, perForm: false)
        let full = tagger.extractor.features(tokens[r], infos: infos[r], stats: stats)
        let cached = tagger.model.weights.withUnsafeBufferPointer { tagger.emissions(partial, tokens[r], infos[r], memory: memory, weights: $0) }
        for i in 0..<r.count {
          let m = FeatureExtractor.mix(204, UInt64((memory[infos[r.lowerBound + i].memoryKey] ?? -1) + 1))
          for k in 0..<L {
            let direct = (Array(full[i]) + [m]).reduce(Float(0)) { $0 + tagger.model.weights[Int($1 & tagger.model.bucketMask) * L + k] }
            #expect(abs(direct - cached[i * L + k]) < 1e-3, "token \(i), label \(k)")
          }
        }
      }
    }
  }

  @Test func viterbiKeepsToBIO() {
    let tagger = Self.randomTagger()
    let L = tagger.model.labels.count
    // Emissions that favour I- labels everywhere: the decoder must still open every span with B-.
    var emission = [Float](repeating: 0, count: 6 * L)
    for i in 0..<6 { for k in 0..<L where tagger.model.labels[k].hasPrefix("I-") { emission[i * L + k] = 10 } }
    let labels = tagger.viterbi(emission: emission, count: 6) { _ in [Float](repeating: 0, count: (L + 1) * L) }
    for (i, l) in labels.enumerated() {
      let prev = i > 0 ? labels[i - 1] : -1
      #expect(Tagger.bioAllows(tagger.model.labels, prev, l))
    }
  }
}

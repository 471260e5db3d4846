import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct SparsePerceptronTests {
  /// Class c is told by feature c + 10; feature 0 is always on and says nothing.
  static func trained() -> PerceptronTrainer {
    let t = PerceptronTrainer(classCount: 3)
    var scores = [Float](repeating: 0, count: 3)
    for _ in 0..<5 {
      for c in 0..<3 {
        let f = [featureKey(1, 0), featureKey(1, UInt64(c) + 10)]
        for k in scores.indices { scores[k] = 0 }
        t.score(f, into: &scores)
        let guess = scores.indices.max { scores[$0] < scores[$1] }!
        t.update(f, truth: c, guess: guess)
      }
    }
    return t
  }

  @Test func learnsSeparableClassesAndKeepsThemAveraged() {
    let w = Self.trained().averaged()
    for c in 0..<3 {
      var scores = [Float](repeating: 0, count: 3)
      w.score([featureKey(1, 0), featureKey(1, UInt64(c) + 10)], into: &scores)
      #expect(scores.indices.max { scores[$0] < scores[$1] } == c)
      // Scoring only some classes gives those classes the same sums.
      var some = [Float](repeating: 0, count: 3)
      w.score([featureKey(1, 0), featureKey(1, UInt64(c) + 10)], candidates: [UInt16(c)], into: &some)
      #expect(some[c] == scores[c])
    }
  }

  @Test func rareFeaturesCanBeLeftOut() {
    let t = Self.trained()
    #expect(t.averaged(minUpdates: 1000).keyCount == 0)
    #expect(t.averaged().keyCount > 0)
  }

  @Test func binaryFormRoundTrips() throws {
    let w = Self.trained().averaged()
    var data = Data()
    w.write(to: &data)
    var reader = BinaryReader(data, file: "w")
    let back = try SparseWeights(reading: &reader)
    #expect(back.keyCount == w.keyCount && back.entryCount == w.entryCount)
    var a = [Float](repeating: 0, count: 3), b = a
    w.score([featureKey(1, 11)], into: &a)
    back.score([featureKey(1, 11)], into: &b)
    #expect(abs(a[1] - b[1]) < 1e-2)  // Float16 on disk
    var short = BinaryReader(data.prefix(data.count - 3), file: "w.bin")
    #expect(throws: GraphBuildError.self) { try SparseWeights(reading: &short) }
  }
}

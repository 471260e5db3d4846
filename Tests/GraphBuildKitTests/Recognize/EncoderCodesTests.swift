import Foundation
import Testing
@testable import GraphBuildKit

/// Encoder vectors as hashed features, and the model format that carries how they were made.
@Suite struct EncoderCodesTests {
  static func vectors(_ rows: Int, width: Int, seed: UInt64) -> [Float] {
    var rng = SplitMix(seed: seed)
    return (0..<(rows * width)).map { _ in Float(rng.next() % 1000) / 100 - 5 }
  }

  @Test func closeVectorsShareCodesFarOnesDoNot() {
    let width = 32
    let base = Self.vectors(1, width: width, seed: 1)
    let near = base.map { $0 + 0.01 }
    let far = Self.vectors(1, width: width, seed: 2)
    let codes = EncoderCodes.fitted(to: [Self.vectors(50, width: width, seed: 3)], width: width, depth: 12)
    let f = codes.features(base + near + far, count: 3)
    #expect(f.count == 3 && f[0].count == codes.groups)
    #expect(Set(f[0]).intersection(f[1]).count >= codes.groups - 2)
    #expect(Set(f[0]).intersection(f[2]).count < codes.groups / 2)
  }

  @Test func sameSeedSameCodes() {
    let width = 16
    let v = Self.vectors(4, width: width, seed: 5)
    let a = EncoderCodes.fitted(to: [v], width: width, depth: 8), b = EncoderCodes.fitted(to: [v], width: width, depth: 8)
    #expect(a.features(v, count: 4) == b.features(v, count: 4))
  }

  @Test func modelFileKeepsTheEncoderLine() throws {
    var model = PerceptronModel(labels: NERTraining.labels(for: ["PERS"]), bucketBits: 4)
    model.weights[3] = 1.5
    model.encoder = EncoderCodes.fitted(to: [Self.vectors(10, width: 16, seed: 9)], width: 16, depth: 10)
    let read = try PerceptronModel(data: model.serialized(), file: "m")
    #expect(read.encoder == model.encoder && read.weights == model.weights && read.labels == model.labels)
    var plain = model
    plain.encoder = nil
    #expect(try PerceptronModel(data: plain.serialized(), file: "m").encoder == nil)
    #expect(throws: GraphBuildError.self) { try PerceptronModel(data: model.serialized().prefix(20), file: "m") }
  }
}

import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct PerceptronModelTests {
  @Test func roundTripsThroughItsBinaryForm() throws {
    var model = PerceptronModel(labels: ["O", "B-PERS", "I-PERS"], bucketBits: 4)
    for i in model.weights.indices { model.weights[i] = Float(i % 7) - 3.5 }
    let back = try PerceptronModel(data: model.serialized(), file: "m")
    #expect(back.labels == model.labels)
    #expect(back.weights == model.weights)
  }

  @Test func refusesOtherFiles() {
    #expect(throws: GraphBuildError.self) { try PerceptronModel(data: Data("hello".utf8), file: "m") }
  }

  @Test func shippedModelLoads() throws {
    let data = try Data(contentsOf: Fixtures.data.appendingPathComponent("ner-uk.model"))
    let model = try PerceptronModel(data: data, file: "ner-uk.model")
    #expect(model.labels == NERTraining.labels(for: NERTraining.coreTypes))
  }
}

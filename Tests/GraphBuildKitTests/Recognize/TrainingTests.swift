import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct TrainingTests {
  @Test func version2WorksAndDocumentsCountAsMISC() {
    let doc = BratDocument(
      name: "v2", text: "x",
      spans: [
        BratSpan(label: "ART", scalarStart: 0, scalarEnd: 5), BratSpan(label: "DOC", scalarStart: 6, scalarEnd: 9),
        BratSpan(label: "JOB", scalarStart: 10, scalarEnd: 12), BratSpan(label: "ORG", scalarStart: 13, scalarEnd: 15),
      ])
    #expect(NERTraining.coreSpans(doc).map(\.label) == ["MISC", "MISC", "ORG"])
    #expect(NERTraining.coreSpans(doc, types: ["ORG"]).map(\.label) == ["ORG"])
  }

  @Test func mismatchesNameTheMissedAndTheSpurious() {
    let text = "Вчора Петро Коваль приїхав ."
    let gold = BratDocument(name: "d", text: text, spans: [BratSpan(label: "PERS", scalarStart: 6, scalarEnd: 18)])
    var seen: [NERTraining.Mismatch] = []
    let scores = NERTraining.evaluate(documents: [gold], types: NERTraining.coreTypes, mismatches: { seen.append($0) }) { _ in
      [BratSpan(label: "PERS", scalarStart: 6, scalarEnd: 11)]
    }
    #expect(scores["ALL"]!.truePositives == 0)
    #expect(seen.map(\.text) == ["Петро", "Петро Коваль"])
    #expect(seen.map(\.spurious) == [true, false])
  }
}

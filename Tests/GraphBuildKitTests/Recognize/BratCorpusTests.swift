import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct BratCorpusTests {
  @Test func readsBothLayouts() {
    let v1 = BratCorpus.parseAnnotations("T1\tPERS 87 101\tТарас Шевченко\nT2\tLOC 0 5;7 9\tx\n")
    #expect(v1 == [BratSpan(label: "PERS", scalarStart: 87, scalarEnd: 101), BratSpan(label: "LOC", scalarStart: 0, scalarEnd: 9)])
    let v2 = BratCorpus.parseAnnotations("T1\tORG\t0\t17\tПАТ «Укртрансгаз»\nпродовження тексту\nT2\tJOB\t20\t29\tпрезидент\n")
    #expect(v2 == [BratSpan(label: "ORG", scalarStart: 0, scalarEnd: 17), BratSpan(label: "JOB", scalarStart: 20, scalarEnd: 29)])
  }

  @Test func trainingLearnsAndScoresExactSpans() {
    // A tiny corpus of our own: the tagger must learn it and the scorer must count exact spans.
    var docs: [BratDocument] = []
    let names = [("Петро", "Коваль"), ("Ірина", "Мельник"), ("Олег", "Бондар"), ("Анна", "Кравець"), ("Марко", "Вовк"), ("Ліна", "Костенко")]
    let cities = ["Києва", "Львова", "Харкова", "Одеси", "Полтави", "Житомира"]
    for (i, (first, last)) in names.enumerated() {
      let person = "\(first) \(last)"
      let text = "Вчора \(person) приїхав до \(cities[i]) . Там \(person) зустрів друзів ."
      func spans(_ part: String, _ label: String) -> [BratSpan] {
        var out: [BratSpan] = []
        var from = text.startIndex
        while let r = text.range(of: part, range: from..<text.endIndex) {
          let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
          out.append(BratSpan(label: label, scalarStart: start, scalarEnd: start + part.unicodeScalars.count))
          from = r.upperBound
        }
        return out
      }
      docs.append(BratDocument(name: "d\(i)", text: text, spans: spans(person, "PERS") + spans(cities[i], "LOC")))
    }
    let tagger = NERTraining.train(documents: docs, bucketBits: 14, epochs: 5, gazetteer: Fixtures.gazetteer)
    let scores = NERTraining.evaluate(tagger, documents: docs)
    #expect(scores["ALL"]!.gold == 18)
    #expect(scores["ALL"]!.f1 > 0.9)
    // The same seed gives the same model; another seed visits the documents in another order.
    let again = NERTraining.train(documents: docs, bucketBits: 14, epochs: 5, gazetteer: Fixtures.gazetteer)
    let reordered = NERTraining.train(documents: docs, bucketBits: 14, epochs: 5, seed: 7, gazetteer: Fixtures.gazetteer)
    #expect(again.model.weights == tagger.model.weights)
    #expect(reordered.model.weights != tagger.model.weights)
  }
}

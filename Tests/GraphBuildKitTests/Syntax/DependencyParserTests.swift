import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct DependencyParserTests {
  /// Sentences of one pattern, "N-nom V N-acc ADJ N-gen .", with varied words.
  static func treebank() -> [TreebankSentence] {
    let subjects = ["Уряд", "Міністр", "Банк", "Суд", "Парламент", "Мер"]
    let verbs = ["ухвалив", "підписав", "скасував", "оприлюднив"]
    let objects = ["закон", "указ", "план", "звіт"]
    var out: [TreebankSentence] = []
    for (i, s) in subjects.enumerated() {
      for (j, v) in verbs.enumerated() {
        let o = objects[(i + j) % objects.count]
        let words = [
          TaggedWord(form: s, lemma: s.lowercased(), tag: "noun:inanim:m:v_naz"),
          TaggedWord(form: v, lemma: v, tag: "verb:perf:past:m"),
          TaggedWord(form: o, lemma: o, tag: "noun:inanim:m:v_zna"),
          TaggedWord(form: "нового", lemma: "новий", tag: "adj:m:v_rod"),
          TaggedWord(form: "уряду", lemma: "уряд", tag: "noun:inanim:m:v_rod"),
          TaggedWord(form: ".", lemma: ".", tag: "punct"),
        ]
        out.append(TreebankSentence(words: words, arcs: [(2, "nsubj"), (0, "root"), (2, "obj"), (5, "amod"), (3, "nmod"), (2, "punct")]))
      }
    }
    return out
  }

  @Test func learnsTheTreesItIsShownAndIsDeterministic() {
    let bank = Self.treebank()
    let parser = DependencyParser.train(bank, epochs: 6)
    let s = bank[5]
    let arcs = parser.parse(s.words.map { DependencyParser.Word(form: $0.form, lemma: $0.lemma, tag: $0.tag) })
    #expect(arcs.map(\.head) == [2, 0, 2, 5, 3, 2])
    #expect(arcs.map(\.relation) == ["nsubj", "root", "obj", "amod", "nmod", "punct"])
    let again = DependencyParser.train(bank, epochs: 6)
    #expect(again.weights.entryCount == parser.weights.entryCount)
  }

  @Test func anyInputGetsOneRootAndEveryHeadInRange() {
    let parser = DependencyParser.train(Self.treebank(), epochs: 2)
    for n in [1, 2, 7, 40] {
      let words = (0..<n).map { DependencyParser.Word(form: "слово\($0)", lemma: "слово", tag: $0 % 2 == 0 ? "noun:inanim:n:v_naz" : "punct") }
      let arcs = parser.parse(words)
      #expect(arcs.count == n)
      #expect(arcs.filter { $0.head == 0 }.count == 1)
      #expect(arcs.enumerated().allSatisfy { i, a in a.head >= 0 && a.head <= n && a.head != i + 1 })
    }
  }

  @Test func trainsSourceSubtypesAsUniversalRelations() {
    #expect(DependencyParser.trainingRelation("conj:parataxis") == "conj")
    #expect(DependencyParser.trainingRelation("flat:title") == "flat:title")
    #expect(DependencyParser.trainingRelation("nsubj") == "nsubj")
  }
}

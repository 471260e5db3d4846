import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct MorphTaggerTests {
  /// "стали" is a verb after a noun subject and a noun after a preposition: context decides.
  static func corpus() -> [[TaggedWord]] {
    let subjects = [("Люди", "люди"), ("Ціни", "ціна"), ("Учні", "учень"), ("Заводи", "завод")]
    var out: [[TaggedWord]] = []
    for (form, lemma) in subjects {
      out.append([
        TaggedWord(form: form, lemma: lemma, tag: "noun:anim:p:v_naz"),
        TaggedWord(form: "стали", lemma: "стати", tag: "verb:perf:past:p"),
        TaggedWord(form: "кращими", lemma: "кращий", tag: "adj:p:v_oru:compc"),
        TaggedWord(form: ".", lemma: ".", tag: "punct"),
      ])
      out.append([
        TaggedWord(form: form, lemma: lemma, tag: "noun:anim:p:v_naz"),
        TaggedWord(form: "з", lemma: "з", tag: "prep"),
        TaggedWord(form: "сталі", lemma: "сталь", tag: "noun:inanim:f:v_rod"),
        TaggedWord(form: "стали", lemma: "сталь", tag: "noun:inanim:f:v_rod:bad"),
        TaggedWord(form: ".", lemma: ".", tag: "punct"),
      ])
    }
    for w in ["книжка", "ручка", "сумка", "парта", "школа", "мапа"] {
      out.append([TaggedWord(form: w, lemma: w, tag: "noun:inanim:f:v_naz"), TaggedWord(form: ".", lemma: ".", tag: "punct")])
      out.append([
        TaggedWord(form: "без", lemma: "без", tag: "prep"),
        TaggedWord(form: String(w.dropLast()) + "и", lemma: w, tag: "noun:inanim:f:v_rod"),
      ])
    }
    return out
  }

  @Test func contextChoosesAmongAFormsTags() {
    let tagger = MorphTagger.train(Self.corpus(), epochs: 5)
    #expect(tagger.tag(["Учні", "стали", "кращими", "."])[1].tag == "verb:perf:past:p")
    #expect(tagger.tag(["Учні", "з", "сталі", "стали", "."])[3].lemma == "сталь")
  }

  @Test func anUnseenFormTakesItsEndingsTagAndLemma() {
    let tagger = MorphTagger.train(Self.corpus(), epochs: 5)
    let words = tagger.tag(["без", "лампи"])
    #expect(words[1].tag == "noun:inanim:f:v_rod")
    #expect(words[1].lemma == "лампа")
  }

  @Test func theModelFileRoundTrips() throws {
    let tagger = MorphTagger.train(Self.corpus(), epochs: 3)
    let parser = DependencyParser.train(DependencyParserTests.treebank(), epochs: 2)
    let model = SyntaxModel(tagger: tagger, parser: parser)
    let back = try SyntaxModel(data: model.serialized(), file: "m")
    let sentence = ["Уряд", "ухвалив", "закон", "."]
    #expect(back.analyze(sentence).map(\.tag) == model.analyze(sentence).map(\.tag))
    #expect(back.analyze(sentence).map(\.head) == model.analyze(sentence).map(\.head))
    #expect(throws: GraphBuildError.self) { try SyntaxModel(data: Data("GBSYNTAX2\n".utf8), file: "short.model") }
    #expect(throws: GraphBuildError.self) { try SyntaxModel(data: Data("other".utf8), file: "other.model") }
  }
}

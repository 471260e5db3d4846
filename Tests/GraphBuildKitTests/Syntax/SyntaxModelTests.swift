import Foundation
import Testing
@testable import GraphBuildKit

/// The shipped model (data/syntax.model) on sentences of our own.
@Suite struct SyntaxModelTests {
  static let model: SyntaxModel? = try? SyntaxModel.load(Fixtures.data.appendingPathComponent(SyntaxModel.fileName))

  @Test func readsASentenceOfNews() throws {
    let model = try #require(Self.model, "data/syntax.model is missing; graphbuild train-syntax makes it")
    let forms = ["Прем'єр-міністр", "Польщі", "Дональд", "Туск", "провів", "переговори", "з", "президентом", "України", "у", "Варшаві", "."]
    let words = model.analyze(forms)
    func word(_ form: String) -> SyntaxModel.Word { words[forms.firstIndex(of: form)!] }
    func head(_ form: String) -> String { word(form).head == 0 ? "ROOT" : forms[word(form).head - 1] }
    #expect(head("провів") == "ROOT")
    #expect(head("переговори") == "провів" && word("переговори").relation == "obj")
    #expect(head("президентом") == "переговори" || head("президентом") == "провів")
    #expect(head("з") == "президентом" && word("з").relation == "case")
    #expect(head("Польщі") == "Прем'єр-міністр")
    #expect(word("Варшаві").lemma == "Варшава" && word("Варшаві").feats.contains("Case=Loc"))
    #expect(word("президентом").upos == "NOUN" && word("провів").upos == "VERB")
  }

  @Test func oddInputStillGetsATree() throws {
    let model = try #require(Self.model, "data/syntax.model is missing; graphbuild train-syntax makes it")
    for forms in [["…"], ["iPhone", "15", "—", "$999"], Array(repeating: "так", count: 300), ["", " "]] {
      let words = model.analyze(forms)
      #expect(words.count == forms.count)
      #expect(words.filter { $0.head == 0 }.count == 1)
    }
    #expect(model.analyze([]).isEmpty)
  }

  /// A word the recogniser puts in a person's name takes a proper-noun tag, known to the
  /// tagger or not.
  @Test func aNamesWordsTakeProperNounTags() throws {
    let model = try #require(Self.model, "data/syntax.model is missing; graphbuild train-syntax makes it")
    let forms = ["Раніше", "Буга", "був", "керівником", "заводу", "."]
    let words = model.analyze(forms, names: [1])
    #expect(words[1].upos == "PROPN")
    #expect(words[1].feats.contains("Case=Nom"))
  }

  /// A multi-word name is parsed as its first noun, its other words hung on it.
  @Test func aMultiWordNameIsParsedAsItsHead() throws {
    let model = try #require(Self.model, "data/syntax.model is missing; graphbuild train-syntax makes it")
    let forms = ["Раніше", "Буга", "був", "керівником", "ТОВ", "«", "Енерджі", "трейд", "груп", "»", "."]
    let words = model.analyze(forms, names: [1], units: [4..<10])
    #expect(words.filter { $0.head == 0 }.count == 1)
    for i in 5..<10 { #expect(words[i].head == 5) }
    #expect(words[5].relation == "punct" && words[6].relation == "flat:name")
    #expect(words[4].head == 4 && words[4].relation == "nmod")
    #expect(words[1].head == 4 && words[1].relation == "nsubj")
  }
}

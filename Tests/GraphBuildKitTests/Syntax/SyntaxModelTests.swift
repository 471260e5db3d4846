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
}

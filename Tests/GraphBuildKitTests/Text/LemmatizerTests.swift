import Testing
@testable import GraphBuildKit

@Suite struct LemmatizerTests {
  let lemmatizer = Lemmatizer.shared

  @Test(arguments: [
    (["Олександра", "Лукашенка"], "Олександр Лукашенко"),
    (["Світлани", "Тихановської"], "Світлана Тихановська"),
    (["Джоном", "Коулом"], "Джон Коул"),
    (["Тарасом", "Шевченком"], "Тарас Шевченко"),
    (["Юлії", "Тимошенко"], "Юлія Тимошенко"),
  ])
  func personNames(_ words: [String], _ lemma: String) {
    #expect(lemmatizer.lemmatizeName(words, isPerson: true) == lemma)
  }

  @Test(arguments: [
    (["Державного", "департаменту"], "Державний департамент"),
    (["посольства", "Білорусі", "у", "Вашингтоні"], "посольство Білорусі у Вашингтоні"),
  ])
  func organisationHeadsDecline(_ words: [String], _ lemma: String) {
    #expect(lemmatizer.lemmatizeName(words, isPerson: false) == lemma)
  }

  @Test(arguments: [("Лукашенку", "Лукашенко"), ("Польщі", "Польща"), ("Трампа", "Трамп"), ("Тихановської", "Тихановська"), ("Вашингтоні", "Вашингтон")])
  func singleWords(_ form: String, _ lemma: String) {
    #expect(lemmatizer.lemma(form) == lemma)
  }

  @Test func abbreviationsAndLatinDoNotDecline() {
    #expect(lemmatizer.lemma("США") == "США")
    #expect(lemmatizer.lemma("Reuters") == "Reuters")
  }

  /// VESUM's forms give masculine -а names their base form, which declension rules get wrong.
  @Test func namesVESUMKnows() {
    #expect(lemmatizer.lemmatizeName(["Олегом", "Дерипаскою"], isPerson: true) == "Олег Дерипаска")
    #expect(lemmatizer.lemmatizeName(["Миколою", "Вовком"], isPerson: true) == "Микола Вовк")
    #expect(lemmatizer.lemmatizeName(["Петра", "Порошенка"], isPerson: true) == "Петро Порошенко")
    let bare = Lemmatizer(hunspell: lemmatizer.hunspell)
    #expect(bare.lemmatizeName(["Олегом", "Дерипаскою"], isPerson: true) != "Олег Дерипаска")
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct EntityResolverTests {
  @Test func formsOfOneNameAreOneNode() {
    let g = Fixtures.graph([
      "Президент Франції Емманюель Макрон прибув до Києва. Макрона зустріли в аеропорту. Про це розповів Макрон.",
      "Наступного дня Емманюелю Макрону показали місто.",
    ])
    let people = g.entities.values.filter { $0.type == "Person" }
    #expect(people.count == 1)
    #expect(people.first?.name == "Емманюель Макрон")
    #expect(people.first?.latinName == "Emmaniuel Makron")
    #expect(people.first?.mentions.count == 4)
  }

  @Test func shortAndLongStateNamesMerge() {
    let g = Fixtures.graph(["США та Сполучені Штати Америки — одне. Штати це підтвердили."])
    #expect(g.entities.values.filter { $0.type == "Country" }.count == 1)
    #expect(g.entity(named: "США")?.englishName == "United States")
  }

  @Test func aBodyNamedWithAShortOrLongStateNameIsOne() {
    let g = Fixtures.graph([
      "Рада Європейського Союзу ухвалила рішення. Рада ЄС оприлюднила його.",
      "Міністерство фінансів США зняло санкції.",
      "Міністерство фінансів Сполучених Штатів Америки прокоментувало.",
    ])
    #expect(g.entities.values.filter { $0.name.hasPrefix("Рада Європейського") || $0.name == "Рада ЄС" }.count == 1)
    #expect(g.entities.values.filter { $0.name.hasPrefix("Міністерство фінансів") }.count == 1)
  }

  @Test func anAbbreviationJoinsTheBodyNamedInFull() {
    let g = Fixtures.graph([
      "Рада національної безпеки і оборони України запровадила санкції. Секретар РНБО заявив про це.",
      "Міністерство закордонних справ Польщі викликало посла. У МЗС не коментують.",
    ])
    let council = g.entities.values.filter { $0.name.hasPrefix("Рада національної") || $0.name == "РНБО" }
    #expect(council.count == 1)
    #expect(council.first?.aliases.contains("РНБО") == true)
    #expect(g.entities.values.filter { $0.name.hasPrefix("Міністерство закордонних справ") || $0.name == "МЗС" }.count == 1)
  }

  /// A surname with initials joins the one person of that surname whose first name fits; not
  /// one whose first name has another initial.
  @Test func aSurnameWithInitialsJoinsTheFullName() {
    let g = Fixtures.graph([
      "Голова правління Василь Гончаренко приїхав до Черкас. Будівництво завершили завдяки позиції Гончаренка В. П. та уряду.",
      "Директор заводу Ірина Мельничук відкрила цех. Наказ підписала Мельничук О. С.",
    ])
    #expect(g.entities.values.filter { $0.name.contains("Гончаренко") }.count == 1)
    #expect(g.entities.values.filter { $0.name.contains("Мельничук") }.count == 2)
    #expect(EntityResolver.initialed("Янукович В. Ф.")! == ("Янукович", "В"))
    #expect(EntityResolver.initialed("В. Янукович")! == ("Янукович", "В"))
    #expect(EntityResolver.initialed("Віктор Янукович") == nil)
  }

  /// A body named in full and then by its head noun is one node; a proper name that opens
  /// another body's name is not its head noun.
  @Test func aBodyNamedByItsHeadNounIsOne() {
    let g = Fixtures.graph(["Асоціація міст України провела форум у Києві. Представники Асоціації звернулися до уряду."])
    #expect(g.entities.values.filter { $0.name.hasPrefix("Асоціаці") }.count == 1)
  }

  @Test func aCompanyWithAndWithoutItsLegalFormIsOneNode() {
    let g = Fixtures.graph([
      "АТ «Укрзалізниця» підписала меморандум. Голова правління «Укрзалізниці» Олександр Перцовський назвав це кроком.",
      "Компанія «Укрзалізниця» отримала нові вагони.",
    ])
    let rail = g.entities.values.filter { $0.name.contains("Укрзалізниця") }
    #expect(rail.count == 1)
    #expect(g.namedTriples.contains { $0.hasPrefix("Олександр Перцовський leaderOf") && $0.hasSuffix("Укрзалізниця»") })
  }

  @Test func aOneWordBodyInAnotherCaseIsOneNode() {
    let g = Fixtures.graph(["Санкції діють щодо компанії «Беларуськалій». Обмеження щодо «Беларуськалію» залишаються чинними."])
    #expect(g.entities.values.filter { $0.name.hasPrefix("Беларуськалі") }.count == 1)
    #expect(EntityResolver.sameStem("Енергоатом", "Енергоатому"))
    #expect(!EntityResolver.sameStem("ВТБ", "ВТС"))
    #expect(!EntityResolver.sameStem("Укрнафта", "Укрнафтогаз"))
  }

  /// A lone surname is the full name in its own document, not another document's person of
  /// that one name; and a document's base forms are its own, not voted by other documents'
  /// forms (Попова, Попової, Поповою would make "Попов" read as Попова).
  @Test func aLoneSurnameJoinsTheFullNameInItsOwnDocumentFirst() {
    let g = Fixtures.graph([
      "Суддя Попова розглянула справу. Рішення Попової оскаржили. З Поповою погодилися колеги.",
      "Колишній мер міста Олександр Попов очолив раду директорів. Попов відмовився від коментарів.",
    ])
    let full = g.entities.values.first { $0.name == "Олександр Попов" }
    #expect(full?.mentions.map(\.text).sorted() == ["Олександр Попов", "Попов"])
  }

  static let stepwiseTexts = [
    "Суддя Попова розглянула справу. Рішення Попової оскаржили. З Поповою погодилися колеги.",
    "Колишній мер міста Олександр Попов очолив раду директорів. Попов відмовився від коментарів.",
    "Громадська організація «Наші гроші» оприлюднила звіт. Завод у Миколаєві зупинив роботу.",
    "Мер Миколаєва Олександр Сєнкевич заявив про ремонт. Представники «Наших грошей» це підтвердили.",
    "Компанія «Беларуськалій» потрапила під санкції. Кабмін ухвалив постанову.",
    "Обмеження щодо «Беларуськалію» залишаються. Рішення Кабміну оскаржили.",
  ]

  /// Resolution sees the graph as the earlier documents left it, whether they came in this run
  /// or an earlier one: every split of the documents into runs gives the same entities.
  @Test(arguments: [1, 2, 3, 5])
  func documentsResolvedInSeveralRunsGiveTheEntitiesOfOneRun(_ split: Int) {
    let docs = Self.stepwiseTexts.enumerated().map { i, text in
      var doc = Fixtures.recognizer.analyze(Fixtures.document(text, path: "doc\(i).txt"))
      Fixtures.extractor.resolver.chooseLemmas(&doc)
      return doc
    }
    let resolver = Fixtures.extractor.resolver
    var together = KnowledgeGraph()
    let idsTogether = resolver.resolve(docs, into: &together)
    var stepwise = KnowledgeGraph()
    let idsStepwise = resolver.resolve(Array(docs[..<split]), into: &stepwise) + resolver.resolve(Array(docs[split...]), into: &stepwise)
    #expect(idsStepwise == idsTogether)
    #expect(Set(stepwise.entities.keys) == Set(together.entities.keys))
    for (id, e) in together.entities {
      let other = stepwise.entities[id]
      #expect(other?.name == e.name && other?.aliases.sorted() == e.aliases.sorted() && other?.type == e.type)
      #expect(other.map { Set($0.mentions) } == Set(e.mentions))
    }
  }

  @Test func initialsOfABodysName() {
    let r = Fixtures.recognizer
    #expect(EntityResolver.acronyms(of: "Міністерство закордонних справ", gazetteer: r.gazetteer, lemmatizer: r.lemmatizer) == ["МЗС"])
    #expect(EntityResolver.acronyms(of: "Рада національної безпеки і оборони України", gazetteer: r.gazetteer, lemmatizer: r.lemmatizer) == ["РНБОУ", "РНБО"])
  }

  @Test(arguments: [("Київ", "kyiv"), ("Олександр Лукашенко", "oleksandr-lukashenko"), ("Reuters", "reuters")])
  func stableSlugs(_ name: String, _ slug: String) {
    #expect(EntityResolver.slug(name) == slug)
  }
}

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

import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct RecognizerTests {
  func mentions(_ text: String) -> [(String, String, String)] {
    Fixtures.recognizer.analyze(Fixtures.document(text)).mentions.map { ($0.text, $0.type, $0.lemma) }
  }

  @Test func straightQuotesInAPairAreTheNamesQuotes() {
    let words = ["ПП", "\"", "Согор", "\""]
    #expect(Fixtures.recognizer.baseForm(words, label: "ORG") == "ПП «Согор»")
  }

  @Test func findsPeopleAndStatesWithTheirBaseForms() {
    let found = mentions("Прем'єр-міністр Канади Марк Карні зустрівся з президентом Франції Емманюелем Макроном у Парижі.")
    #expect(found.contains { $0.0 == "Марк Карні" && $0.1 == "Person" })
    #expect(found.contains { $0.0 == "Канади" && $0.1 == "Country" && $0.2 == "Канада" })
    #expect(found.contains { $0.0 == "Емманюелем Макроном" && $0.2 == "Емманюель Макрон" })
  }

  @Test(arguments: ["Рада Європейського Союзу ухвалила рішення.", "Рада ЄС продовжила санкції."])
  func aBodysNounOpensNoPersonsName(_ text: String) {
    let found = mentions(text)
    #expect(found.first?.0.hasPrefix("Рада") == true)
    #expect(!found.contains { $0.1 == "Person" })
  }

  @Test func aPronounThatIsAlsoAStateOpensNoName() {
    #expect(!mentions("Того ж дня уряд ухвалив рішення. Того року Литва вступила до НАТО.").contains { $0.2 == "Того" })
    #expect(mentions("Того підписало угоду з Ганою. Литва є членом НАТО.").contains { $0.2 == "Того" && $0.1 == "Country" })
    #expect(mentions("Литва є членом НАТО.").contains { $0.2 == "Литва" })
  }

  @Test func aGovernmentOpeningTheSentenceLeavesTheStateANamedPlace() {
    let found = mentions("Уряд Великої Британії запровадив нові обмеження.")
    #expect(found.contains { $0.2 == "Велика Британія" && $0.1 == "Country" })
    #expect(!found.contains { $0.0.hasPrefix("Уряд") && $0.1 == "Place" })
  }

  @Test func aPostTellsTheGenderOfANameNoDictionaryKnows() {
    #expect(mentions("Санкції запроваджено проти командувача сил спеціальних операцій Іраку Садіра Кабаві.").contains { $0.2 == "Садір Кабаві" })
    #expect(mentions("Про це повідомила міністерка закордонних справ Австралії Пенні Вонг.").contains { $0.2 == "Пенні Вонг" })
  }

  /// "Олександра" is a man's genitive and a woman's nominative: a man's post declined before it
  /// says which, and the surname declines with it.
  @Test func aDeclinedPostMakesAnAmbiguousFirstNameAMans() {
    #expect(mentions("Рада розглянула звернення депутата Олександра Гудзена щодо бюджету.").contains { $0.2 == "Олександр Гудзен" })
    // A name that is no man's form stays the woman's.
    #expect(mentions("Рада розглянула звернення депутата Світлани Гудзенко щодо бюджету.").contains { $0.2 == "Світлана Гудзенко" })
  }

  @Test func aStateBeforeALatinNameIsNotPartOfIt() {
    let found = mentions("Державна нафтова компанія Азербайджану SOCAR збільшить видобуток.")
    #expect(found.contains { $0.0 == "SOCAR" && $0.1 == "Corporation" })
    #expect(found.contains { $0.2 == "Азербайджан" && $0.1 == "Country" })
  }

  @Test func aQuotedNameAfterACompanyNounIsTheCompanyEvenWithAStateInIt() {
    let found = mentions("Національна компанія «Казахстан темір жоли» уклала угоду.")
    #expect(found.contains { $0.2 == "Казахстан темір жоли" && $0.1 != "Country" })
  }

  @Test func aWordBetweenAStateAndAPersonGoesWithThePerson() {
    let found = mentions("Речник МЗС Китаю Лінь Цзянь назвав це рішення порушенням правил.")
    #expect(found.contains { $0.0 == "Лінь Цзянь" && $0.1 == "Person" })
  }

  @Test func aBodysNameGoesOnThroughAConjunctionOfItsNouns() {
    #expect(mentions("Раніше він очолював Міністерство розвитку громад і територій України.").contains { $0.0.hasPrefix("Міністерство розвитку громад і територій") })
    #expect(!mentions("Міністерство оборони і армія готові.").contains { $0.0.contains("армія") })
  }

  @Test func wordsDescribingACompanyAreNoPartOfItsLatinName() {
    let found = mentions("Литовська державна енергетична група Ignitis збудує електростанцію.")
    #expect(found.contains { $0.0 == "Ignitis" })
    #expect(!found.contains { $0.0.hasPrefix("Литовська") })
  }

  @Test func aMansSurnameInIyaDeclinesLikeAWomansNoun() {
    #expect(mentions("Санкції запроваджено проти генерального прокурора Грузії Георгія Гвахарії.").contains { $0.2 == "Георгій Гвахарія" })
  }

  @Test func aLatinNameAfterACompanyNounIsACompany() {
    let found = mentions("Мінфін зняв санкції з угорського банку OTP та компанії General Electric.")
    #expect(found.contains { $0.0 == "OTP" && $0.1 == "Corporation" })
    #expect(found.contains { $0.0 == "General Electric" })
  }

  @Test func aQuotedNameAfterFirmIsACompany() {
    let found = mentions("Телефон належить київській фірмі «Левада», яка торгує запчастинами.")
    #expect(found.contains { $0.0 == "Левада" && $0.1 == "Corporation" })
  }

  @Test func aCompoundEndingInACompanyNounIsACompany() {
    let found = mentions("Клієнти Сбербанку та Укргазбанку отримали повідомлення.")
    #expect(found.contains { $0.0 == "Сбербанку" && $0.1 == "Corporation" && $0.2 == "Сбербанк" })
    #expect(found.contains { $0.0 == "Укргазбанку" && $0.1 == "Corporation" })
  }

  @Test func aBodysNounAloneOpensANameInLowerCase() {
    let found = mentions("Санкції запровадили проти Корпусу вартових ісламської революції та його командирів.")
    #expect(found.contains { $0.0 == "Корпусу вартових ісламської революції" && $0.1 != "Person" && $0.2 == "Корпус вартових ісламської революції" })
  }

  @Test func aBaseFormWorldKnowledgeListsIsThatEntry() {
    let m = Fixtures.recognizer.analyze(Fixtures.document("Швеція приєдналася до Північноатлантичного альянсу.")).mentions
    #expect(m.contains { $0.text == "Північноатлантичного альянсу" && $0.known?.en == "NATO" })
  }

  @Test func particlesInsideAPersonsName() {
    #expect(mentions("Голова Європейської комісії Урсула фон дер Ляєн заявила це.").contains { $0.0 == "Урсула фон дер Ляєн" && $0.1 == "Person" })
  }

  @Test func aFemininePostTellsTheGender() {
    #expect(mentions("Президентка Європейського парламенту Роберта Мецола закликала до цього.").contains { $0.0 == "Роберта Мецола" && $0.2 == "Роберта Мецола" })
    #expect(mentions("Президент Європейського парламенту Роберта Мецола закликала до цього.").contains { $0.0 == "Роберта Мецола" })
  }

  @Test func aBureauKeepsItsState() {
    // "бюро" is a body's noun: the state after it stays in the name (the tagger's span was split before).
    let url = Fixtures.repo.appendingPathComponent("Tests/Fixtures/relations/mixed-briefs/drones_contract.txt")
    let found = mentions((try? String(contentsOf: url, encoding: .utf8)) ?? "")
    #expect(found.contains { $0.0 == "Національне антикорупційне бюро України" && $0.1 != "Person" }, "\(found)")
    // One word is the state's government, which the relation stage reads as the state acting.
    #expect(mentions("Уряд Канади зняв санкції.").contains { $0.0 == "Канади" })
  }

  @Test func aPersonsPostIsNoBody() {
    let found = mentions("Міністр енергетики України Світлана Гринчук привітала призначення.")
    #expect(!found.contains { $0.0.hasPrefix("Міністр") })
    #expect(found.contains { $0.0 == "України" && $0.1 == "Country" })
  }

  @Test func aQuotedNameAfterACompoundCompanyNoun() {
    #expect(mentions("Раніше він очолював агрохолдинг «Астарта».").contains { $0.0 == "Астарта" && $0.1 == "Corporation" })
    // The closing quote goes with the opening one when the name is cut to what stands in quotes.
    #expect(mentions("Наглядова рада НАК «Нафтогаз України» призначила нового голову.").contains { $0.0 == "Нафтогаз України" })
  }

  @Test func companiesAndAirlinesByTheNounBeforeThem() {
    let found = mentions("Уряд запровадив санкції проти авіакомпанії «Ютейр» та компанії «Росатом».")
    #expect(found.contains { $0.0 == "Ютейр" && $0.1 == "Airline" })
    #expect(found.contains { $0.0 == "Росатом" && $0.1 == "Corporation" })
  }

  @Test(arguments: ["Макрона зустрів канцлер Німеччини.", "Симоненкові подзвонили з Брюсселя.", "Дерипаску внесли до списку."])
  func aSurnameOpeningTheSentenceIsAPerson(_ text: String) {
    let first = String(text.prefix { $0 != " " })
    #expect(mentions(text).contains { $0.0 == first && $0.1 == "Person" })
  }

  /// Cities the gazetteer does not list are told from other places by GeoNames (data/places.tsv).
  @Test func citiesFromGeoNames() {
    let found = mentions("Виставка відкрилася у Житомирі, а потім переїхала до Стрия та на Полісся.")
    #expect(found.contains { $0.0 == "Житомирі" && $0.1 == "City" && $0.2 == "Житомир" })
    #expect(found.contains { $0.0 == "Стрия" && $0.1 == "City" })
    #expect(!found.contains { $0.0 == "Полісся" && $0.1 == "City" })
  }

  /// A place's base form is the reading GeoNames knows: "Миколаєві" is Миколаїв, not the first
  /// name Миколай.
  @Test func aPlaceTakesTheReadingGeoNamesKnows() {
    let found = mentions("Завод у Миколаєві зупинив роботу.")
    #expect(found.contains { $0.0 == "Миколаєві" && $0.2 == "Миколаїв" })
  }

  /// A MISC name takes its schema.org class from the noun for its kind, before it or opening it.
  @Test func otherNamesTakeTheClassOfTheirKind() {
    let found = mentions("Парламент ухвалив закон «Про публічні закупівлі», а режисер показав фільм «Довга дорога».")
    #expect(found.contains { $0.0 == "Про публічні закупівлі" && $0.1 == "Legislation" })
    #expect(found.contains { $0.0 == "Довга дорога" && $0.1 == "Movie" })
  }

  /// A hyphen written within a word stays there in the base form.
  @Test func aHyphenWithinANameStaysInItsBaseForm() {
    let found = mentions("Маршрути отримало ПрАТ «АТП-12345» минулого року.")
    #expect(found.contains { $0.2.contains("АТП-12345") })
    #expect(!found.contains { $0.2.contains("АТП - 12345") })
  }

  /// A local council or administration, by its head noun, is a body of government.
  @Test func aCouncilIsABodyOfGovernment() {
    let found = mentions("Депутати Зорянської міськради та Зорянської райдержадміністрації зібралися в понеділок.")
    #expect(found.contains { $0.0.hasPrefix("Зорянськ") && $0.0.hasSuffix("міськради") && $0.1 == "GovernmentOrganization" })
  }

  /// A known name of several words wins over a person the tagger saw in part of it.
  @Test func aKnownNameReplacesTheTaggersPartsOfIt() {
    let found = mentions("Верховна Рада ухвалила закон «Про публічні закупівлі».")
    #expect(found.contains { $0.0 == "Верховна Рада" && $0.1 == "GovernmentOrganization" })
    #expect(!found.contains { $0.1 == "Person" })
  }

  @Test func aPlaceOpeningTheSentenceIsAPlace() {
    #expect(mentions("Ворсклу перейшли вночі.").contains { $0.0 == "Ворсклу" && $0.2 == "Ворскла" })
  }

  @Test func aCommonNounsAbbreviationIsNoName() {
    let found = mentions("Про це повідомили ЗМІ, а в ОТГ і в НАТО промовчали.")
    #expect(!found.contains { $0.0 == "ЗМІ" || $0.0 == "ОТГ" })
    #expect(found.contains { $0.0 == "НАТО" })
  }

  @Test func aPlaceKeepsItsGenericWord() {
    let found = mentions("Мітинг пройшов на вулиці Коновальця, а потім на вулицях Києва та в Перевальському районі.")
    #expect(found.contains { $0.0 == "вулиці Коновальця" && $0.1 != "Person" })
    #expect(found.contains { $0.0 == "Києва" })
    #expect(found.contains { $0.0 == "Перевальському районі" })
  }

  @Test func placesSharingAPluralWordAreOneName() {
    // NER-UK's guidelines: "Вінницької, Дніпропетровської ... областях" is one place name.
    let found = mentions("Дощі пройдуть у Луганській, Харківській та Донецькій областях.")
    #expect(found.contains { $0.0 == "Луганській, Харківській та Донецькій областях" && $0.1 == "Place" })
    #expect(!found.contains { $0.0 == "Луганській" })
  }

  @Test func aBodyNamedByItsSeatIsLabelledAPlace() {
    // NER-UK labels toponyms LOC even when they stand for a government; the node stays a body.
    let doc = Fixtures.recognizer.analyze(Fixtures.document("У Кремлі відповіли, що Пентагон помиляється."))
    let found = doc.mentions.map { ($0.text, $0.label, $0.type) }
    #expect(found.contains { $0 == ("Кремлі", "LOC", "GovernmentOrganization") })
    #expect(found.contains { $0 == ("Пентагон", "LOC", "GovernmentOrganization") })
  }

  @Test func worldKnowledgeFillsWhatTheTaggerMisses() {
    let found = mentions("Про це заявили у НАТО та ЄС, а також у Сполучених Штатах.")
    #expect(found.contains { $0.0 == "НАТО" })
    #expect(found.contains { $0.0 == "ЄС" })
    #expect(found.contains { $0.0 == "Сполучених Штатах" && $0.1 == "Country" })
  }

  @Test func offsetsPointAtTheMention() {
    let text = "😀 Вчора Олаф Шольц прибув до Варшави."
    let doc = Fixtures.recognizer.analyze(Fixtures.document(text))
    for m in doc.mentions { #expect(doc.text.slice(m.scalarStart, m.scalarEnd) == m.text) }
  }

  @Test func latinNamesRunOnThroughTheirWords() {
    let tokens = Tokenizer().tokenize(ScalarText("пише газета The Wall Street Journal з посиланням на Reuters"))
    let the = tokens.firstIndex { $0.text == "The" }!
    let grown = Recognizer.extendLatinName(the..<(the + 1), tokens: tokens, end: tokens.count) { _ in true }
    #expect(tokens[grown].map(\.text) == ["The", "Wall", "Street", "Journal"])
    #expect(Recognizer.extendLatinName(the..<(the + 1), tokens: tokens, end: tokens.count) { $0 != the + 2 } == the..<(the + 2))
    // Cyrillic words before a Latin one do not start a run.
    let pyshe = tokens.firstIndex { $0.text == "газета" }!
    #expect(Recognizer.extendLatinName(pyshe..<(pyshe + 1), tokens: tokens, end: tokens.count) { _ in true } == pyshe..<(pyshe + 1))
  }

  @Test func aPersonAfterAStateKeepsBothNames() {
    // Whatever the tagger cuts, a title, a state and two capitalised words are a state and a person.
    let found = mentions("Прем'єр-міністр Японії Сігеру Ісіба заявив, що Токіо продовжить підтримувати Україну.")
    #expect(found.contains { $0.0 == "Японії" && $0.1 == "Country" })
    #expect(found.contains { $0.0 == "Сігеру Ісіба" && $0.1 == "Person" })
  }

  @Test func aBodyKeepsTheStateItBelongsTo() {
    let found = mentions("Курс встановив Національний банк України. Рішення ухвалила Верховна Рада Автономної Республіки Крим.")
    #expect(found.contains { $0.0 == "Національний банк України" })
    #expect(found.contains { $0.0 == "Верховна Рада Автономної Республіки Крим" })
    #expect(!found.contains { $0.1 == "Person" })
  }

  @Test func firstNamesComeFromVESUM() {
    let r = Fixtures.recognizer
    #expect(r.isFirstName("Петра"))
    #expect(!r.isFirstName("України"))
    let tokens = Tokenizer().tokenize(ScalarText("Автономної Республіки Крим Сігеру Ісіба Петро Коваль"))
    #expect(!r.couldBePerson(tokens[0..<3]))
    #expect(r.couldBePerson(tokens[3..<5]))
    #expect(r.couldBePerson(tokens[5..<7]))
  }

  @Test func quotesAroundACompanyNameStayPaired() {
    let found = mentions("Кошти отримало ТОВ «Альфа Трейд», повідомили в банку.")
    #expect(found.contains { $0.0 == "ТОВ «Альфа Трейд»" && $0.1 == "Corporation" && $0.2 == "ТОВ «Альфа Трейд»" })
  }

  @Test func twoPeopleSideBySideStayTwo() {
    let found = mentions("На зустрічі були Іван Дзюба Михайлина Коцюбинська та інші.")
    #expect(!found.contains { $0.0.contains("Дзюба Михайлина") })
  }

  @Test func aStateAndAPrepositionDoNotOpenAName() {
    let found = mentions("Його призначили спеціальним посланником президента США з питань Молдови.")
    #expect(found.contains { $0.0 == "США" && $0.1 == "Country" })
    #expect(found.contains { $0.0 == "Молдови" && $0.1 == "Country" })
    #expect(!found.contains { $0.0.contains("з питань") })
  }
}

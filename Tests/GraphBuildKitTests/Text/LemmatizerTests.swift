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
    // A man's surname declines with his first name; one left as written is a woman's.
    (["Олександра", "Матвійчук"], "Олександра Матвійчук"),
    (["Олександра", "Матвійчука"], "Олександр Матвійчук"),
    (["Валентина", "Ковальчук"], "Валентина Ковальчук"),
    (["Карла", "XII"], "Карл XII"),
    // A particle in lower case stays as written and leaves the gender to the other words.
    (["Гертрудою", "фон", "дер", "Гольц"], "Гертруда фон дер Гольц"),
  ])
  func personNames(_ words: [String], _ lemma: String) {
    #expect(lemmatizer.lemmatizeName(words, isPerson: true) == lemma)
  }

  @Test(arguments: [
    (["Державного", "департаменту"], "Державний департамент"),
    (["посольства", "Білорусі", "у", "Вашингтоні"], "посольство Білорусі у Вашингтоні"),
    // Рада is also a short adjective, but no adjective in the instrumental takes a genitive after it.
    (["Радою", "Європейського", "Союзу"], "Рада Європейського Союзу"),
    // A head in the plural names a body in the plural; a noun that only ends like one does not.
    (["Збройних", "сил", "України"], "Збройні сили України"),
    (["Внутрішніми", "військами"], "Внутрішні війська"),
    (["Національної", "програми"], "Національна програма"),
    (["Божим", "благословенням"], "Боже благословення"),
  ])
  func organisationHeadsDecline(_ words: [String], _ lemma: String) {
    #expect(lemmatizer.lemmatizeName(words, isPerson: false) == lemma)
  }

  /// The leading adjective's ending tells the head's gender and reading; a capitalised adjective
  /// that is also a place's name still agrees with its noun.
  @Test(arguments: [
    (["Полтавської", "області"], "Полтавська область"),
    (["Сумської", "обласної", "ради"], "Сумська обласна рада"),
    (["Запорізькій", "міській", "раді"], "Запорізька міська рада"),
    (["Чорної", "смерті"], "Чорна смерть"),
    (["Харківського", "міського", "голови"], "Харківський міський голова"),
    (["Чорноморського", "узбережжя"], "Чорноморське узбережжя"),
    (["Західному", "Поліссі"], "Західне Полісся"),
  ])
  func adjectivesAgreeWithTheirHead(_ words: [String], _ lemma: String) {
    #expect(lemmatizer.lemmatizeName(words, isPerson: false) == lemma)
  }

  /// A compound the dictionary lacks declines as its last known part; an adjectival ending is
  /// left to the rules, so no tail (кому) is read into a surname.
  @Test(arguments: [("Енергобудмонтажу", "Енергобудмонтаж"), ("Агротехсервісом", "Агротехсервіс"), ("Кошовському", "Кошовський")])
  func compoundsDeclineAsTheirTail(_ form: String, _ lemma: String) {
    #expect(lemmatizer.lemma(form) == lemma)
  }

  /// A surname in -ського is a man's -ський, not the neuter of a place VESUM lists (Іверське).
  @Test func aSurnameIsNoPlacesNeuter() {
    #expect(lemmatizer.lemmatizeName(["Петра", "Іверського"], isPerson: true) == "Петро Іверський")
    #expect(lemmatizer.lemmatizeName(["П.", "І.", "Іверського"], isPerson: true) == "П. І. Іверський")
  }

  /// A capitalised -ко is a surname that does not decline for women, never the vocative of an
  /// -ка name that Hunspell lists (Марійко: Марійка's vocative).
  @Test func aKoSurnameIsNoVocative() {
    #expect(lemmatizer.lemmatizeName(["Світлана", "Марійко"], isPerson: true) == "Світлана Марійко")
    #expect(lemmatizer.lemma("Марійко") == "Марійко")
    #expect(lemmatizer.lemma("Марійкою") == "Марійка")
  }

  @Test func adjectiveEndingsTellGenders() {
    #expect(Lemmatizer.genders(ofAdjectiveForm: "Полтавської") == [.feminine])
    #expect(Lemmatizer.genders(ofAdjectiveForm: "міського") == [.masculine, .neuter])
    #expect(Lemmatizer.genders(ofAdjectiveForm: "міській") == [.feminine, .masculine])
    #expect(Lemmatizer.genders(ofAdjectiveForm: "Київ").isEmpty)
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

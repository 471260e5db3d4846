import Foundation
import Testing
@testable import GraphBuildKit

/// Our own sentences, in the style of news, for every core relation type, both directions of
/// the patterns, and negation or modality.
@Suite struct RelationExtractorTests {
  func triples(_ text: String) -> Set<String> { Fixtures.graph(["date 2025-05-20\n" + text]).namedTriples }

  @Test func titlesAndAppositions() {
    let t = triples("Президент Франції Емманюель Макрон прибув до Берліна. Зустріч відкрив канцлер Німеччини Фрідріх Мерц.")
    #expect(t.contains("Емманюель Макрон leaderOf Франція"))
    #expect(t.contains("Фрідріх Мерц leaderOf Німеччина"))
  }

  @Test func aListOfObjectsGoesOnThroughCommas() {
    let listed = triples("Канада запровадила санкції проти Росії, Білорусі та Ірану.")
    #expect(["Росія", "Білорусь", "Іран"].allSatisfy { listed.contains("Канада imposedSanctionsOn \($0)") })
    // A relative clause after the comma is no list.
    let relative = triples("Японія запровадила санкції проти Росії, яка напала на Україну.")
    #expect(relative.contains("Японія imposedSanctionsOn Росія"))
    #expect(!relative.contains("Японія imposedSanctionsOn Україна"))
  }

  @Test func sanctionsWhoseObjectsAreTheSubjectOrComeLater() {
    let t = triples(
      "РНБО запровадила санкції проти 12 фізичних осіб. Під обмеження потрапили бізнесмен Андрій Кравець та Микола Степаненко. "
        + "Також санкції застосовано до банку «Промсвязьбанк». Компанія «Гродно Азот» потрапила під санкції.")
    for object in ["Андрій Кравець", "Микола Степаненко", "Промсвязьбанк", "Гродно Азот"] {
      #expect(t.contains("РНБО imposedSanctionsOn \(object)"), "\(object): \(t.sorted())")
    }
  }

  @Test func headOfABodyInsideAStateIsNotTheStatesLeader() {
    // Whether or not the tagger takes "МЗС Туреччини" for a name, Fidan leads no state.
    for text in ["Глава МЗС Туреччини Хакан Фідан повідомив про це.", "Як повідомив глава МЗС Туреччини Хакан Фідан, переговори тривають."] {
      #expect(!triples(text).contains("Хакан Фідан leaderOf Туреччина"))
    }
    #expect(triples("Голова уряду Польщі Дональд Туск прибув.").contains("Дональд Туск leaderOf Польща"))
    #expect(!triples("Керівник апарату Верховної Ради Валентин Зайчук отримав ділянку.").contains { $0.contains("Зайчук leaderOf") })
    let deputy = triples("Суд визнав винною заступницю голови Міністерства фінансів Наталю Бережанську.")
    #expect(!deputy.contains { $0.contains("Бережанська leaderOf") })
    #expect(deputy.contains { $0.hasPrefix("Наталя Бережанська representativeOf Міністерство фінансів") })
  }

  @Test func aCompanysNounStandsForTheCompanyJustNamed() {
    let lead = "Компанія «Альфа» виграла тендер. "
    #expect(triples(lead + "Директор компанії Ігор Петренко відмовився від коментарів.").contains("Ігор Петренко leaderOf Альфа"))
    #expect(triples(lead + "Засновник цієї компанії Ігор Петренко не відповів.").contains("Ігор Петренко memberOf Альфа"))
    // Another company: named, described by its own adjective, or many.
    #expect(triples(lead + "Директор компанії «Бета» Ігор Петренко не відповів.").contains("Ігор Петренко leaderOf Бета"))
    #expect(!triples(lead + "Директор китайської компанії Ігор Петренко не відповів.").contains { $0.contains("Альфа") && $0.contains("Петренко") })
    #expect(!triples(lead + "Керівники компаній Ігор Петренко та Іван Коваль не відповіли.").contains { $0.contains("Альфа") && $0.contains("Петренко") })
    #expect(!triples("Фірма «Альфа» виграла тендер. Керівником обох фірм був Ігор Петренко.").contains { $0.contains("Альфа") && $0.contains("Петренко") })
    // The copula links the post to its holder; the company may be named earlier in the sentence.
    #expect(triples(lead + "Засновником компанії є народний депутат Олександр Герега.").contains("Олександр Герега memberOf Альфа"))
    #expect(triples("Компанія «Альфа» повідомила, що директором компанії став Ігор Петренко.").contains("Ігор Петренко leaderOf Альфа"))
  }

  @Test func stateSecretaryAndAnImpersonalAppointment() {
    #expect(triples("Документи передали державному секретарю США Ентоні Блінкену.").contains("Ентоні Блінкен representativeOf США"))
    let t = triples("Новим послом України в Канаді призначено Андрія Плахотнюка.")
    #expect(t.contains("Андрій Плахотнюк representativeOf Україна"))
    #expect(t.contains("Андрій Плахотнюк envoyTo Канада"))
  }

  @Test func reverseApposition() {
    #expect(triples("Про це сказав Андрій Сибіга, міністр закордонних справ України.").contains("Андрій Сибіга representativeOf Україна"))
  }

  @Test func envoyAndAppointment() {
    let t = triples("Президент США Дональд Трамп призначив Кіта Келлога спеціальним посланцем з питань України.")
    #expect(t.contains("Кіт Келлог appointedBy Дональд Трамп"))
    #expect(t.contains("Кіт Келлог envoyTo Україна"))
    #expect(t.contains("Дональд Трамп leaderOf США"))
  }

  @Test func titleInsideAnOrganisationNameIsNoPost() {
    // "міністрів" in the name of the government, and a verb ending the title's phrase.
    let t = triples("Кабінет міністрів України звільнив Сергія Звягінцева.")
    #expect(!t.contains { $0.hasPrefix("Сергій Звягінцев representativeOf") })
    #expect(t.contains("Кабінет міністрів України partOf Україна"))
  }

  @Test func nameAfterAnotherVerbIsItsObjectNotTheSubject() {
    let t = triples("Генеральний секретар НАТО Марк Рютте відвідав Київ і зустрівся з Володимиром Зеленським.")
    #expect(t.contains("Марк Рютте negotiatesWith Володимир Зеленський") || t.contains("Володимир Зеленський negotiatesWith Марк Рютте"))
    #expect(!t.contains { $0.hasPrefix("Україна negotiatesWith") || $0.hasSuffix("negotiatesWith Україна") })
    // With no other subject before it, the name after the verb is the subject (verb-first order).
    let vs = triples("До Києва вчора прибув Емманюель Макрон і зустрівся з Володимиром Зеленським.")
    #expect(vs.contains("Емманюель Макрон negotiatesWith Володимир Зеленський") || vs.contains("Володимир Зеленський negotiatesWith Емманюель Макрон"))
  }

  @Test func appointedToHeadABody() {
    let t = triples("Кабінет міністрів України призначив Сергія Звягінцева головою Державної митної служби.")
    #expect(t.contains("Сергій Звягінцев appointedBy Кабінет міністрів України"))
    #expect(t.contains { $0.hasPrefix("Сергій Звягінцев leaderOf Державн") })
    // No named appointer: the post still counts, past lower-case words and quotes.
    #expect(triples("Тоді ж призначили Івана Коваля директором компанії «Альфа-Груп».").contains("Іван Коваль leaderOf Альфа-Груп"))
    // A post with no body named after it gives no relation.
    #expect(!triples("Уряд призначив Олену Петренко заступницею міністра.").contains { $0.contains("leaderOf") })
  }

  @Test func sanctionsOnTheNamedMembersOfAGroup() {
    let t = triples("Канада запровадила санкції проти 15 російських банків, зокрема Сбербанку та ВТБ.")
    #expect(t.contains("Канада imposedSanctionsOn Сбербанк"))
    #expect(t.contains("Канада imposedSanctionsOn ВТБ"))
    // Without named members the adjective's state stays the object.
    #expect(triples("Канада запровадила санкції проти російських банків.").contains("Канада imposedSanctionsOn Росія"))
  }

  @Test func anImpersonalVerbsAgentIsTheEarlierOne() {
    let t = triples("Канада запровадила санкції проти Ірану. Також санкції застосовано до олігарха Олега Дерипаски та компанії «Русал».")
    #expect(t.contains("Канада imposedSanctionsOn Олег Дерипаска"))
    #expect(t.contains("Канада imposedSanctionsOn Русал"))
    // No earlier agent, no relation.
    #expect(!triples("Також санкції застосовано до олігарха Олега Дерипаски.").contains { $0.contains("imposedSanctionsOn") })
  }

  @Test func passiveWithTheAgentAfterIt() {
    let t = triples("Санкції проти банку «Мир» були зняті Японією.")
    #expect(t.contains("Японія liftedSanctionsOn Мир"))
    #expect(!triples("Санкції проти Ірану, запроваджені у 2020 році, діють.").contains { $0.contains("imposedSanctionsOn") })
  }

  @Test func talksNamedByANounWithBothSides() {
    let t = triples("Лише після переговорів Віктора Орбана з Ульфом Крістерссоном парламент схвалив вступ.")
    #expect(t.contains("Віктор Орбан negotiatesWith Ульф Крістерссон") || t.contains("Ульф Крістерссон negotiatesWith Віктор Орбан"))
    #expect(!triples("Під час зустрічі з Емманюелем Макроном говорили про санкції.").contains { $0.contains("negotiatesWith") })
  }

  @Test func aPhoneCallIsTalks() {
    let t = triples("Президент Туреччини Реджеп Тайїп Ердоган провів телефонну розмову з Володимиром Путіним.")
    #expect(t.contains("Реджеп Тайїп Ердоган negotiatesWith Володимир Путін") || t.contains("Володимир Путін negotiatesWith Реджеп Тайїп Ердоган"))
  }

  @Test func sanctionsWithStanceAndDate() {
    let g = Fixtures.graph(["date 2025-05-20\n14 травня Канада запровадила санкції проти компанії «Росатом». Японія зняла санкції з банку «Мир»."])
    let imposed = g.relations.values.first { $0.predicate == "imposedSanctionsOn" }
    #expect(imposed.map { g.entities[$0.subject]?.name } == "Канада")
    #expect(imposed?.stance == "imposed")
    #expect(imposed?.dates == ["2025-05-14"])
    #expect(g.namedTriples.contains("Японія liftedSanctionsOn Мир"))
  }

  @Test func tightenedSanctions() {
    let g = Fixtures.graph(["Минулого тижня Велика Британія посилила санкції проти Ірану."])
    #expect(g.relations.values.contains { $0.predicate == "imposedSanctionsOn" && $0.stance == "tightened" })
  }

  @Test func negotiationsBothWays() {
    #expect(triples("Прем'єр-міністр Польщі Дональд Туск провів переговори з Володимиром Зеленським.").contains("Дональд Туск negotiatesWith Володимир Зеленський") ||
      triples("Прем'єр-міністр Польщі Дональд Туск провів переговори з Володимиром Зеленським.").contains("Володимир Зеленський negotiatesWith Дональд Туск"))
    let t = triples("Туреччина та Азербайджан обговорюють нову угоду.")
    #expect(t.contains("Туреччина negotiatesWith Азербайджан") || t.contains("Азербайджан negotiatesWith Туреччина"))
  }

  @Test func allyOfNeedsAStatedSubject() {
    #expect(triples("Литва є вірним союзником України.").contains { $0.hasPrefix("Литва allyOf Україна") || $0.hasPrefix("Україна allyOf Литва") })
    // No subject in the clause: nothing is invented.
    #expect(!triples("Хоча союзниця Ірану вже заявила про це, відповіді не було.").contains { $0.contains("allyOf") })
  }

  @Test func stateBodies() {
    let t = triples("Посольство Японії у Києві повідомило про зміни. Міністерство фінансів США оприлюднило список.")
    // Whether the recogniser takes "у Києві" into the embassy's name or not.
    #expect(t.contains { $0.lowercased().hasPrefix("посольство японії") && $0.hasSuffix(" partOf Японія") })
    #expect(t.contains { $0.contains("locatedIn Київ") })
    #expect(t.contains { $0.hasPrefix("Міністерство фінансів") && $0.hasSuffix("partOf США") })
  }

  /// Of the bodies a name holds, the last is the parent, by its abbreviation too; a state is the
  /// parent only where no body is.
  @Test func theLastBodyANameHoldsIsItsParent() {
    let g = Fixtures.graph([
      "Міністерство закордонних справ України повідомило про це. Вона очолила Департамент Європейського Союзу МЗС України.",
    ])
    #expect(g.namedTriples.contains("Департамент Європейського Союзу МЗС України partOf Міністерство закордонних справ України"))
    #expect(!g.namedTriples.contains { $0.hasPrefix("Департамент Європейського Союзу") && $0.hasSuffix("partOf Європейський Союз") })
    let h = Fixtures.graph(["Міністерство фінансів США оприлюднило список."])
    #expect(h.namedTriples.contains("Міністерство фінансів США partOf США"))
  }

  /// A body's remit names no parent; the body after "при" is its parent, but a mission's is the
  /// state that sends it.
  @Test func aBodysRemitAndWhatItIsAttachedTo() {
    let g = Fixtures.graph([
      "Кабінет Міністрів України ухвалив рішення. Олег Гнатюк, заступник голови Експертної групи радників при Кабінеті Міністрів України, розповів про реформу.",
      "Вона працювала у Комітеті з питань Європейського Союзу, а потім у Представництві України при ЄС.",
    ])
    #expect(g.namedTriples.contains("Експертна група радників при Кабінеті Міністрів України partOf Кабінет Міністрів України"))
    #expect(!g.namedTriples.contains("Експертна група радників при Кабінеті Міністрів України partOf Україна"))
    #expect(g.namedTriples.contains("Представництво України при ЄС partOf Україна"))
    #expect(!g.namedTriples.contains { $0.hasPrefix("Комітет з питань") && $0.contains("partOf") })
  }

  @Test func negationIsNotAFact() {
    let t = triples("Міністерство фінансів США не зняло санкції з компанії «Беларуськалій».")
    #expect(!t.contains { $0.contains("liftedSanctionsOn") })
  }

  @Test func modalityIsMarked() {
    let g = Fixtures.graph(["Туреччина, ймовірно, зніме санкції з компанії «Аерофлот»."])
    let r = g.relations.values.first { $0.predicate == "liftedSanctionsOn" }
    #expect(r?.hedged == true)
  }

  @Test func capitalsStandForTheirStates() {
    let g = Fixtures.graph(["Київ провів переговори з Варшавою про транзит."])
    let r = g.relations.values.first { $0.predicate == "negotiatesWith" }
    #expect(r != nil)
    #expect(r?.evidence.first?.note?.contains("capital") == true)
  }

  @Test func releasesAreEventsWithCountAndDate() {
    let g = Fixtures.graph(["date 2025-11-26\nУ вересні Росія звільнила 52 особи. 21 червня – 14 осіб."])
    let counts = Set(g.events.values.compactMap(\.count))
    #expect(counts.contains(52))
    #expect(g.events.values.first { $0.count == 52 }?.date == "2025-09")
  }

  @Test func evidenceIsTheSentence() {
    let g = Fixtures.graph(["Перше речення. Президент Чехії Петр Павел відвідав Прагу."])
    let r = g.relations.values.first { $0.predicate == "leaderOf" }
    #expect(r?.evidence.first?.sentence == "Президент Чехії Петр Павел відвідав Прагу.")
  }
}

@Suite struct MoreRelationTypesTests {
  func triples(_ text: String) -> Set<String> { Fixtures.graph(["date 2025-05-20\n" + text]).namedTriples }

  @Test func memberAndCitizen() {
    let t = triples("Депутат Верховної Ради Олексій Гончаренко виступив у Страсбурзі. Громадянин Польщі Ян Ковальський затриманий у Мінську.")
    #expect(t.contains("Олексій Гончаренко memberOf Верховна Рада"))
    #expect(t.contains("Ян Ковальський citizenOf Польща"))
  }

  @Test func leaderInReverseApposition() {
    #expect(triples("Заяву зробив Олаф Шольц, канцлер Німеччини.").contains("Олаф Шольц leaderOf Німеччина"))
  }

  @Test func associationIsHedgedWhenMaybe() {
    let g = Fixtures.graph(["Компанія «Альфа» може бути пов'язана з Олегом Дерипаскою."])
    let r = g.relations.values.first { $0.predicate == "associatedWith" }
    #expect(r != nil)
    #expect(r?.hedged == true)
  }

  @Test func stateBodyOpeningTheSentenceActsForItsState() {
    let g = Fixtures.graph(["Уряд Нової Зеландії запровадив санкції проти банку «Гамма». Рішення набуло чинності."])
    #expect(g.namedTriples.contains("Нова Зеландія imposedSanctionsOn Гамма"))
    #expect(g.entities.values.contains { $0.name.lowercased() == "уряд нової зеландії" && $0.type != "Place" })
  }

  @Test func listGoesOnPastAnUnnamedFirstObject() {
    let g = Fixtures.graph(["Канада запровадила санкції проти 12 суден, компанії «Дельта» та її власника Петра Іваненка."])
    #expect(g.namedTriples.contains("Канада imposedSanctionsOn Дельта"))
    #expect(g.namedTriples.contains("Канада imposedSanctionsOn Петро Іваненко"))
  }

  /// A body registered or based in a place is located there; a person registered there is not.
  @Test func aBodyRegisteredInAPlaceIsLocatedThere() {
    let g = Fixtures.graph(["ТОВ «Левада» зареєстровано у Полтаві. Фірма «Вереск», яка розташована в Ірландії, має два офіси."])
    #expect(g.namedTriples.contains { $0.contains("Левада") && $0.hasSuffix("locatedIn Полтава") })
    #expect(g.namedTriples.contains { $0.contains("Вереск locatedIn Ірландія") })
    let h = Fixtures.graph(["Петро Гайовий зареєстрований у Києві як підприємець."])
    #expect(!h.namedTriples.contains { $0.contains("locatedIn") })
  }

  /// A place in brackets after a body's name is its seat; after a person's, or as one of a
  /// list, it is not.
  @Test func aPlaceInBracketsAfterABodyIsItsSeat() {
    let g = Fixtures.graph(["Тендер виграла латвійська фірма SIA «Вереск» (Латвія)."])
    #expect(g.namedTriples.contains { $0.contains("Вереск") && $0.hasSuffix("locatedIn Латвія") })
    let h = Fixtures.graph(["Петро Гайовий (Київ) виграв тендер. Члени ради «Вереск» (Київ, Львів, Одеса) проголосували."])
    #expect(!h.namedTriples.contains { $0.contains("locatedIn") })
  }

  /// A department of a body of a state is not itself named a part of the state.
  @Test func aPartOfAStatesBodyIsNotPartOfTheState() {
    let g = Fixtures.graph(["Департамент захисту економіки НП України повідомив про затримання."])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Департамент") && $0.contains("partOf Україна") })
    let h = Fixtures.graph(["Державне агентство з інвестицій та управління національними проектами України повідомило про затримання."])
    #expect(h.namedTriples.contains { $0.hasPrefix("Державне агентство") && $0.contains("partOf Україна") })
  }

  /// A deputy's post after a comma is the name's before it; a commissioner represents.
  @Test func aDeputysPostInAppositionAndACommissioner() {
    let g = Fixtures.graph([
      "Заступником обрано Олександра Шубіна, заступника голови Федерації профспілок України.",
      "Про це заявив уповноважений України з питань інтеграції Костянтин Єлісеєв.",
    ])
    #expect(g.namedTriples.contains("Олександр Шубін representativeOf Федерація профспілок України"))
    #expect(!g.namedTriples.contains("Олександр Шубін leaderOf Федерація профспілок України"))
    #expect(g.namedTriples.contains("Костянтин Єлісеєв representativeOf Україна"))
  }

  /// A body of citizens named with its state (a federation, a union) is where it is, no part of
  /// the state; a ministry so named is.
  @Test func aBodyOfCitizensIsNoPartOfItsState() {
    let g = Fixtures.graph(["Заяву оприлюднила Федерація профспілок України. Її підтримало Міністерство соціальної політики України."])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Федерація профспілок") && $0.contains("partOf") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Міністерство соціальної політики") && $0.hasSuffix("partOf Україна") })
  }

  /// A post after a dash is the name's before it; a modifier between a post's body and its
  /// copula is passed over, and every holder coordinated after the copula holds the post.
  @Test func aPostAfterADashAndHoldersAfterACopula() {
    let g = Fixtures.graph([
      "Він є братом Михайла Горпенка – засновника ТОВ «Согор», що здійснює перевезення.",
      "Кінцевими бенефіціарами цього ТОВ «Левада» із прямим вирішальним впливом є Анатолій Єпіфанов і Володимир Стельмах.",
    ])
    #expect(g.namedTriples.contains { $0.hasPrefix("Михайло Горпенко memberOf") && $0.contains("Согор") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Анатолій Єпіфанов memberOf") && $0.contains("Левада") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Володимир Стельмах memberOf") && $0.contains("Левада") })
  }

  @Test func aPostNamingItsHolderPastItsWordsStandsForNoOneElse() {
    let g = Fixtures.graph(["Міністр екології Андрій Мохун відвідав Львів. Олег Ткач виявився радником міністра енергетики Петра Гайди."])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Олег Ткач representativeOf Андрій Мохун") }, "\(g.namedTriples)")
  }

  @Test func aPostsWordsCountANameAsOne() {
    let g = Fixtures.graph(["Як роз'яснює начальник відділу державної реєстрації актів цивільного стану Головного територіального управління юстиції в Житомирській області Тетяна Козак, батьком залишається чоловік."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Тетяна Козак representativeOf Головне територіальне управління юстиції") }, "\(g.namedTriples)")
  }

  @Test func holdersAfterACopulaMaySayWhereTheyAreFrom() {
    let g = Fixtures.graph(["Засновниками ТОВ «Левада» є Юлія Мороз з Києва і Борис Савчук з Чернівецької області."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Юлія Мороз memberOf") && $0.contains("Левада") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Борис Савчук memberOf") && $0.contains("Левада") }, "\(g.namedTriples)")
  }

  /// A city's head named by the post alone heads the one city the document names; a deputy
  /// before the head's adjectives represents it.
  @Test func aBareMayorHeadsTheOneCityNamed() {
    let g = Fixtures.graph([
      "Сесія відбулася в Сумах. Рішення підтримав теперішній міський голова Олександр Лисенко.",
    ])
    #expect(g.namedTriples.contains("Олександр Лисенко leaderOf Суми"))
    let h = Fixtures.graph(["Про це повідомив перший заступник Харківського міського голови Ігор Терехов у Харкові."])
    #expect(h.namedTriples.contains("Ігор Терехов representativeOf Харків"))
    #expect(!h.namedTriples.contains("Ігор Терехов leaderOf Харків"))
    let k = Fixtures.graph(["Міський голова Олександр Лисенко відвідав Київ і Львів."])
    #expect(!k.namedTriples.contains { $0.contains("leaderOf") })
  }

  /// A minister's deputy serves the ministry where the document names it.
  @Test func aMinistersDeputyServesTheMinistryNamed() {
    let g = Fixtures.graph([
      "Про це наголосила Світлана Фоменко, перший заступник Міністра культури України. Міністерство культури України здійснило всі кроки.",
    ])
    #expect(g.namedTriples.contains("Світлана Фоменко representativeOf Міністерство культури України"))
    // The state left out, with the holder before the post: the one ministry whose name goes on
    // past the words; another state's words find none.
    let h = Fixtures.graph([
      "Міністерство закордонних справ України оприлюднило дані. Оксана Дмитренко — перша заступниця міністра закордонних справ. Ганна Лісова — заступник міністра закордонних справ Польщі.",
    ])
    #expect(h.namedTriples.contains("Оксана Дмитренко representativeOf Міністерство закордонних справ України"))
    #expect(!h.namedTriples.contains("Ганна Лісова representativeOf Міністерство закордонних справ України"))
  }

  /// "країни" right after a post is the state named last.
  @Test func theCountrysNounAfterAPostIsTheStateNamedLast() {
    let g = Fixtures.graph([
      "«Це проблема Польщі», - заявила прем'єр-міністр країни Беата Шидло.",
      "Польща виступила проти. Прем'єр-міністр країни Беата Шидло заявила про це.",
    ])
    #expect(g.namedTriples.contains("Беата Шидло leaderOf Польща"))
    let h = Fixtures.graph(["Прем'єр-міністр країни Беата Шидло заявила про це."])
    #expect(!h.namedTriples.contains { $0.contains("leaderOf") })
  }

  /// An aside in brackets after a post's body is passed over; not past another post's body.
  @Test func anAsideInBracketsAfterAPostsBody() {
    let g = Fixtures.graph(["Область відвідав в. о. Голови Державної служби зайнятості (Центрального апарату) Валерій Ярошенко."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Валерій Ярошенко leaderOf Державна служба зайнятості") })
    let h = Fixtures.graph(["Засновником є ТОВ «Інкор», директором якої є екс-депутат Одеської міськради (1994-2010) Руслан Тарпан."])
    #expect(!h.namedTriples.contains { $0.hasPrefix("Руслан Тарпан leaderOf Одеськ") })
  }

  /// A law named with its state is no part of it.
  @Test func aLawIsNoPartOfItsState() {
    let g = Fixtures.graph(["Відповідно до Закону України «Про питну воду» Міністерство охорони здоров'я України перевірило воду."])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Закон") && $0.contains("partOf") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Міністерство охорони здоров") && $0.hasSuffix("partOf Україна") })
  }

  /// A subunit whose name ends in a body the document names is part of that body; not where
  /// the end says where it works, a region, or its own quoted name.
  @Test func aSubunitIsPartOfTheBodyItsNameEndsIn() {
    let g = Fixtures.graph([
      "Київське відділення АМКУ розпочало розслідування. АМКУ оприлюднив рішення.",
      "Департамент економіки Черкаської міськради оголосив тендер. Черкаська міськрада його скасувала.",
    ])
    #expect(g.namedTriples.contains { $0.hasPrefix("Київське відділення АМКУ partOf АМКУ") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Департамент економіки") && $0.hasSuffix("partOf Черкаська міськрада") })
    let h = Fixtures.graph([
      "Управління СБУ у Чернігівській області затримало посадовця. У Чернігівській області це вже третій випадок.",
      "Державна служба автомобільних доріг «Укравтодор» оголосила тендер. «Укравтодор» його скасував.",
    ])
    #expect(!h.namedTriples.contains { $0.contains("partOf Чернігівська") })
    #expect(!h.namedTriples.contains { $0.hasPrefix("Державна служба") && $0.hasSuffix("partOf Укравтодор") })
  }

  /// Only a person works somewhere, and only at a body.
  @Test func whoWorksAtABodyIsItsMember() {
    let g = Fixtures.graph(["Петро Гайовий у 2018 році працював у ТОВ «Левада»."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Гайовий memberOf") && $0.contains("Левада") })
    let h = Fixtures.graph(["Петро Гайовий довго працював у Польщі, а потім у Литві."])
    #expect(!h.namedTriples.contains { $0.hasPrefix("Петро Гайовий memberOf") })
  }

  @Test func aPossessiveBeforeAPostIsTheBodyNamedBefore() {
    let g = Fixtures.graph(["Представники компанії «Дельта» та її генеральний директор Петро Іваненко прибули до Києва."])
    #expect(g.namedTriples.contains("Петро Іваненко leaderOf Дельта"))
    let h = Fixtures.graph(["Міністерка Литви Рута Янкунене та її радник Петро Іваненко прибули до Києва."])
    #expect(!h.namedTriples.contains { $0.hasPrefix("Петро Іваненко") })
  }

  @Test func aCounterpartIsTheOtherStatesEnvoy() {
    let g = Fixtures.graph(["Міністр закордонних справ Норвегії Еспен Барт Ейде зустрівся зі своїм естонським колегою Тоомасом Хендріком."])
    #expect(g.namedTriples.contains("Тоомас Хендрік representativeOf Естонія"))
  }

  @Test func receivingAVisitorIsTalks() {
    let g = Fixtures.graph(["Президент Польщі Кароль Навроцький прийняв у Варшаві прем'єр-міністра Литви Інгу Ругінене."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Кароль Навроцький negotiatesWith") || $0.hasSuffix("negotiatesWith Кароль Навроцький") })
    for text in ["Президент Польщі Кароль Навроцький прийняв закон про вибори.", "Президент Польщі Кароль Навроцький прийняв запрошення Інги Ругінене."] {
      #expect(!Fixtures.graph([text]).namedTriples.contains { $0.contains("negotiatesWith") })
    }
  }

  @Test func aPortfolioAloneTakesTheStateOfTheBodyNamedBefore() {
    let g = Fixtures.graph(["Міністерство оборони Норвегії оголосило про нову допомогу. Міністр оборони Йонас Берг заявив, що пакет готовий."])
    #expect(g.namedTriples.contains("Йонас Берг representativeOf Норвегія"))
    let h = Fixtures.graph(["Міністерство оборони Норвегії і уряд Швеції оголосили про нову допомогу. Міністр фінансів Єнс Столтенберг заявив, що пакет готовий."])
    #expect(!h.namedTriples.contains("Єнс Столтенберг representativeOf Норвегія"))
  }

  @Test func companiesAgreementsAssociateThem() {
    let g = Fixtures.graph(["Компанія «Альфа» уклала угоду з французькою корпорацією «Бета» про постачання турбін."])
    #expect(g.namedTriples.contains("Альфа associatedWith Бета") || g.namedTriples.contains("Бета associatedWith Альфа"))
    let h = Fixtures.graph(["Компанія «Гамма» і турецька компанія «Дельта» створять спільне підприємство."])
    #expect(h.namedTriples.contains("Гамма associatedWith Дельта") || h.namedTriples.contains("Дельта associatedWith Гамма"))
    // States' agreements are not companies' ties.
    #expect(!Fixtures.graph(["Польща уклала угоду з Литвою про енергетику."]).namedTriples.contains { $0.contains("associatedWith") })
  }

  @Test func aPossessiveIsNotTheTownJustNamed() {
    let g = Fixtures.graph(["Фірма зареєстрована в Житомирі, але її власником є Петро Іваненко."])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Петро Іваненко") })
  }

  @Test func undergoersListedAfterADash() {
    let g = Fixtures.graph(["Канада запровадила санкції проти десяти компаній. Серед компаній, що потрапили під обмеження, — банк «Альфа» і його дочірня компанія «Бета»."])
    #expect(g.namedTriples.contains("Канада imposedSanctionsOn Альфа"))
    #expect(g.namedTriples.contains("Канада imposedSanctionsOn Бета"))
    #expect(g.namedTriples.contains("Бета partOf Альфа"))
  }

  @Test func agentsAfterTheVerbWhenTheObjectComesFirst() {
    let g = Fixtures.graph(["Раніше подібні обмеження проти компанії «Гамма» запровадили Канада та Австралія."])
    #expect(g.namedTriples.contains("Канада imposedSanctionsOn Гамма"))
    #expect(g.namedTriples.contains("Австралія imposedSanctionsOn Гамма"))
  }

  @Test func namedMembersAfterARelativeClause() {
    let g = Fixtures.graph(["Рада ЄС продовжила санкції проти осіб, які підривають суверенітет Грузії, зокрема проти бізнесмена Петра Іваненка."])
    #expect(g.namedTriples.contains { $0.hasSuffix("imposedSanctionsOn Петро Іваненко") })
    #expect(!g.namedTriples.contains { $0.hasSuffix("imposedSanctionsOn Грузія") })
  }

  @Test func headingABodyLeadsIt() {
    let g = Fixtures.graph(["Засновником фірми є Петро Іваненко, син Івана Іваненка, який раніше очолював Міністерство оборони Литви."])
    #expect(g.namedTriples.contains("Іван Іваненко leaderOf Міністерство оборони Литви"))
    #expect(!g.namedTriples.contains("Петро Іваненко leaderOf Міністерство оборони Литви"))
    let h = Fixtures.graph(["Петро Іваненко був радником Івана Сидоренка, коли той очолював Міністерство оборони Литви."])
    #expect(h.namedTriples.contains("Іван Сидоренко leaderOf Міністерство оборони Литви"))
  }

  @Test func aStateCompanyIsPartOfItsState() {
    let g = Fixtures.graph(["Литовська державна компанія «Енерго» уклала контракт з польською компанією «Гамма»."])
    #expect(g.namedTriples.contains("Енерго partOf Литва"))
    #expect(g.namedTriples.contains("Енерго associatedWith Гамма") || g.namedTriples.contains("Гамма associatedWith Енерго"))
  }

  @Test func peopleWhoSignTogetherNegotiate() {
    let g = Fixtures.graph(["Прем'єр-міністр Литви Інга Ругінене і віцепрем'єр Польщі Владислав Косіняк-Камиш підписали пакет угод."])
    #expect(g.namedTriples.contains("Інга Ругінене negotiatesWith Владислав Косіняк-Камиш") || g.namedTriples.contains("Владислав Косіняк-Камиш negotiatesWith Інга Ругінене"))
    #expect(g.namedTriples.contains("Владислав Косіняк-Камиш representativeOf Польща"))
  }

  @Test func aPostWithAPortfolioTakesTheArticlesOnlyState() {
    let g = Fixtures.graph(["Кабінет міністрів України ухвалив постанову. Міністр фінансів Сергій Марченко заявив, що бюджет виконано."])
    #expect(g.namedTriples.contains("Сергій Марченко representativeOf Україна"))
    let h = Fixtures.graph(["Кабінет міністрів України і уряд Польщі ухвалили рішення. Міністр фінансів Сергій Марченко заявив, що бюджет виконано."])
    #expect(!h.namedTriples.contains { $0.hasPrefix("Сергій Марченко representativeOf") })
  }

  @Test func aMinisterAppointedByAStatesBodyIsThatStates() {
    let g = Fixtures.graph(["Парламент Естонії призначив міністром оборони Петра Іваненка."])
    #expect(g.namedTriples.contains("Петро Іваненко representativeOf Естонія"))
  }

  @Test func aStateInAQuotedNameIsNoParent() {
    let g = Fixtures.graph(["Депутат увійшов до групи «Відроджена Україна» разом з колегами."])
    #expect(!g.namedTriples.contains { $0.contains("partOf Україна") })
  }

  @Test func aPersonAfterAConjunctionIsNotThePostsHolder() {
    let g = Fixtures.graph(["У вересні військовий прокурор Луганського гарнізону і Петренко уклали угоду."])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Петренко") })
    let h = Fixtures.graph(["Компанія «Альфа» виграла тендер. Власниками цієї фірми є ТОВ «Бета» та Анна Коваль."])
    #expect(h.namedTriples.contains("Анна Коваль memberOf Альфа"))
  }

  @Test func joiningSomethingOfABodyIsNoMembership() {
    #expect(!Fixtures.graph(["Норвегія приєдналася до пакета санкцій Європейського Союзу."]).namedTriples.contains { $0.contains("memberOf") })
    #expect(Fixtures.graph(["Фінляндія приєдналася до НАТО у 2023 році."]).namedTriples.contains("Фінляндія memberOf НАТО"))
  }

  @Test func aCompanysLatinNameThenItsHead() {
    let g = Fixtures.graph(["Генеральний директор MOL Жолт Гернаді назвав угоду вигідною."])
    #expect(g.namedTriples.contains("Жолт Гернаді leaderOf MOL"))
    let h = Fixtures.graph(["Угода буде вигідною. Міністр енергетики Сербії Дубравка Джедович заявила про це."])
    #expect(h.namedTriples.contains("Дубравка Джедович representativeOf Сербія"))
  }

  @Test func aJudgeIsAMemberOfTheCourt() {
    let g = Fixtures.graph(["Суддя Печерського районного суду Києва Ігор Петренко відклав засідання."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Ігор Петренко memberOf") })
  }

  @Test func newClauseAfterCommaIsNoObject() {
    let g = Fixtures.graph(["Канада запровадила санкції проти 12 суден, Кремль назвав це рішення ворожим."])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Канада imposedSanctionsOn") })
  }

  @Test func anyTwoBodiesThatSignAContractAreAssociated() {
    let g = Fixtures.graph(["Комунальне підприємство «Київтеплоенерго» уклало договір з ТОВ «Енергосервіс»."])
    #expect(g.namedTriples.contains { $0.contains("Київтеплоенерго associatedWith") && $0.contains("Енергосервіс") })
  }

  @Test func aDeputyElectedForAPartyIsItsMember() {
    let g = Fixtures.graph(["Депутат Харківської облради від партії «Європейська солідарність» Олег Кравець подав запит."])
    #expect(g.namedTriples.contains("Олег Кравець memberOf Європейська солідарність"))
    #expect(g.namedTriples.contains("Олег Кравець memberOf Харківська облрада"))
  }

  /// A people's deputy is a member of the parliament (`impliedBodies`, world knowledge), where the
  /// article names the parliament; the evidence says it is world knowledge.
  @Test func aPeoplesDeputyIsAMemberOfTheParliamentTheArticleNames() {
    let g = Fixtures.graph(["Верховна Рада ухвалила закон. Автором закону є народний депутат України Олег Кравець."])
    let r = g.relations.values.first { g.entities[$0.subject]?.name == "Олег Кравець" && $0.predicate == "memberOf" }
    #expect(r.map { g.entities[$0.object]?.name } == "Верховна Рада")
    #expect(r?.evidence.first?.note?.hasPrefix("world knowledge") == true)
    // The summary counts what world knowledge alone gives apart.
    #expect(g.worldKnowledgeRelations >= 1 && g.summary().contains("from world knowledge only"))
    let h = Fixtures.graph(["Автором закону є народний депутат України Олег Кравець."])
    #expect(!h.namedTriples.contains { $0.hasPrefix("Олег Кравець memberOf") })
  }

  /// A citizen's noun before a name gives the person's state, through the adjective it is made from.
  @Test func aCitizensNounGivesTheState() {
    let g = Fixtures.graph(["Премію отримала британка Олівія Колман.", "Фірму заснував канадець Петро Гайовий.", "Це сказала політика Ірина Шмат."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Олівія Колман citizenOf") && $0.contains("Британія") })
    #expect(g.namedTriples.contains("Петро Гайовий citizenOf Канада"))
    #expect(!g.namedTriples.contains { $0.hasPrefix("Ірина Шмат citizenOf") })
  }

  /// A post coordinated after another, past a possessive, is the same person's.
  @Test func aCoordinatedPostIsTheSamePersons() {
    let g = Fixtures.graph(["Олег Кравець, генеральний директор компанії «Вереск» та її засновник, заявив про збитки."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Олег Кравець leaderOf") && $0.contains("Вереск") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Олег Кравець memberOf") && $0.contains("Вереск") })
  }

  /// A title spelled with a hyphen is the same title (прес-секретар, прессекретар).
  @Test func aHyphenatedTitleIsTheTitle() {
    let g = Fixtures.graph(["Про це заявила прес-секретар Міністерства оборони Ірина Шмат."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Ірина Шмат representativeOf") && $0.contains("Міністерство оборони") })
  }

  /// A title in the genitive plural inside a body's name is no one's post.
  @Test func aTitleInsideABodysNameIsNoPost() {
    let g = Fixtures.graph(["Членом Ради директорів ТОВ «Вереск» є Ірина Шмат."])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Ірина Шмат leaderOf") })
  }

  /// One of a group's leaders or founders, named before the comma, holds the post with others.
  @Test func oneOfTheLeadersHoldsThePost() {
    let g = Fixtures.graph(["Бенефіціаром компанії є Олег Кравець, один з лідерів партії «Світанок». Її директор Іван Мороз, один із засновників ТОВ «Левада»."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Олег Кравець leaderOf") && $0.contains("Світанок") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Іван Мороз memberOf") && $0.contains("Левада") })
  }

  /// A company that "входить до" another is its part; a state that does is no part of anything.
  @Test func aCompanyWithinAnotherIsItsPart() {
    let g = Fixtures.graph(["ТОВ «Левада» входить до холдингу «Агросвіт».", "Польща входить до Європейського Союзу."])
    #expect(g.namedTriples.contains { $0.contains("Левада") && $0.contains("partOf Агросвіт") })
    #expect(!g.namedTriples.contains { $0.hasPrefix("Польща partOf") })
  }

  /// A place in brackets after the owner's noun is the owner's seat, not the owner.
  @Test func aPlaceInBracketsIsNoOwner() throws {
    try #require(Fixtures.syntax != nil, "data/syntax.model is missing")
    let g = Fixtures.graph(["Активами ТОВ «Левада» володіє компанія Zorya Holdings plc (Великобританія)."])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Велика Британія memberOf") })
  }

  @Test func aNameAfterKinAndATitleIsTheKinsmans() {
    let g = Fixtures.graph(["Власником фірми «Гранат» виявився тесть директора заводу «Арсенал» Леонід Борисенко."])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Леонід Борисенко leaderOf") })
    // In the title's case the name is the title's: the deputy is Іван Гнатюк.
    let h = Fixtures.graph(["Засновником фірми був Максим Гнатюк, син депутата Київської облради Івана Гнатюка."])
    #expect(h.namedTriples.contains("Іван Гнатюк memberOf Київська облрада"))
  }

  @Test func aTitleAfterTheNameAndItsAdjectives() {
    let g = Fixtures.graph(["Ми зустріли Олега Гнатюка, нинішнього міського голову Стрия."])
    #expect(g.namedTriples.contains("Олег Гнатюк leaderOf Стрий"))
  }

  @Test func aProposedCandidateHoldsNoPost() {
    let g = Fixtures.graph(["Лідер партії «Світанок» Іван Гнатюк пропонує висунути в мери Стрия Олега Мороза."])
    #expect(!g.namedTriples.contains("Олег Мороз leaderOf Стрий"))
    let appointments = g.relations.values.filter { $0.predicate == "appointedBy" }
    #expect(appointments.allSatisfy { $0.hedged })
  }

  @Test func stateBodyActsForItsState() {
    let g = Fixtures.graph(["Уряд Японії запровадив санкції проти компанії «Альфа» та банку «Бета»."])
    #expect(g.namedTriples.contains("Японія imposedSanctionsOn Альфа"))
    #expect(g.namedTriples.contains("Японія imposedSanctionsOn Бета"))
  }

  /// Our own two articles (Tests/Fixtures/relations): every expected relation, nothing else wrong.
  @Test func fixtureArticles() throws {
    let dir = Fixtures.repo.appendingPathComponent("Tests/Fixtures/relations")
    let texts = try ["japan_estonia_moldova.txt", "canada_finland.txt"].map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
    let found = Fixtures.graph(texts).namedTriples
    let expected = try String(contentsOf: dir.appendingPathComponent("expected.tsv"), encoding: .utf8)
      .split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").joined(separator: " ") }
    for e in expected {
      let parts = e.split(separator: " ")
      let symmetric = ["negotiatesWith", "allyOf", "associatedWith"].contains { e.contains(" \($0) ") }
      _ = parts
      #expect(found.contains(e) || (symmetric && found.contains(Self.reversed(e))), "missing \(e)")
    }
    let recall = Double(expected.filter { found.contains($0) || found.contains(Self.reversed($0)) }.count) / Double(expected.count)
    #expect(recall >= 0.9)
  }

  /// Self-written news, each folder's relations written down before the extractor ran on it:
  /// every relation a careful reader draws (expected.tsv) against what is found, both ways.
  /// The Kazakhstan folder keeps two disputed readings counted wrong ("Марком Рютте" read as
  /// Марко; a former deputy minister as Ukraine's representative), hence its lower bar.
  @Test(arguments: [
    ("mixed-briefs", 0.85, 0.9), ("eu-package-moldova-turkey", 0.8, 0.9), ("japan-korea-nsdc", 0.8, 0.9),
    ("britain-fleet-turkey-azerbaijan", 0.85, 0.9), ("australia-iran-moldova-romania", 0.8, 0.9),
    ("kazakhstan-china-rada-appointments", 0.75, 0.85), ("baltic-energy-georgia-sanctions", 0.9, 0.9),
    ("serbia-hungary-swiss-sanctions", 0.55, 0.9),
  ])
  func selfWrittenArticles(_ folder: String, minimumRecall: Double, minimumPrecision: Double) throws {
    let dir = Fixtures.repo.appendingPathComponent("Tests/Fixtures/relations/\(folder)")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
    let texts = try names.map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
    let found = Fixtures.graph(texts).namedTriples
    let expected = Set(
      try String(contentsOf: dir.appendingPathComponent("expected.tsv"), encoding: .utf8)
        .split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").joined(separator: " ") })
    func matches(_ t: String) -> Bool { expected.contains(t) || expected.contains(Self.reversed(t)) }
    let correct = found.filter(matches).count
    let recalled = expected.filter { found.contains($0) || found.contains(Self.reversed($0)) }.count
    #expect(Double(correct) / Double(max(found.count, 1)) >= minimumPrecision, "wrong: \(found.filter { !matches($0) }.sorted())")
    #expect(Double(recalled) / Double(expected.count) >= minimumRecall, "missing: \(expected.filter { !found.contains($0) && !found.contains(Self.reversed($0)) }.sorted())")
  }

  static func reversed(_ triple: String) -> String {
    for p in ["negotiatesWith", "allyOf", "associatedWith"] where triple.contains(" \(p) ") {
      let sides = triple.components(separatedBy: " \(p) ")
      return "\(sides[1]) \(p) \(sides[0])"
    }
    return triple
  }
}

@Suite struct CoreferenceTests {
  /// Titles from NER-UK's JOB heads: a journalist, an expert or a teacher belongs to the body.
  @Test func aProfessionalBelongsToTheBodyNamed() {
    let g = Fixtures.graph(["Як повідомив журналіст телеканалу «Світанок» Павло Ковач, сесію перенесли."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Павло Ковач memberOf") && $0.contains("Світанок") })
  }

  /// Two posts set apart by a dash are one holder's; the holders after them are others'.
  @Test func aSecondPostAfterADashIsTheSameHolders() {
    let g = Fixtures.graph([
      "Вчора голова Волинської обласної ради – керівник обласної комісії Петро Мельничук, голова Рівненської обласної ради Іван Бондар та перший заступник голови Рівненської облдержадміністрації Олег Дуда підписали угоду."
    ])
    #expect(g.namedTriples.contains("Петро Мельничук leaderOf Волинська обласна рада"))
    #expect(g.namedTriples.contains("Іван Бондар leaderOf Рівненська обласна рада"))
    #expect(!g.namedTriples.contains("Олег Дуда leaderOf Волинська обласна рада"))
  }

  /// "з питань" with a field after it names no target: the body after the field is the post's.
  @Test func aFieldAfterZPytanIsNoTarget() {
    let g = Fixtures.graph(["Як зазначив радник з питань реформ Фонду розвитку громад Петро Коваленко, тарифи зростуть."])
    #expect(!g.namedTriples.contains { $0.contains("envoyTo") })
    #expect(g.namedTriples.contains("Петро Коваленко representativeOf Фонд розвитку громад"))
  }

  /// A head of government with no state leads the article's one state.
  @Test func aPrimeMinisterWithNoStateLeadsTheArticlesState() {
    let g = Fixtures.graph(["Проект підготувало Міністерство фінансів України за дорученням Прем'єр-міністра Петра Іваненка."])
    #expect(g.namedTriples.contains("Петро Іваненко leaderOf Україна"))
  }

  /// A post after a dash that follows another post's phrase is the same holder's.
  @Test func aPostAfterADashAfterAnotherPostIsTheSameHolders() {
    let g = Fixtures.graph(["Ахмет Озтюрк – керівник ТОВ «ЛІНА-ТЕКС» – громадянин Туреччини."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Ахмет Озтюрк leaderOf") && $0.contains("ЛІНА-ТЕКС") })
    #expect(g.namedTriples.contains("Ахмет Озтюрк citizenOf Туреччина"))
  }

  /// Feminine posts hold as the masculine ones do.
  @Test func aFemininePostHolds() {
    let g = Fixtures.graph(["Проєкт презентувала директорка Департаменту культури Ганна Мельник."])
    #expect(g.namedTriples.contains("Ганна Мельник leaderOf Департамент культури"))
  }

  /// A kind of body's abbreviation alone after a post is the body of that kind named before.
  @Test func anAbbreviationAfterAPostIsTheBodyNamedBefore() {
    let g = Fixtures.graph(["Програму розробили працівники Бучацької РДА. На семінарі був голова РДА Петро Коваленко."])
    #expect(g.namedTriples.contains("Петро Коваленко leaderOf Бучацька РДА"))
  }

  /// A post in brackets after a name is the name's.
  @Test func aPostInBracketsIsTheNamesHolders() {
    let g = Fixtures.graph(["На конкурс подалися двоє: Іван Петренко (керівник народного театру «Світанок») та інші."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Іван Петренко leaderOf") && $0.contains("Світанок") })
  }

  /// A post in brackets after a body, its holder named in them, is of that body.
  @Test func aPostInBracketsAfterABodyIsThatBodys() {
    let g = Fixtures.graph(["Свято відкрив флешмоб ансамблю бального танцю «Світанок» (керівник Л. Коваль), знаного в області."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Л. Коваль leaderOf") && $0.contains("Світанок") })
  }

  /// "очільник уряду X" leads the article's one state, as a prime minister does.
  @Test func theHeadOfTheGovernmentLeadsTheArticlesState() {
    let g = Fixtures.graph(["Міністерство фінансів України підготувало програму. Як зазначив очільник уряду Петро Іваненко, допомогу виплатять у грудні."])
    #expect(g.namedTriples.contains("Петро Іваненко leaderOf Україна"))
  }

  /// A town GeoNames files as a place counts among the towns named: "the one city" is then none.
  @Test func aCitysHeadIsNoOnesWhereTwoTownsAreNamed() {
    let g = Fixtures.graph(["Турнір у Бершаді відвідав чемпіон з Радомишля. До зали завітав міський голова Петро Коваленко."])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Петро Коваленко leaderOf") })
  }

  /// A body's common name in lower case after a post is the one body of that kind named.
  @Test func aBodysCommonNameAfterAPostIsTheOneNamed() {
    let g = Fixtures.graph(["Рішення ухвалила Бердичівська міська рада. Секретар міської ради Петро Коваленко зателефонував підприємцю."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Коваленко") && $0.hasSuffix("Бердичівська міська рада") })
    // Two of the kind, named any of their ways: neither.
    let two = Fixtures.graph([
      "Угоду підписали голова Рівненської обласної державної адміністрації Іван Бондар і голова Волинської облдержадміністрації Олег Дуда. Делегацію очолив заступник голови облдержадміністрації Петро Коваленко."
    ])
    #expect(!two.namedTriples.contains { $0.hasPrefix("Петро Коваленко") })
  }

  /// A legal form alone after a post is the one body of that form named.
  @Test func aLegalFormAfterAPostIsTheOneBodyOfThatForm() {
    let g = Fixtures.graph(["Бригада звернулася до ГО «Світанок громади» по допомогу. У листі на ім’я керівника ГО Петра Коваленка сказано про вікна."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Коваленко leaderOf") && $0.contains("Світанок громади") })
  }

  /// A possessive after a body named after a preposition stands for the body.
  @Test func aPossessiveAfterABodyAfterAPreposition() {
    let g = Fixtures.graph(["Міська рада уклала договір з ТзОВ «Ранок» в особі його директора Василя Коваленка."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Василь Коваленко leaderOf") && $0.contains("Ранок") })
  }

  /// A city's head after the city's adjective heads the city of that name the document names.
  @Test func aCitysHeadAfterItsAdjectiveHeadsThatCity() {
    let g = Fixtures.graph(["Виставку раніше приймали Київ, Львів і Полтава. Заступник Полтавського міського голови Петро Коваленко відкрив її."])
    #expect(g.namedTriples.contains("Петро Коваленко representativeOf Полтава"))
  }

  /// A body's seat between the body and the holder is passed over; an envoy's "в" stays his target.
  @Test func aBodysSeatBeforeTheHolderIsPassedOver() {
    let g = Fixtures.graph(["Привітання надіслала заступник голови Представництва Дитячого фонду ООН в Україні Ганна Мельник. Есей переклав посол України в Чехії Петро Коваленко."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Ганна Мельник representativeOf") })
    #expect(g.namedTriples.contains("Петро Коваленко envoyTo Чехія"))
    let region = Fixtures.graph(["Тренінг провела медсестра медико-санітарної частини Управління ДСНС в області Ганна Мельник."])
    #expect(region.namedTriples.contains { $0.hasPrefix("Ганна Мельник memberOf") && $0.contains("Управління ДСНС") })
  }

  /// An honour after a post's comma ends the post: "Голова комітету, заслужений філателіст України X".
  @Test func anHonourAfterACommaIsNoPortfolio() {
    let g = Fixtures.graph(["Голова організаційного комітету, заслужений філателіст України Петро Коваленко повідомив про виставку."])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Петро Коваленко") && $0.hasSuffix("Україна") })
  }

  /// A post in the plural after a name and a comma goes on a list; it is not the name's.
  @Test func aPluralPostAfterACommaIsNotTheNamesPost() {
    let g = Fixtures.graph(["Гостей привітали декан історичного факультету Петро Коваленко, представники Київської міської державної адміністрації."])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Петро Коваленко representativeOf") })
  }

  /// A group's title (журналісти) does not take the name that holds the next post.
  @Test func aPluralTitleLeavesTheNameToTheNextPost() {
    let g = Fixtures.graph(["Коли журналісти на запрошення директора компанії «Альфатрейд» Руслана Гнатюка приїхали до офісу, фірми там не знайшли."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Руслан Гнатюк leaderOf") })
    #expect(!g.namedTriples.contains { $0.hasPrefix("Руслан Гнатюк memberOf") })
  }

  /// A private body whose name holds a state is no part of it; a state enterprise's is.
  @Test func aPrivateBodyIsNoPartOfTheStateItsNameHolds() {
    let g = Fixtures.graph(["ТОВ «Газ Україна» уклало угоду з ДП «Нафтобуд». Фірма ITPS (Netherlands) B. V. консультує її."])
    #expect(!g.namedTriples.contains { $0.contains("partOf Україна") })
    #expect(!g.namedTriples.contains { $0.contains("partOf Нідерланди") })
    // A collective farm is no state's either.
    let farm = Fixtures.graph(["Селяни вимагають повернути майно колишнього КСП «Зоря України»."])
    #expect(!farm.namedTriples.contains { $0.contains("partOf Україна") }, "\(farm.namedTriples)")
  }

  @Test func genericNounStandsForTheBodyJustNamed() {
    let g = Fixtures.graph(["Міністерство оборони Литви оприлюднило звіт. Речник відомства Тадас Вайткус заявив, що звіт повний."])
    let r = g.relations.values.first { $0.predicate == "representativeOf" && g.entities[$0.subject]?.name == "Тадас Вайткус" }
    #expect(r.map { g.entities[$0.object]?.name ?? "" }?.hasPrefix("Міністерство оборони") == true)
    #expect(r?.evidence.first?.note?.contains("відомства =") == true)
  }

  @Test func surnameAfterFullNameIsThePerson() {
    let g = Fixtures.graph(["Канцлер Німеччини Фрідріх Мерц прибув до Парижа. Пан Мерц провів переговори з Емманюелем Макроном."])
    #expect(g.entities.values.filter { $0.type == "Person" && $0.name.contains("Мерц") }.count == 1)
    #expect(g.namedTriples.contains("Фрідріх Мерц negotiatesWith Емманюель Макрон") || g.namedTriples.contains("Емманюель Макрон negotiatesWith Фрідріх Мерц"))
  }
}

@Suite struct TitleCoreferenceTests {
  @Test func aTitleAloneIsThePersonWhoHoldsIt() {
    let g = Fixtures.graph(["Президент Франції Емманюель Макрон прибув до Берліна. Пізніше президент провів переговори з канцлером Німеччини Фрідріхом Мерцом."])
    let r = g.relations.values.first { $0.predicate == "negotiatesWith" }
    let names = Set([r?.subject, r?.object].compactMap { $0 }.compactMap { g.entities[$0]?.name })
    #expect(names == ["Емманюель Макрон", "Фрідріх Мерц"])
    #expect(r?.evidence.first?.note?.contains("президент = Емманюель Макрон") == true)
  }

  /// Every name coordinated after a post in the plural holds it, the deputy's plural too.
  @Test func namesListedAfterAPluralPostAllHoldIt() {
    let g = Fixtures.graph([
      "На нараді були заступники голови Державної служби статистики Петро Коваленко та Ганна Мороз.",
      "Доповідали експерти Фонду «Світло» Олена Ткач, Марія Гуменюк та Іван Соловій.",
    ])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Коваленко representativeOf Державна служба статистики") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Ганна Мороз representativeOf Державна служба статистики") })
    for name in ["Олена Ткач", "Марія Гуменюк", "Іван Соловій"] {
      #expect(g.namedTriples.contains { $0.hasPrefix("\(name) memberOf") && $0.contains("Світло") }, "\(name)")
    }
  }

  /// "у голови X": a post in the genitive after "у" is held (only a plural one is gone for).
  @Test func aPostInTheGenitiveAfterUIsHeld() {
    let g = Fixtures.graph(["Журналісти запитали у голови Полтавської міської виборчої комісії Ганни Мороз про вибори."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Ганна Мороз leaderOf Полтавська міська виборча комісія") })
  }

  /// A minister leads the ministry the document names by the post's words.
  @Test func aMinisterLeadsTheMinistryNamedByThePostsWords() {
    let g = Fixtures.graph(["Схеми працювали у Міністерстві екології. Фактичним власником компанії був міністр екології Петро Гайовий."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Гайовий leaderOf Міністерство екології") })
    let other = Fixtures.graph(["Схеми працювали у Міністерстві екології. На нараді виступив міністр фінансів Петро Гайовий."])
    #expect(!other.namedTriples.contains { $0.hasPrefix("Петро Гайовий leaderOf Міністерство екології") })
  }

  /// A deputy "з" a party is its member; the holder may follow a dash and a word of address.
  @Test func aDeputyFromAPartyAndAHolderAfterADash() {
    let g = Fixtures.graph([
      "Він був помічником Петра Гайового, депутата з Партії регіонів.",
      "Директор «Левади» – пані Ірина Шмат – на торгах мовчала.",
    ])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Гайовий memberOf Партія регіонів") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Ірина Шмат leaderOf Левада") })
  }

  /// "Депутат X" with no council after the post is of the one council the document names.
  @Test func aDeputyWithNoCouncilIsOfTheOneNamed() {
    let g = Fixtures.graph(["Полтавська обласна рада ухвалила рішення. Депутат Петро Коваленко зауважив, що рішення важливе."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Коваленко memberOf Полтавська обласна рада") })
    let two = Fixtures.graph(["Полтавська обласна рада і Київська міська рада ухвалили рішення. Депутат Петро Коваленко зауважив, що рішення важливе."])
    #expect(!two.namedTriples.contains { $0.hasPrefix("Петро Коваленко memberOf") })
    let town = Fixtures.graph(["Полтавська обласна рада ухвалила рішення. Мова про батька миргородського депутата Петра Коваленка."])
    #expect(!town.namedTriples.contains { $0.contains("memberOf Полтавська обласна рада") })
    let oblast = Fixtures.graph(["Полтавська обласна рада ухвалила рішення. Подякували обласному депутату Петру Коваленку."])
    #expect(oblast.namedTriples.contains { $0.contains("memberOf Полтавська обласна рада") })
    let people = Fixtures.graph(["Полтавська обласна рада ухвалила рішення. Фірма належить родині народного депутата Коваленка."])
    #expect(!people.namedTriples.contains { $0.contains("memberOf Полтавська обласна рада") })
    // The party the member was elected for may stand between the post and the name, and a list
    // of members goes on past an aside in brackets.
    let party = Fixtures.graph([
      "Полтавська обласна рада ухвалила рішення. Проти голосували депутати від партії «Рух» Петро Коваленко (фірма дружини ТОВ «Левада») та Ірина Шмат."
    ])
    #expect(party.namedTriples.contains { $0.hasPrefix("Петро Коваленко memberOf Полтавська обласна рада") })
    #expect(party.namedTriples.contains { $0.hasPrefix("Ірина Шмат memberOf Полтавська обласна рада") })
  }

  /// A post's field after "з питань" is passed over; a city's adjective may be in lower case.
  @Test func aPostsFieldAndALowerCaseCityAdjective() {
    let g = Fixtures.graph([
      "У Полтаві відбувся турнір. Учасників привітав заступник Полтавського міського голови з питань сім'ї, молоді та спорту Ганна Мороз."
    ])
    #expect(g.namedTriples.contains("Ганна Мороз representativeOf Полтава"))
    let h = Fixtures.graph(["До Полтави прибули переселенці. Про це сказав перший заступник полтавського міського голови Петро Коваленко."])
    #expect(h.namedTriples.contains("Петро Коваленко representativeOf Полтава"))
  }

  /// After a copula, a second post's body is that post's, not the first's.
  @Test func aBodyAfterACopulaAndAnotherPostIsThatPosts() {
    let g = Fixtures.graph(["Директором КП став депутат Полтавської міськради Петро Коваленко."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Коваленко memberOf Полтавська міськрада") })
    #expect(!g.namedTriples.contains { $0.hasPrefix("Петро Коваленко representativeOf") || $0.hasPrefix("Петро Коваленко leaderOf") })
  }

  /// A council's common name after a post, before the council's own name appears, is that one
  /// council.
  @Test func aCommonNameBeforeTheBodysOwnNameIsIt() {
    let g = Fixtures.graph(["За словами депутатки міськради Ганни Мороз, планів немає. Рішення пізніше ухвалила Полтавська міськрада."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Ганна Мороз memberOf Полтавська міськрада") }, "\(g.namedTriples)")
  }

  @Test func aBodysCommonNameWithItsComplementAfterAPostIsIt() {
    let g = Fixtures.graph([
      "Угіддя належать Черкаському обласному управлінню лісового та мисливського господарства. Начальник обласного управління лісового та мисливського господарства Петро Ткачук це підтвердив."
    ])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Ткачук leaderOf Черкаське обласне управління лісового та мисливського господарства") }, "\(g.namedTriples)")
  }

  @Test func aBodysNameEndsInAPhraseOrThePhraseAndTheWordsAfterIt() {
    #expect(RelationExtractor.endsIn("черкаська міська рада", "міська рада", continuedBy: []))
    #expect(RelationExtractor.endsIn("обласне управління лісового господарства", "обласне управління", continuedBy: ["лісового", "господарства", "повідомив"]))
    #expect(!RelationExtractor.endsIn("обласне управління лісового господарства", "обласне управління", continuedBy: ["освіти"]))
  }
}

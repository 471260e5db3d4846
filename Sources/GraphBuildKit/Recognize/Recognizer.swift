import Foundation

/// A recognised entity mention: its span, corpus label, schema.org class and base form.
public struct Mention: Hashable, Sendable {
  public var scalarStart: Int
  public var scalarEnd: Int
  public var text: String
  /// NER-UK label: PERS, ORG, LOC, MISC.
  public var label: String
  /// schema.org class: Person, Organization, GovernmentOrganization, Corporation, Airline,
  /// NewsMediaOrganization, Country, City, Place, Thing.
  public var type: String
  /// The mention's own base form in Ukrainian (Шевченка -> Шевченко).
  public var lemma: String
  public var tokenRange: Range<Int>
  public var sentenceIndex: Int
  /// The world-knowledge entry it names, if any (США, ЄС, Мінськ).
  public var known: Gazetteer.Entry?
}

/// A document after the text layer and recognition.
public struct AnalyzedDocument: Sendable {
  public var source: SourceDocument
  public var text: ScalarText
  public var tokens: [Token]
  public var sentences: [Sentence]
  public var mentions: [Mention]

  public func sentenceText(_ i: Int) -> String {
    text.slice(sentences[i].scalarStart, sentences[i].scalarEnd)
  }

  /// This document as a part of a longer one that starts `scalarBase` scalars into it: its
  /// offsets become the whole document's, and its source the whole document.
  public func placed(at scalarBase: Int, in whole: SourceDocument) -> AnalyzedDocument {
    var doc = self
    doc.source = whole
    guard scalarBase != 0 else { return doc }
    doc.text.base += scalarBase
    for i in doc.tokens.indices {
      doc.tokens[i].scalarStart += scalarBase
      doc.tokens[i].scalarEnd += scalarBase
    }
    for i in doc.sentences.indices {
      doc.sentences[i].scalarStart += scalarBase
      doc.sentences[i].scalarEnd += scalarBase
    }
    for i in doc.mentions.indices {
      doc.mentions[i].scalarStart += scalarBase
      doc.mentions[i].scalarEnd += scalarBase
    }
    return doc
  }
}

/// Finds mentions: the trained tagger, then world knowledge for names it missed, then the
/// schema.org class from the gazetteer, the head noun and the words around the name.
public final class Recognizer: @unchecked Sendable {
  public let tagger: Tagger
  public let gazetteer: Gazetteer
  public let lemmatizer: Lemmatizer

  public init(tagger: Tagger, gazetteer: Gazetteer, lemmatizer: Lemmatizer = .shared) {
    self.tagger = tagger
    self.gazetteer = gazetteer
    self.lemmatizer = lemmatizer
    compoundMarkers = gazetteer.companyMarkers.filter { $0.count >= 4 && $0 == $0.lowercasedFast() }.sorted()
    companyNouns = gazetteer.companyMarkers.union(gazetteer.airlineMarkers).union(gazetteer.mediaMarkers)
  }

  /// The nouns for a company, an airline or a news outlet, in one set.
  private let companyNouns: Set<String>

  /// The company nouns a compound may end in (банк, холдинг; not ТОВ).
  private let compoundMarkers: [String]

  /// The span grown through the capitalised Latin words that follow its last Latin word, up to
  /// `end` and through tokens `free` allows.
  static func extendLatinName(_ range: Range<Int>, tokens: [Token], end: Int, free: (Int) -> Bool) -> Range<Int> {
    var range = range
    while range.upperBound < end, isLatinName(tokens[range.upperBound - 1]), isLatinName(tokens[range.upperBound]), free(range.upperBound) {
      range = range.lowerBound..<(range.upperBound + 1)
    }
    return range
  }

  /// A capitalised word written in Latin letters.
  static func isLatinName(_ token: Token) -> Bool {
    token.kind == .word && token.isCapitalized && token.text.unicodeScalars.allSatisfy { $0.isASCII }
  }

  public static func loadDefault() throws -> Recognizer {
    let dir = try DataDirectory.locate()
    let gazetteer = try Gazetteer.load(from: dir)
    // The model was trained with the word lists: without them it would tag quietly worse.
    guard gazetteer.wordLists.placeCount > 0, gazetteer.wordLists.nameFormCount > 0 else { throw GraphBuildError.missingWordLists }
    let modelURL = dir.appendingPathComponent("ner-uk.model")
    guard let data = try? Data(contentsOf: modelURL) else {
      throw GraphBuildError.missingData(file: "ner-uk.model")
    }
    let model = try PerceptronModel(data: data, file: modelURL.path)
    let tagger = Tagger(model: model, gazetteer: gazetteer)
    // Built at set-up; without it (or with a stale one) tagging gives the same, more slowly.
    if let forms = FormTable(contentsOf: dir.appendingPathComponent(FormTable.fileName)) { tagger.attach(forms) }
    return Recognizer(tagger: tagger, gazetteer: gazetteer)
  }

  public func analyze(_ source: SourceDocument) -> AnalyzedDocument {
    let original = ScalarText(source.text)
    let tagged = tagger.recognize(original)
    // A headline in capitals is read in its words' usual case (tagged again, only then);
    // mentions and evidence quote the original.
    let truecaser = Truecaser(hunspell: lemmatizer.hunspell, gazetteer: gazetteer)
    guard let recased = truecaser.recase(original, tokens: tagged.tokens, sentences: tagged.sentences).map(ScalarText.init) else {
      return analyze(source, text: original, tagged: tagged)
    }
    var document = analyze(source, text: recased, tagged: tagger.recognize(recased))
    document.text = original
    for i in document.mentions.indices {
      document.mentions[i].text = original.slice(document.mentions[i].scalarStart, document.mentions[i].scalarEnd)
    }
    return document
  }

  private func analyze(
    _ source: SourceDocument, text: ScalarText, tagged: (tokens: [Token], sentences: [Sentence], spans: [TaggedSpan])
  ) -> AnalyzedDocument {
    let (tokens, sentences, spans) = tagged
    var document = RepairDocument(recognizer: self, text: text, tokens: tokens, sentences: sentences, spans: spans)
    Repairs.run(&document, spans: spans)
    return AnalyzedDocument(source: source, text: text, tokens: tokens, sentences: sentences, mentions: document.mentions)
  }

  /// A gazetteer entry for a name in any case form, with the reading that matched it
  /// (Сполученими Штатами -> "Сполучені Штати"): each word's readings are tried together.
  public func knownEntry(_ words: [String]) -> Gazetteer.Entry? { knownMatch(words)?.entry }

  public func knownMatch(_ words: [String]) -> (entry: Gazetteer.Entry, form: String)? {
    gazetteer.match(words, lemmatizer: lemmatizer)
  }

  /// The world-knowledge names inside a span, longest first.
  func knownParts(_ range: Range<Int>, tokens: [Token]) -> [(Range<Int>, Gazetteer.Entry)] {
    var out: [(Range<Int>, Gazetteer.Entry)] = []
    var t = range.lowerBound
    while t < range.upperBound {
      var matched = 0
      for n in stride(from: min(3, range.upperBound - t), through: 1, by: -1) {
        let r = t..<(t + n)
        guard tokens[t].isCapitalized || tokens[t].isAllCaps, tokens[r].allSatisfy({ $0.kind == .word }),
          let e = knownEntry(tokens[r].map(\.text))
        else { continue }
        out.append((r, e))
        matched = n
        break
      }
      t += max(matched, 1)
    }
    return out
  }

  /// Whether token t is the first word of its sentence (after any quotes, dashes or symbols).
  static func opensSentence(_ t: Int, tokens: [Token], sentence: Sentence) -> Bool {
    // A leading "date 2025-11-26" line prefix does not count as words.
    !(sentence.tokenRange.lowerBound..<t).contains {
      (tokens[$0].kind == .word && !["date", "дата"].contains(tokens[$0].text.lowercasedFast())) || (tokens[$0].kind == .number && $0 > sentence.tokenRange.lowerBound + 6)
    }
  }

  /// A noun for a kind of body (банк, університет, міністерство): a body's name keeps the state
  /// or city it belongs to ("Національний банк України").
  func isInstitutionNoun(_ word: String) -> Bool {
    let lower = word.lowercasedFast()
    if gazetteer.institutionNouns.contains(lower) { return true }
    return lemmatizer.analyses(lower).prefix(4).contains { gazetteer.institutionNouns.contains($0.lemma.lowercasedFast()) }
  }

  /// The post a word names (Міністр, Прем'єр-міністрка, in any case), as listed; nil if none.
  func personTitle(_ word: String) -> String? {
    let lower = word.lowercasedFast()
    if gazetteer.personTitles.contains(lower) { return lower }
    let lemma = lemmatizer.lemma(lower).lowercasedFast()
    return gazetteer.personTitles.contains(lemma) ? lemma : nil
  }

  func isPersonTitle(_ word: String) -> Bool { personTitle(word) != nil }

  /// A form the dictionary reads as a verb (its stems include an infinitive), or as a verb
  /// only (`only`: призначила, not справ: справа, справити).
  func isVerbForm(_ word: String, only: Bool = false) -> Bool {
    guard let h = lemmatizer.hunspell else { return false }
    let stems = h.stems(word.lowercasedFast())
    return only ? !stems.isEmpty && stems.allSatisfy(Lemmatizer.isInfinitive) : stems.contains(where: Lemmatizer.isInfinitive)
  }

  /// A noun the dictionary reads in a case other than its base form only (громад, територій,
  /// not армія, not an adjective).
  func oblique(_ word: String) -> Bool {
    let lower = word.lowercasedFast()
    let readings = lemmatizer.analyses(lower).prefix(3).filter { $0.score >= 4 }
    return !readings.isEmpty && readings.allSatisfy { !$0.isAdjective && !$0.isNominative && $0.lemma.lowercasedFast() != lower }
  }

  /// A word the dictionary knows in lower case and that is not an adjective (titles, common nouns).
  func isCommonNoun(_ word: String) -> Bool {
    guard let h = lemmatizer.hunspell, h.spell(word.lowercasedFast()) else { return false }
    return !(lemmatizer.analyses(word.lowercasedFast()).first?.isAdjective ?? false)
  }

  /// A noun for a company, an airline or a news outlet (банк, компанія, авіакомпанія, агентство),
  /// not for a product or an event (літак, угода): what a bare Latin name after it is.
  func isCompanyNoun(_ word: String) -> Bool {
    let lemma = lemmatizer.lemma(word.lowercasedFast())
    return companyNouns.contains(lemma) || endsInCompanyNoun(lemma)
  }

  func isGenericNoun(_ word: String) -> Bool {
    let lower = word.lowercasedFast()
    let lemma = lemmatizer.lemma(lower)
    // Compounds of a company's noun count too (агрохолдинг «Астарта», агробанк).
    return gazetteer.genericNouns.contains(lower) || gazetteer.genericNouns.contains(lemma) || endsInCompanyNoun(lemma)
  }

  /// A single sentence-opening word that is a common word written with a capital ("Того ж
  /// дня"). Known names count as names unless `orKnown` (then Того, Чад must prove themselves).
  func isCommonWordAtSentenceStart(_ range: Range<Int>, tokens: [Token], sentences: [Sentence], sentence: Int, orKnown: Bool = false) -> Bool {
    guard range.count == 1, Self.opensSentence(range.lowerBound, tokens: tokens, sentence: sentences[sentence]),
      let h = lemmatizer.hunspell
    else { return false }
    let word = tokens[range.lowerBound].text
    guard !tokens[range.lowerBound].isAllCaps, orKnown || (gazetteer.lookup(word) == nil && knownEntry([word]) == nil) else { return false }
    // Names that are also common words (Надія, Віра, Коваль) have a capitalised dictionary entry.
    guard h.spell(word.lowercasedFast()) else { return false }
    return !h.stems(word).contains { $0.first?.isUppercase == true }
  }

  static let timeNouns: Set<String> = ["день", "рік", "раз", "час", "вечір", "ранок", "тиждень", "місяць", "ніч", "період"]

  /// A sentence-opening word that is a place and a common word both (Того, Чад, Мали), before a
  /// particle or a time: the common word ("Того ж дня", "Того року"; not "Того підписало").
  func isPronounBeforeParticleOrTime(_ range: Range<Int>, tokens: [Token], sentence: Sentence) -> Bool {
    guard range.count == 1, range.upperBound < sentence.tokenRange.upperBound, Self.opensSentence(range.lowerBound, tokens: tokens, sentence: sentence),
      !tokens[range.lowerBound].isAllCaps, let h = lemmatizer.hunspell
    else { return false }
    let next = tokens[range.upperBound]
    // A particle (ж, б) or a time the pronoun points at (дня, року, разу) follows the common
    // word; a verb, a conjunction or anything else may follow the name ("Литва є ...").
    guard next.kind == .word, !next.isCapitalized,
      ["ж", "же", "б", "би"].contains(next.text) || !Self.timeNouns.isDisjoint(with: lemmatizer.analyses(next.text).prefix(3).map(\.lemma))
    else { return false }
    // Only places: first names that are words (Роман, Марина) open sentences as names.
    return h.spell(tokens[range.lowerBound].text.lowercasedFast()) && knownEntry([tokens[range.lowerBound].text])?.nerLabel == "LOC"
  }

  /// Whether the dictionary knows a word's base form as a capitalised given name.
  func isFirstName(_ word: String) -> Bool {
    let lists = gazetteer.wordLists
    if lists.nameFormCount > 0 { return lists.nameClasses(word.lowercasedFast()).contains(.firstName) }
    guard let h = lemmatizer.hunspell else { return false }
    return lemmatizer.analyses(word).prefix(3).contains { a in
      a.lemma.first?.isUppercase == true && h.spell(a.lemma) && !h.spell(a.lemma.lowercasedFast())
    }
  }

  /// Words that can be a person's name: one is a first name, surname or patronymic in VESUM, or
  /// none is a common word ("Сігеру Ісіба"; not "Автономної Республіки Крим").
  func couldBePerson(_ words: ArraySlice<Token>) -> Bool {
    if words.contains(where: { !gazetteer.wordLists.nameClasses($0.text.lowercasedFast()).isDisjoint(with: .personal) }) { return true }
    guard let h = lemmatizer.hunspell else { return true }
    return !words.contains { h.spell($0.text.lowercasedFast()) }
  }

  func makeMention(_ range: Range<Int>, label: String, sentence: Int, tokens: [Token], text: ScalarText) -> Mention {
    let start = tokens[range.lowerBound].scalarStart
    let end = tokens[range.upperBound - 1].scalarEnd
    let surface = text.slice(start, end)
    let words = tokens[range].map(\.text)
    // A name in quotes after a generic noun keeps its nominative (авіакомпанії «Аерофлот»);
    // without one it declines like any noun («Укрзалізниці» -> «Укрзалізниця»).
    let quoted = range.lowerBound > 1 && tokens[range.lowerBound - 1].kind == .quote
      && isGenericNoun(tokens[range.lowerBound - 2].text)
    let isPerson = label == "PERS"
    // A name in quotes after a generic noun stays in the nominative (авіакомпанії «Аерофлот»).
    var match = quoted ? gazetteer.lookup(surface).map { ($0, surface) } : knownMatch(words)
    // A feminine post right before a person's name tells her gender ("Президентка ... Роберта Мецола").
    // Only for a first name VESUM knows as a woman's: the rules would decline an unknown one wrongly.
    var feminine = false
    var masculine = false
    var k = range.lowerBound - 1
    let firstClasses = gazetteer.wordLists.nameClasses(words[0].lowercasedFast())
    let womansName = isPerson && firstClasses.contains(.feminine)
    // A first name VESUM does not know takes the gender of the post before it: "міністерка
    // Пенні Вонг", "командувача Маджида Мусаві" (a man's post declined).
    let unknownName = isPerson && range.count > 1 && !firstClasses.contains(.firstName)
    while womansName || unknownName, k >= 0, range.lowerBound - k <= 8, tokens[k].kind == .word {
      // A post's noun in its feminine form: президентка, речниця, міністерка.
      if let title = personTitle(tokens[k].text) {
        feminine = title.hasSuffix("ка") || title.hasSuffix("иця")
        // Not over a woman's first name after her surname ("голови РДА Журавки Анжели").
        let declined = !feminine && tokens[k].text.lowercasedFast() != title && !title.contains(" ")
        masculine = declined && unknownName
          && !words.contains { gazetteer.wordLists.nameClasses($0.lowercasedFast()).isSuperset(of: [.firstName, .feminine]) }
        // A man's post declined right before a first name that is a man's oblique form and a
        // woman's nominative ("депутата Олександра Бубена"): the name agrees with the post, so it
        // is the man's. (Not across a copula: "Директором є Юлія В.")
        if declined, k + 1 == range.lowerBound, womansName, firstClasses.isSuperset(of: [.firstName, .masculine]) { masculine = true }
        break
      }
      // Not across a verb or another person's name ("Президентка Мая Санду призначила Олега").
      if isVerbForm(tokens[k].text, only: true) || isFirstName(tokens[k].text) { break }
      k -= 1
    }
    var lemma = quoted ? surface : baseForm(words, label: isPerson && match == nil ? "PERS" : label, match: match?.1, gender: feminine ? .feminine : masculine ? .masculine : nil)
    // A hyphen the text wrote within a word stays within it («АТП-11410», not «АТП - 11410»).
    if !quoted, lemma.contains(" - "), !surface.contains(" -"), !surface.contains("- ") { lemma = lemma.replacingOccurrences(of: " - ", with: "-") }
    // A base form world knowledge lists where no reading of the words matched it
    // ("Північноатлантичного альянсу" -> "Північноатлантичний альянс", an alias of NATO).
    if match == nil, !isPerson, let entry = gazetteer.lookup(lemma) { match = (entry, lemma) }
    let known = match?.0
    var label = label
    if let (entry, _) = match, !quoted {
      if entry.nerLabel == "LOC" { label = "LOC" } else if label == "PERS" || label == "MISC" { label = "ORG" }
    }
    // One word ending in a company's noun is a company (Сбербанку, Ощадбанк, Укргазбанк).
    if known == nil, label != "ORG", range.count == 1, words[0].count >= 7, case let single = lemmatizer.lemma(words[0]), endsInCompanyNoun(single) {
      label = "ORG"
      lemma = single
    }
    var m = Mention(
      scalarStart: start, scalarEnd: end, text: surface, label: label, type: "Thing", lemma: lemma,
      tokenRange: range, sentenceIndex: sentence, known: known)
    m.type = classify(m, tokens: tokens)
    return m
  }

  /// The Ukrainian base form of a name as written (words in text order): the reading world
  /// knowledge recognises, else the lemmatiser's, people agreeing in gender across words.
  public func baseForm(_ words: [String], label: String, match: String? = nil, gender: WordAnalysis.Gender? = nil) -> String {
    if let form = match ?? knownMatch(words)?.form { return form }
    var lemma = lemmatizer.lemmatizeName(words, isPerson: label == "PERS", gender: gender)
    // A place's reading that GeoNames knows, over one it does not ("Миколаєві": Миколаїв, not
    // the first name Миколай).
    if label == "LOC", words.count == 1, gazetteer.wordLists.placeKind(lemma) == nil,
      let place = lemmatizer.analyses(words[0]).prefix(4).first(where: { gazetteer.wordLists.placeKind($0.lemma) != nil })
    {
      lemma = place.lemma
    }
    // Keep the words of the original where the lemmatiser did not give one for each.
    if label != "PERS" && words.count > 1 && lemma.split(separator: " ").count != words.count { lemma = words.joined(separator: " ") }
    // Straight quotes in pairs are the name's quotes: ПП "Согор" is ПП «Согор», as the house
    // writes names and as another article may write it.
    var parts = lemma.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    let straight = parts.indices.filter { parts[$0] == "\"" }
    if !straight.isEmpty, straight.count % 2 == 0 {
      for (n, i) in straight.enumerated() { parts[i] = n % 2 == 0 ? "«" : "»" }
      lemma = parts.joined(separator: " ")
    }
    // Quotes sit against the words they enclose: ТОВ «Альфа», not ТОВ « Альфа »; a full stop
    // and a comma against the word before them: Янукович В. Ф., суд м. Києва.
    return lemma.replacingOccurrences(of: "« ", with: "«").replacingOccurrences(of: " »", with: "»")
      .replacingOccurrences(of: "„ ", with: "„").replacingOccurrences(of: " “", with: "“")
      .replacingOccurrences(of: " .", with: ".").replacingOccurrences(of: " ,", with: ",")
  }

  /// A compound whose last part is a company's common noun (Сбербанк, Приватбанк): the noun
  /// and at least three letters before it.
  func endsInCompanyNoun(_ word: String) -> Bool {
    let lower = word.lowercasedFast()
    return compoundMarkers.contains { lower.count >= $0.count + 3 && lower.hasSuffix($0) }
  }

  /// The schema.org class of a mention.
  func classify(_ m: Mention, tokens: [Token]) -> String {
    if let k = m.known, m.label != "PERS" { return k.type }
    switch m.label {
    case "PERS": return "Person"
    case "LOC":
      if gazetteer.lookup(m.lemma)?.type == "Country" { return "Country" }
      // GeoNames tells a city or town from a region or another place (Житомир, Стрий).
      if gazetteer.wordLists.placeKind(m.lemma) == .city { return "City" }
      return "Place"
    case "ORG":
      // The noun before the name (авіакомпанія «Аерофлот», ТОВ «Х», агентство Bloomberg).
      if let word = wordBefore(m, tokens: tokens) {
        let before = lemmatizer.lemma(word.text).lowercasedFast()
        let raw = word.text
        if gazetteer.airlineMarkers.contains(before) || gazetteer.airlineMarkers.contains(raw) { return "Airline" }
        if gazetteer.companyMarkers.contains(before) || gazetteer.companyMarkers.contains(raw) || gazetteer.companyTypeNouns.contains(before)
          || endsInCompanyNoun(before)
        {
          return "Corporation"
        }
        if gazetteer.mediaMarkers.contains(before) { return "NewsMediaOrganization" }
      }
      let words = tokens[m.tokenRange].filter { $0.kind == .word }
      if let first = words.first {
        if gazetteer.companyMarkers.contains(first.text) { return "Corporation" }
        if words.count == 1, endsInCompanyNoun(m.lemma) { return "Corporation" }
        if words.contains(where: { gazetteer.airlineMarkers.contains($0.text) }) { return "Airline" }
        let head = words.map { lemmatizer.lemma($0.text).lowercasedFast() }
        if head.contains(where: { gazetteer.governmentHeads.contains($0) }) { return "GovernmentOrganization" }
      }
      return "Organization"
    default:
      // The noun for the kind of thing named, before the name or opening it: закону «Про ...»,
      // фільм «...», Кодекс законів про працю, фестиваль «...».
      let first = tokens[m.tokenRange].first { $0.kind == .word }
      for t in [wordBefore(m, tokens: tokens), first].compactMap({ $0 }) where t.kind == .word {
        if let c = gazetteer.miscClasses[lemmatizer.lemma(t.text).lowercasedFast()] { return c }
      }
      return "Thing"
    }
  }

  /// The token before a mention, past any quotes (the noun in авіакомпанії «Аерофлот»).
  func wordBefore(_ m: Mention, tokens: [Token]) -> Token? {
    var k = m.tokenRange.lowerBound - 1
    while k >= 0 && tokens[k].kind == .quote { k -= 1 }
    // Past the state it is from: "компанія Азербайджану SOCAR".
    if k > 0, tokens[k].isCapitalized, knownEntry([tokens[k].text])?.type == "Country" { k -= 1 }
    return k >= 0 ? tokens[k] : nil
  }
}

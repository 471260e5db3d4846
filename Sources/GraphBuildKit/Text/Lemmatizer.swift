import Foundation

/// One way to read a word form: its base form and what the ending says.
public struct WordAnalysis: Hashable, Sendable {
  public enum Gender: String, Sendable { case masculine, feminine, neuter, unknown }
  public var lemma: String
  public var gender: Gender
  public var isAdjective: Bool
  /// True when the form is itself the base form (nominative singular).
  public var isNominative: Bool
  /// Higher is more plausible: Hunspell knows the lemma, a longer ending matched, ...
  public var score: Double
}

/// Base forms of Ukrainian names: Hunspell's stems where it knows the word, declension
/// rules for surnames, first names, places and organisation heads where it does not.
public final class Lemmatizer: @unchecked Sendable {
  public let hunspell: Hunspell?
  private let lock = NSLock()
  // Keyed by a 64-bit hash of the UTF-8 bytes (String keys pay for normalisation per lookup).
  private var cache: [UInt64: [WordAnalysis]] = [:]
  private var lemmaCache: [UInt64: String] = [:]

  /// VESUM's names with every form (data/names.tsv): exact base forms of the names it knows.
  public let wordLists: WordLists?

  public init(hunspell: Hunspell? = Hunspell.shared, wordLists: WordLists? = nil) {
    self.hunspell = hunspell
    self.wordLists = wordLists
  }

  public static let shared = Lemmatizer(wordLists: (try? DataDirectory.locate(file: "names.tsv")).map { WordLists.cached($0) })

  /// Declension rules: form ending -> base ending, with the gender and word class they imply.
  /// Longer endings are tried first; every matching rule yields a candidate.
  struct Rule {
    let ending: String
    let base: String
    let gender: WordAnalysis.Gender
    let adjective: Bool
    let weight: Double
  }

  static let rules: [Rule] = {
    var r: [Rule] = []
    func add(_ endings: [String], _ base: String, _ g: WordAnalysis.Gender, adj: Bool = false, w: Double = 1) {
      for e in endings { r.append(Rule(ending: e, base: base, gender: g, adjective: adj, weight: w)) }
    }
    // Adjectival surnames and adjectives (-ський/-ська, -цький, -зький and the generic -ий).
    for stem in ["ськ", "цьк", "зьк"] {
      add([stem + "ого", stem + "ому", stem + "им", stem + "ім"], stem + "ий", .masculine, adj: true, w: 3)
      add([stem + "ої", stem + "ій", stem + "ою", stem + "у"], stem + "а", .feminine, adj: true, w: 3)
      add([stem + "их", stem + "ими"], stem + "і", .unknown, adj: true, w: 2)
    }
    add(["ого", "ому", "им"], "ий", .masculine, adj: true, w: 2)
    // -ов, -ев, -ін, -ин surnames in the instrumental (Байрамовим, Алієвим, Путіним), above the
    // adjective, which wins back when the dictionary knows it (Садовим: садовий).
    for stem in ["ов", "ев", "єв", "ін", "ин", "їн"] { add([stem + "им"], stem, .masculine, w: 2.5) }
    add(["ього", "ьому", "ім"], "ій", .masculine, adj: true, w: 1.5)
    add(["ої", "ою"], "а", .feminine, adj: true, w: 2)
    add(["ої", "ою"], "е", .neuter, adj: true, w: 1)
    add(["ьої", "ьою"], "я", .feminine, adj: true, w: 1.5)
    add(["их", "ими"], "і", .unknown, adj: true, w: 1.5)
    add(["им"], "і", .unknown, adj: true, w: 0.6)
    // -енко, -ко surnames (indeclinable for women, so an inflected form is a man's).
    add(["енка", "енку", "енкові", "енком", "енці"], "енко", .masculine, w: 3)
    add(["ка", "ку", "кові", "ком"], "ко", .masculine, w: 1)
    // Feminine and masculine -а/-я nouns (Світлана, Микола, Польща, Литва).
    // Masculine -а names (Микола, Дерипаска) decline the same way, so gender stays open.
    add(["ою", "и", "і", "у", "о"], "а", .unknown, w: 1)
    // -ія surnames of men decline the same (Гвахарії -> Гвахарія, Данелії -> Данелія).
    add(["ією", "ії", "ію"], "ія", .unknown, w: 2.5)
    add(["єю", "ї", "ю", "і"], "я", .feminine, w: 1)
    // Soft-sign feminine (Білорусь): Білорусі, Білоруссю.
    add(["і"], "ь", .feminine, w: 0.8)
    // Masculine consonant stems (Макрон, Шольц, Київ, Берлін, Петрович).
    add(["ові", "ом", "а", "у", "е", "і"], "", .masculine, w: 1)
    add(["еві", "ем", "я", "ю"], "ь", .masculine, w: 0.9)
    add(["єві", "єм", "я", "ю"], "й", .masculine, w: 0.9)
    // Neuter -о nouns (посольство): посольства, посольству, посольством.
    add(["а", "у", "ом", "і"], "о", .neuter, w: 0.7)
    add(["я", "ю", "ям", "і"], "е", .neuter, w: 0.5)
    // Plural nouns (Штатами -> Штати, Емiратах -> Емірати).
    add(["ами", "ам", "ах", "ів"], "и", .unknown, w: 0.3)
    add(["ями", "ям", "ях"], "і", .unknown, w: 0.3)
    return r.sorted { $0.ending.count > $1.ending.count }
  }()

  /// All readings of one word form, best first.
  public func analyses(_ form: String) -> [WordAnalysis] {
    let key = Self.key(form)
    lock.lock()
    if let hit = cache[key] { lock.unlock(); return hit }
    lock.unlock()
    let result = computeAnalyses(form)
    lock.lock()
    cache[key] = result
    lock.unlock()
    return result
  }

  /// Whether a word's likeliest reading is an adjective's, in any case.
  public func isAdjective(_ word: String) -> Bool { analyses(word.lowercasedFast()).first?.isAdjective == true }

  private func computeAnalyses(_ form: String) -> [WordAnalysis] {
    let capitalized = form.first?.isUppercase ?? false
    let allCaps = form.count > 1 && form == form.uppercased() && form != form.lowercasedFast()
    if allCaps || form.count < 3 || form.unicodeScalars.contains(where: { $0.value < 0x80 && $0.properties.isAlphabetic }) {
      // Abbreviations (США, ЄС) and Latin-script names (Reuters) do not decline.
      return [WordAnalysis(lemma: form, gender: .unknown, isAdjective: false, isNominative: true, score: 5)]
    }
    var out: [WordAnalysis] = []
    let lower = form.lowercasedFast()
    // A capitalised -ко is a surname (Оришко), not the vocative of an -ка name (Оришка), which
    // news never addresses.
    let vocative = capitalized && lower.hasByteSuffix("ко") ? String(lower.dropLast()) + "а" : nil
    let stems = (hunspell?.stems(form) ?? []).filter { $0.lowercasedFast() != vocative }
    let known = !stems.isEmpty
    // A name VESUM knows has its base form there ("Дерипаскою" -> "Дерипаска"). First in the
    // list, so that its reading wins when others give the same base form.
    if capitalized, let lists = wordLists {
      let personal = WordLists.NameClasses.personal
      let readings = lists.nameLemmas(lower).filter {
        !$0.classes.isDisjoint(with: personal.union([.geographical, .otherProper])) && $0.lemma.lowercasedFast() != vocative
      }
      for (lemma, classes) in readings {
        let base = lemma.prefix(1).uppercased() + lemma.dropFirst()
        let nominative = lemma.lowercasedFast() == lower
        let aEnding = lemma.hasByteSuffix("а") || lemma.hasByteSuffix("я")
        let gender: WordAnalysis.Gender
        if classes.isDisjoint(with: personal) {
          gender = .unknown  // a place or an organisation: no person's gender
        } else if classes.contains(.firstName) && classes.contains(.masculine) != classes.contains(.feminine) {
          gender = classes.contains(.masculine) ? .masculine : .feminine  // Микола, Ілля are men
        } else if classes.contains(.firstName) || classes.contains(.patronymic) {
          // An -а/-я name with no other reading leaves gender open.
          gender = aEnding && readings.count == 1 ? .unknown : self.gender(ofLemma: base)
        } else {
          // Women's consonant and -ко surnames do not decline: an inflected one is a man's.
          gender = nominative || aEnding ? .unknown : .masculine
        }
        // Where a form has several: a first name before a surname (Олені: Олена, not Олень), a
        // person before a place (Петра: Петро, not the city).
        var score = classes.contains(.firstName) ? 6.7 : classes.isDisjoint(with: personal) ? 6.2 : 6.5
        // News names far more men than women: a form of both a man's and a woman's name (Петра:
        // Петро or Петра) is read as the man's.
        if gender == .masculine && classes.contains(.firstName) { score += 0.1 }
        out.append(WordAnalysis(lemma: base, gender: gender, isAdjective: false, isNominative: nominative, score: score))
      }
    }
    for stem in stems {
      var lemma = stem
      if capitalized && !(stem.first?.isUppercase ?? false) { lemma = stem.prefix(1).uppercased() + stem.dropFirst() }
      // Hunspell turns feminine adjectival surnames masculine; the rules below handle those.
      if lower.hasByteSuffix("ська") || lower.hasByteSuffix("цька") || lower.hasByteSuffix("ської") || lower.hasByteSuffix("ській")
        || lower.hasByteSuffix("ською") || lower.hasByteSuffix("ську")
      {
        if stem.hasByteSuffix("ий") {
          // The nominative is its own base form: "аудиторська", not the -о of a compound's first part.
          if lower.hasByteSuffix("ська") || lower.hasByteSuffix("цька") {
            out.append(WordAnalysis(lemma: form, gender: .feminine, isAdjective: true, isNominative: true, score: capitalized ? 2.5 : 4))
          }
          continue
        }
      }
      let adjective = stem.hasByteSuffix("ий") || stem.hasByteSuffix("ій") && !(stem.first?.isUppercase ?? false)
      var score = 4.0
      // A capitalised stem is a proper name: the best reading of a capitalised form.
      if capitalized && (stem.first?.isUppercase ?? false) { score += 2 }
      if adjective && capitalized { score -= 1.5 }
      out.append(
        WordAnalysis(
          lemma: lemma, gender: gender(ofLemma: lemma), isAdjective: adjective,
          isNominative: lemma == form, score: score))
    }
    if !known, let compound = compoundReading(form) { out.append(compound) }
    for rule in Self.rules where lower.hasByteSuffix(rule.ending) {
      let stemPart = String(form.dropLast(rule.ending.count))
      guard stemPart.count >= 2 else { continue }
      // A soft sign never follows a vowel in a base form; й always does (Попшой), and only a
      // name no dictionary knows needs the rule for it (Юлія is Юлія as often as Юлій's).
      if let last = stemPart.last, case let vowel = "аеєиіїоуюя".contains(last),
        rule.base == "ь" && vowel || rule.base == "й" && (!vowel || known || !out.isEmpty)
      {
        continue
      }
      let lemma = stemPart + rule.base
      var score = rule.weight
      if let h = hunspell, known || !stems.isEmpty {
        if h.spell(lemma) { score += 1 }
      }
      out.append(WordAnalysis(lemma: lemma, gender: rule.gender, isAdjective: rule.adjective, isNominative: false, score: score))
    }
    // The form may be the base form itself (indeclinable foreign names: Токіо, Гельсінкі).
    // Endings that only oblique cases have (-ою, -ові, -ого): an unknown word with one is inflected.
    let oblique = ["ою", "ею", "єю", "ові", "еві", "ого", "ому", "ами", "ями"].contains { lower.hasByteSuffix($0) }
    let selfScore: Double = known ? (stems.contains(form) ? 5.5 : 0.5) : (oblique ? 0.3 : 1.2)
    // -ко surnames do not decline for women, so their base form says nothing of gender.
    let selfGender: WordAnalysis.Gender = capitalized && lower.hasByteSuffix("ко") ? .unknown : gender(ofLemma: form)
    out.append(
      WordAnalysis(
        lemma: form, gender: selfGender, isAdjective: isAdjectiveLemma(lower),
        isNominative: true, score: selfScore))
    var seen: [String: Int] = [:]
    var merged: [WordAnalysis] = []
    for a in out {
      if let i = seen[a.lemma] {
        merged[i].score = max(merged[i].score, a.score) + 0.25
        if a.isNominative {
          merged[i].isNominative = true
          if a.gender == .unknown { merged[i].gender = .unknown }
        }
      } else {
        seen[a.lemma] = merged.count
        merged.append(a)
      }
    }
    return merged.sorted { $0.score > $1.score }
  }

  /// A compound the dictionary lacks declines as its last part: "Спеценергомонтажу" as монтажу
  /// (монтаж). The longest known tail of five letters or more, after at least three others,
  /// gives the base form; adjectival endings are left to the rules ("Кошовському" is no кома).
  private func compoundReading(_ form: String) -> WordAnalysis? {
    guard let h = hunspell else { return nil }
    let letters = Array(form)
    let lower = form.lowercasedFast()
    guard letters.count >= 8, letters.allSatisfy({ $0.isLetter }),
      !["ого", "ому", "ий", "ій", "ої", "ою", "их", "им", "ими", "ім", "ська", "ську", "цька", "цьку"].contains(where: { lower.hasByteSuffix($0) })
    else { return nil }
    for cut in 3...(letters.count - 5) {
      let tail = String(letters[cut...]).lowercasedFast()
      guard let stem = h.stems(tail).first(where: { !$0.hasByteSuffix("ий") && !$0.hasByteSuffix("ій") && $0 == $0.lowercasedFast() }) else { continue }
      let lemma = String(letters[..<cut]) + stem
      return WordAnalysis(lemma: lemma, gender: gender(ofLemma: lemma), isAdjective: false, isNominative: stem == tail, score: 3.5)
    }
    return nil
  }

  private func isAdjectiveLemma(_ lower: String) -> Bool {
    lower.hasByteSuffix("ий") || lower.hasByteSuffix("ська") || lower.hasByteSuffix("цька") || lower.hasByteSuffix("ій") && lower.count > 5
  }

  private func gender(ofLemma lemma: String) -> WordAnalysis.Gender {
    let l = lemma.lowercasedFast()
    if l.hasByteSuffix("а") || l.hasByteSuffix("я") { return .feminine }
    if l.hasByteSuffix("о") || l.hasByteSuffix("е") { return l.hasByteSuffix("ко") ? .masculine : .neuter }
    return .masculine
  }

  /// Whether a lemma is a verb's infinitive (звільнити, домовитися, домовитись).
  public static func isInfinitive(_ lemma: String) -> Bool {
    lemma.hasSuffix("ти") || lemma.hasSuffix("тися") || lemma.hasSuffix("тись")
  }

  /// The base form of a single word, without corpus context.
  public func lemma(_ form: String) -> String {
    let key = Self.key(form)
    lock.lock()
    if let hit = lemmaCache[key] { lock.unlock(); return hit }
    lock.unlock()
    let l = analyses(form).first?.lemma ?? form
    lock.lock()
    lemmaCache[key] = l
    lock.unlock()
    return l
  }

  static func key(_ s: String) -> UInt64 { FNV1a.hash(s) }

  /// The base form of a multi-word name. People agree in gender across the words; for
  /// organisations and places the leading adjectives and the head noun decline and the rest
  /// (a genitive complement, a prepositional phrase) stays as written.
  /// `gender`, when the text tells it (a feminine title before the name), is the only one tried.
  public func lemmatizeName(_ words: [String], isPerson: Bool, gender known: WordAnalysis.Gender? = nil) -> String {
    guard !words.isEmpty else { return "" }
    if words.count == 1 { return lemma(words[0]) }
    if isPerson {
      // A name no dictionary knows, in -ом after a consonant, is a man's name in the
      // instrumental ("з Екремом Імамоглу"): few names end so in the nominative.
      func analyses(_ w: String) -> [WordAnalysis] {
        var all = self.analyses(w)
        // A person's surname in -ського is -ський, never a place's neuter -ське ("В. М.
        // Бабанського" beside a village Бабанське).
        if all.contains(where: { $0.isAdjective && $0.gender == .masculine }) {
          all.removeAll { a in ["ське", "цьке", "зьке"].contains { a.lemma.hasSuffix($0) } }
        }
        guard let first = all.first, first.lemma == w, first.score <= 1.2, w.hasByteSuffix("ом"), w.unicodeScalars.count >= 5,
          let last = w.dropLast(2).last, !"аеєиіїоуюяь'’".contains(last),
          let i = all.firstIndex(where: { $0.lemma == String(w.dropLast(2)) })
        else { return all }
        return [all[i]] + all.enumerated().filter { $0.offset != i }.map(\.element)
      }
      // Every word already in its base form: the name is in the nominative (Дмитро Кулеба).
      // Not when a man's post before it says otherwise ("командувача Маджида": Маджид).
      // A word in lower case is a particle (фон, дер, ван, аль): it stays as written and tells
      // nothing of the name's gender.
      func isParticle(_ w: String) -> Bool { w.first?.isLowercase ?? false }
      if known != .masculine, words.allSatisfy({ w in isParticle(w) || analyses(w).first.map { $0.lemma == w && $0.score >= 1.2 } ?? false }) {
        return words.joined(separator: " ")
      }
      var best: (score: Double, words: [String]) = (-1, words)
      for gender in known.map({ [$0] }) ?? [WordAnalysis.Gender.masculine, .feminine] {
        var total = 0.0
        var chosen: [String] = []
        for w in words {
          if isParticle(w) {
            chosen.append(w)
            continue
          }
          var options = analyses(w)
          // A woman's name no dictionary knows as hers stays as written (Пенні, not Пенн's).
          // (A reading one letter longer, Карін -> Каріна, is the genitive plural: no one's name.)
          if gender == .feminine, known == .feminine,
            !options.contains(where: { $0.gender == .feminine && $0.score >= 6 && !($0.lemma.hasPrefix(w) && $0.lemma.count == w.count + 1) }),
            let i = options.firstIndex(where: { $0.lemma == w })
          {
            options = [WordAnalysis(lemma: w, gender: .unknown, isAdjective: false, isNominative: true, score: options[i].score)]
          }
          // Петро, Дмитро, Павло: -о first names are masculine.
          let fit = options.first {
            $0.gender == gender || $0.gender == .unknown || ($0.gender == .neuter && gender == .masculine && !$0.isAdjective)
              || $0.isNominative && !isGendered(w)
          }
          if let fit {
            total += fit.score
            chosen.append(fit.lemma)
          } else {
            total -= 2
            chosen.append(options.first?.lemma ?? w)
          }
        }
        if total > best.score { best = (total, chosen) }
      }
      // A surname in -у/-ю after a first name in the genitive (Віктора Чобану): a declined one
      // would end in -а too, so it is one that does not decline (Romanian, Georgian names).
      if words.count >= 2, let last = words.last, last.hasByteSuffix("у") || last.hasByteSuffix("ю"),
        words[0].hasByteSuffix("а") || words[0].hasByteSuffix("я"), best.words[0] != words[0], best.words[0].count < words[0].count
      {
        best.words[best.words.count - 1] = last
      }
      // A surname in a consonant left as written after a first name read as a man's oblique
      // form (Олександра Матвійчук): a man's surname would decline with it (Матвійчука), so
      // the name is a woman's, in the nominative, and her surname does not decline.
      if known != .masculine, words.count == 2, let last = words.last, best.words[1] == last, best.words[0] != words[0],
        let end = last.unicodeScalars.last, !"аеєиіїоуюяь'’".unicodeScalars.contains(end), !last.hasByteSuffix("ич"),
        last.unicodeScalars.dropFirst().allSatisfy({ $0.properties.isLowercase }),  // not a numeral: Карла XII
        analyses(words[0]).contains(where: { $0.lemma == words[0] && $0.gender == .feminine && $0.score >= 4 })
      {
        return words.joined(separator: " ")
      }
      return best.words.joined(separator: " ")
    }
    // Organisations and places: leading adjectives agree with the head noun; the head ends the
    // declined part, and the rest (a genitive complement, a prepositional phrase) stays as written.
    var headIndex: Int?
    // An adjective among a word's first readings counts ("Чорному": Чорне, a village, before
    // чорний), so that "Чорному морі" is Чорне море.
    func adjectiveReading(_ w: String) -> WordAnalysis? {
      let lower = w.lowercasedFast()
      let adjectival = ["ому", "ого", "ій", "ім", "им", "их", "ими", "ої", "ою", "у", "а", "е", "і"].contains { lower.hasByteSuffix($0) }
      // Past the first, the dictionaries' readings only (score 4 and up), not the endings' guesses.
      // Only an ending no noun has: "Рада" is also the short adjective рада (радий).
      let fullEnding = ["ому", "ого", "ій", "ім", "им", "их", "ими", "ої", "ою", "ська", "цька", "ську", "цьку", "ське", "цьке"].contains { lower.hasByteSuffix($0) }
      let readings = analyses(w)
      if let first = readings.first, first.isAdjective { return first }
      // A capitalised adjective the dictionary knows scores below a proper name of the same form
      // ("Полтавської": the village Полтавська, or полтавський), yet before a noun it is the adjective.
      return readings.prefix(3).first {
        $0.score >= 4 && ($0.isAdjective || adjectival && ($0.lemma.hasByteSuffix("ий") || $0.lemma.hasByteSuffix("ій")))
          || fullEnding && $0.isAdjective && $0.score >= 2.5
          || adjectival && $0.score >= 4 && ($0.lemma.hasByteSuffix("ська") || $0.lemma.hasByteSuffix("цька") || $0.lemma.hasByteSuffix("зька"))
      }
    }
    for (i, w) in words.enumerated() where w.first?.isLetter ?? false {
      if adjectiveReading(w) == nil || i == words.count - 1 { headIndex = i; break }
      // An adjective agrees in case with the adjective after it: one that cannot is the head
      // noun, and what follows its complement ("Радою Європейського Союзу": Рада, a noun in the
      // instrumental, though рада is also a short adjective).
      // (Nouns share some endings, "дому": only a next word read as an adjective counts.)
      if let these = Self.adjectiveCases(w), let next = Self.adjectiveCases(words[i + 1]), these.isDisjoint(with: next),
        adjectiveReading(words[i + 1]) != nil
      {
        headIndex = i
        break
      }
    }
    guard let head = headIndex else { return words.joined(separator: " ") }
    func cased(_ lemma: String, like w: String) -> String {
      w.first!.isUppercase && !(lemma.first?.isUppercase ?? false) ? lemma.prefix(1).uppercased() + lemma.dropFirst() : lemma
    }
    // The first adjective's ending tells the head's gender ("Чорної смерті": feminine, though
    // смерть ends like a masculine noun), and so which of the head's readings is meant
    // ("Божій волі": воля, not воло).
    // (A plural's nominative is not its lemma: those keep the head's own reading.)
    // (-им is also a dative plural: "Збройним силам".)
    let pluralHead = ["ам", "ям", "ами", "ями", "ах", "ях"].contains { words[head].hasByteSuffix($0) }
    let told = head > 0 && !pluralHead ? Self.genders(ofAdjectiveForm: words[0]).subtracting([.plural]) : []
    let headReadings = analyses(words[head])
    // -ій is feminine, or a masculine nominative, whose noun is then in its base form too.
    let fitting = told.isEmpty ? nil : headReadings.prefix(5).first { r in
      let g = nounGender(r.lemma)
      return r.score >= 4 && told.contains(g) && (g != .masculine || !told.contains(.feminine) || r.lemma == words[head])
    }
    var headLemma = cased((fitting ?? headReadings.first)?.lemma ?? words[head], like: words[head])
    let lemmaGender = nounGender(headLemma)
    // An -а noun after a masculine adjective is a man's post (міського голови: голова).
    var headGender = told.isEmpty || told.contains(lemmaGender) ? lemmaGender : [.masculine, .feminine, .neuter].first { told.contains($0) }!
    // A head in the plural, by its ending or its adjectives' ("Збройних силах", "Збройних сил"),
    // names a body in the plural: its base form is the nominative plural (Збройні сили), made
    // from the lemma and kept only where the dictionary knows the form.
    let pluralAdjectives = head > 0 && ["их", "іх", "ими", "іми"].contains { words[0].lowercasedFast().hasByteSuffix($0) }
    if pluralAdjectives || Self.isObliquePlural(words[head], of: headLemma), let plural = nominativePlural(headLemma) {
      headLemma = cased(plural, like: words[head])
      headGender = .plural
    }
    var out: [String] = []
    for (i, w) in words.enumerated() {
      if i < head, w.first?.isLetter ?? false {
        out.append(cased(Self.agree(adjectiveReading(w)?.lemma ?? w, with: headGender), like: w))
      } else if i == head {
        out.append(headLemma)
      } else {
        out.append(w)
      }
    }
    return out.joined(separator: " ")
  }

  /// The cases an adjective's full ending can be in, where the ending tells (nil for the
  /// nominative's short endings, which nouns share).
  static func adjectiveCases(_ word: String) -> Set<String>? {
    let w = word.lowercasedFast()
    let endings: [(String, Set<String>)] = [
      ("ими", ["ins"]), ("іми", ["ins"]), ("ого", ["gen", "acc"]), ("ому", ["dat", "loc"]),
      ("ою", ["ins"]), ("єю", ["ins"]), ("ої", ["gen"]), ("им", ["ins", "dat", "loc"]), ("ім", ["ins", "dat", "loc"]),
      ("их", ["gen", "loc", "acc"]), ("іх", ["gen", "loc", "acc"]), ("ій", ["dat", "loc", "nom"]),
    ]
    return endings.first { w.hasByteSuffix($0.0) }?.1
  }

  /// Whether a noun's form is its lemma's stem with a dative, instrumental or locative plural
  /// ending (силах of сила, штатам of штат); not "програми" (програма), nor a neuter in -ння,
  /// whose instrumental singular ends so too (благословенням).
  static func isObliquePlural(_ form: String, of lemma: String) -> Bool {
    let f = form.lowercasedFast(), l = lemma.lowercasedFast()
    guard f != l, !l.hasSuffix("ння"), !l.hasSuffix("ття"), let last = l.last else { return false }
    let stem = "аяоеьй".contains(last) ? String(l.dropLast()) : l
    return ["ам", "ям", "ами", "ями", "ах", "ях"].contains { f == stem + $0 }
  }

  /// The nominative plural of a noun's lemma (сила -> сили, штат -> штати, організація ->
  /// організації, військо -> війська), where Hunspell knows the form it makes.
  func nominativePlural(_ lemma: String) -> String? {
    let l = lemma.lowercasedFast()
    guard let last = l.last, l.count >= 3, let h = hunspell else { return nil }
    let stem = String(l.dropLast())
    let hushing: Set<Character> = ["ж", "ч", "ш", "щ"]
    let candidate: String
    switch last {
    case "а": candidate = stem + (stem.last.map(hushing.contains) == true ? "і" : "и")
    case "я": candidate = l.hasSuffix("ння") || l.hasSuffix("ття") ? l : stem + (stem.last.map { "аеєиіїоуюя'".contains($0) } == true ? "ї" : "і")
    case "о": candidate = stem + "а"
    case "е": candidate = stem + "я"
    case "ь": candidate = stem + "і"
    case "й": candidate = stem + "ї"
    case "и", "і", "ї", "є", "ю", "у": return nil
    default: candidate = l + (hushing.contains(last) ? "і" : "и")
    }
    return h.spell(candidate) ? candidate : nil
  }

  enum NounGender { case masculine, feminine, neuter, plural }

  func nounGender(_ lemma: String) -> NounGender {
    let l = lemma.lowercasedFast()
    // Nouns in -ння, -ття (відділення, управління, покриття) are neuter, not feminine.
    if l.hasByteSuffix("ння") || l.hasByteSuffix("ття") { return .neuter }
    // So are the other doubled consonants before -я (узбережжя, Полісся, Підляшшя).
    let tail = Array(l.unicodeScalars.suffix(3))
    if tail.count == 3, tail[2] == "я", tail[0] == tail[1], !"аеєиіїоуюяь'".unicodeScalars.contains(tail[0]) { return .neuter }
    if l.hasByteSuffix("а") || l.hasByteSuffix("я") || l.hasByteSuffix("сть") || l.hasByteSuffix("ь") && l.hasByteSuffix("сь") { return .feminine }
    if l.hasByteSuffix("о") || l.hasByteSuffix("е") || l.hasByteSuffix("я") { return .neuter }
    if l.hasByteSuffix("и") || l.hasByteSuffix("і") { return .plural }
    return .masculine
  }

  /// The genders an adjective's inflected form can agree with, from its ending alone
  /// (-ої: feminine; -ого: masculine or neuter); empty when the ending does not tell.
  static func genders(ofAdjectiveForm form: String) -> Set<NounGender> {
    let l = form.lowercasedFast()
    for (endings, genders) in Self.adjectiveEndings where endings.contains(where: { l.hasByteSuffix($0) }) { return genders }
    return []
  }

  /// Longer endings first: -ого before -е, -ій (a feminine dative, or a soft masculine nominative).
  private static let adjectiveEndings: [([String], Set<NounGender>)] = [
    (["ого", "ому", "ього", "ьому"], [.masculine, .neuter]),
    (["ої", "ою", "ьої", "ьою"], [.feminine]),
    (["их", "ими"], [.plural]),
    (["ій"], [.feminine, .masculine]),
    (["им", "ім"], [.masculine, .neuter]),
    (["ий"], [.masculine]),
    (["ська", "цька", "зька", "на", "ва", "ла", "ра", "та", "ка"], [.feminine]),
    (["ську", "цьку", "зьку", "ну", "ву", "лу", "ру", "ту", "ку"], [.feminine]),
    (["ське", "цьке", "зьке", "не", "ве", "ле", "ре", "те", "ке"], [.neuter]),
  ]

  /// An adjective's base form in the head noun's gender: Верховний + Рада -> Верховна.
  static func agree(_ adjective: String, with gender: NounGender) -> String {
    let pairs: [(String, [NounGender: String])] = [
      ("ий", [.feminine: "а", .neuter: "е", .plural: "і"]),
      ("ій", [.feminine: "я", .neuter: "є", .plural: "і"]),
    ]
    for (ending, forms) in pairs where adjective.hasByteSuffix(ending) {
      guard let replacement = forms[gender] else { return adjective }
      return String(adjective.dropLast(ending.count)) + replacement
    }
    return adjective
  }

  private func isGendered(_ w: String) -> Bool { analyses(w).contains { $0.gender != .unknown && !$0.isNominative } }
}

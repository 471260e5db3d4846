import Foundation

/// World knowledge: countries from CLDR (through Foundation's Locale), plus data/gazetteer.json
/// for short names, capitals, country adjectives and international organisations.
public struct Gazetteer: Sendable {
  public struct Entry: Sendable, Hashable {
    public var uk: String
    public var en: String
    public var type: String
    /// ISO region code for countries, capitals and state bodies.
    public var country: String?
    public var aliases: [String]
    /// A body named by the place it sits in (Кремль): NER-UK labels such a name LOC.
    public var isPlaceName = false

    /// The NER-UK label of a mention of it: LOC for states, cities and places, else ORG.
    public var nerLabel: String { type == "Country" || type == "City" || isPlaceName ? "LOC" : "ORG" }
  }

  /// Normalised name (lower-cased, apostrophes unified) -> entry.
  public private(set) var byName: [String: Entry] = [:]
  /// Every word of those names: a phrase with a word outside it names nothing here.
  private(set) var nameWords: Set<String> = []
  /// Country adjective lemma -> ISO code.
  public private(set) var adjectives: [String: String] = [:]
  /// City name -> ISO code of the state whose capital it is.
  public private(set) var capitals: [String: String] = [:]
  public private(set) var countries: [String: Entry] = [:]
  public private(set) var governmentHeads: Set<String> = []
  public private(set) var companyMarkers: Set<String> = []
  /// Nouns that make the name after them a company's ("фірма «X»") for its class only: they are
  /// kept out of the tagger's features and the generic nouns, which the shipped model was
  /// trained with.
  public private(set) var companyTypeNouns: Set<String> = []
  public private(set) var airlineMarkers: Set<String> = []
  public private(set) var mediaMarkers: Set<String> = []
  /// Legal forms of private bodies (ТОВ, ГО, B. V., Ltd): such a body is no part of the state
  /// its name holds ("ВГО Аерокосмічне товариство України"), unlike a state enterprise (ДП).
  public private(set) var privateForms: Set<String> = []
  /// Nouns after which a quoted name stays in the nominative (компанії «X», партії «Y»).
  public private(set) var genericNouns: Set<String> = []
  /// Nouns for kinds of bodies: state bodies, companies, the generic nouns and
  /// data/gazetteer.json `institutionNouns` (університет, інститут, спілка, церква, ...).
  public private(set) var institutionNouns: Set<String> = []
  /// Nouns for a person's post (міністр, посол): a name they open is the post, not a body.
  public private(set) var personTitles: Set<String> = []
  /// Lower-case words inside people's names (Урсула фон дер Ляєн, Абу Бакр аль-...).
  public private(set) var nameParticles: Set<String> = []
  /// Generic words NER-UK counts as part of a place's name: before it (вулиця, площа, and
  /// abbreviations such as вул., с.) and after it (область, район, море).
  public private(set) var placeNounsBefore: Set<String> = []
  public private(set) var placeNounsAfter: Set<String> = []
  /// The schema.org class a MISC name takes from the noun for its kind (закон -> Legislation,
  /// фільм -> Movie, фестиваль -> Event): data/gazetteer.json `miscClassNouns`, by lemma.
  public private(set) var miscClasses: [String: String] = [:]
  /// Adjectives already derived: lemma -> ISO code, or nil for none.
  private let derivedAdjectives = Memo<String, String?>()
  /// Places and name forms from GeoNames, ISO 3166-2 and VESUM.
  public internal(set) var wordLists = WordLists()

  public static func normalize(_ s: String) -> String {
    // One pass over the scalars: this runs for every new word form the tagger meets.
    var out = String.UnicodeScalarView()
    for c in s.lowercasedFast().unicodeScalars {
      switch c {
      case "’", "ʼ": out.append("'")
      case "«", "»", "\"": continue
      default: out.append(c)
      }
    }
    let joined = String(out)
    guard let first = out.first, let last = out.last,
      first.properties.isWhitespace || last.properties.isWhitespace
    else { return joined }
    return joined.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private struct File: Decodable {
    struct Org: Decodable {
      var uk: String
      var en: String
      var type: String
      var aliases: [String]
      var country: String?
      var place: Bool?
    }
    var countryAliases: [String: [String]]
    var capitals: [String: String]
    var cities: [String]
    var adjectives: [String: String]
    var organizations: [Org]
    var governmentHeads: [String]
    var companyMarkers: [String]
    var companyTypeNouns: [String]?
    var airlineMarkers: [String]
    var mediaMarkers: [String]
    var nameNouns: [String]
    var institutionNouns: [String]
    var personTitles: [String]?
    var nameParticles: [String]?
    var placeNounsBefore: [String]?
    var placeNounsAfter: [String]?
    var miscClassNouns: [String: [String]]?
    var privateForms: [String]?
  }

  public static func load(from dataDirectory: URL) throws -> Gazetteer {
    let url = dataDirectory.appendingPathComponent("gazetteer.json")
    do {
      let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
      var gazetteer = Gazetteer(file: file)
      gazetteer.wordLists = WordLists.cached(dataDirectory)
      return gazetteer
    } catch {
      throw GraphBuildError.badData(file: url.path, reason: "\(error)")
    }
  }

  /// Words of a state's formal style that may open its name.
  static let formalStyles = ["Республіка", "Королівство", "Князівство", "Держава"]

  public static func loadDefault() throws -> Gazetteer { try load(from: DataDirectory.locate()) }

  private init(file: File) {
    let uk = Locale(identifier: "uk")
    let en = Locale(identifier: "en")
    for region in Locale.Region.isoRegions {
      let code = region.identifier
      // EU, EZ, UN and the private-use codes are not states.
      guard code.count == 2, code.allSatisfy({ $0.isLetter }), !["EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"].contains(code),
        let ukName = uk.localizedString(forRegionCode: code),
        let enName = en.localizedString(forRegionCode: code)
      else { continue }
      var entry = Entry(uk: ukName, en: enName, type: "Country", country: code, aliases: [])
      if let extra = file.countryAliases[code] {
        entry.aliases = extra
        // CLDR's long forms ("Сполучені Штати", "Китай материковий"): a listed short name wins.
        if let short = extra.first, code == "US" || code == "CN" || code == "MD" {
          entry.aliases.append(ukName)
          entry.uk = short
        }
      }
      if code == "US" { entry.en = "United States" }
      countries[code] = entry
      // The state's formal style before its name is still its name ("Республіка Польща",
      // "Королівство Швеція"): looked up, not listed as another name.
      let styled = entry.uk.contains(" ") ? [] : Self.formalStyles.map { $0 + " " + entry.uk }
      add(entry, names: [entry.uk, ukName, enName] + entry.aliases + styled)
    }
    for (code, city) in file.capitals {
      capitals[Self.normalize(city)] = code
      let enName = KMU2010.transliterate(city)
      add(Entry(uk: city, en: enName, type: "City", country: code, aliases: []), names: [city])
    }
    for city in file.cities {
      add(Entry(uk: city, en: KMU2010.transliterate(city), type: "City", country: nil, aliases: []), names: [city])
    }
    for org in file.organizations {
      let entry = Entry(uk: org.uk, en: org.en, type: org.type, country: org.country, aliases: org.aliases, isPlaceName: org.place ?? false)
      add(entry, names: [org.uk, org.en] + org.aliases)
    }
    adjectives = file.adjectives
    governmentHeads = Set(file.governmentHeads)
    companyMarkers = Set(file.companyMarkers)
    companyTypeNouns = Set(file.companyTypeNouns ?? [])
    airlineMarkers = Set(file.airlineMarkers)
    mediaMarkers = Set(file.mediaMarkers)
    privateForms = Set((file.privateForms ?? []).map { $0.lowercasedFast() })
    genericNouns = companyMarkers.union(airlineMarkers).union(mediaMarkers).union(file.nameNouns)
    institutionNouns = Set((Array(genericNouns) + Array(governmentHeads) + file.institutionNouns).map { $0.lowercasedFast() })
    placeNounsBefore = Set(file.placeNounsBefore ?? [])
    personTitles = Set(file.personTitles ?? [])
    nameParticles = Set(file.nameParticles ?? [])
    placeNounsAfter = Set(file.placeNounsAfter ?? [])
    for (schemaClass, nouns) in file.miscClassNouns ?? [:] {
      for noun in nouns { miscClasses[noun] = schemaClass }
    }
  }

  private mutating func add(_ entry: Entry, names: [String]) {
    for name in names {
      let key = Self.normalize(name)
      if byName[key] == nil { byName[key] = entry }
      for word in key.split(separator: " ") { nameWords.insert(String(word)) }
    }
  }

  public func lookup(_ name: String) -> Entry? { byName[Self.normalize(name)] }

  /// The country an adjective lemma names (білоруський -> Білорусь).
  public func country(forAdjective lemma: String) -> Entry? {
    var l = lemma.lowercasedFast()
    // Feminine/neuter/plural lemma forms map to the masculine entry.
    var masculine: String?
    for (suffix, replacement) in [("ька", "ький"), ("ське", "ський"), ("ькі", "ький"), ("а", "ий"), ("е", "ий"), ("і", "ий")] where l.hasByteSuffix(suffix) {
      let candidate = String(l.dropLast(suffix.count)) + replacement
      if adjectives[candidate] != nil { l = candidate; break }
      if masculine == nil { masculine = candidate }
    }
    if adjectives[l] == nil, let masculine { l = masculine }
    if let code = adjectives[l] { return countries[code] }
    return derivedCountry(forAdjective: l)
  }

  /// The country an adjective not listed is made from, by the regular derivations run
  /// backwards (азербайджанський -> Азербайджан, вірменський -> Вірменія, норвезький ->
  /// Норвегія, узбецький -> Узбекистан): only a candidate that is a country's name counts.
  func derivedCountry(forAdjective l: String) -> Entry? {
    guard l.hasByteSuffix("ький") else { return nil }
    if let hit = derivedAdjectives.value(l) { return hit.flatMap { countries[$0] } }
    var code: String?
    search: for (suffix, keep) in [("ійський", "і"), ("інський", ""), ("инський", ""), ("анський", ""), ("ський", ""), ("цький", "ц"), ("зький", "з"), ("ький", "")]
    where l.hasByteSuffix(suffix) {
      let base = String(l.dropLast(suffix.count)) + keep
      guard base.count >= 3 else { continue }
      var stems = [base]
      if base.hasSuffix("ц") { stems += [base.dropLast() + "к", base.dropLast() + "ч"] }
      if base.hasSuffix("з") { stems.append(base.dropLast() + "г") }
      if base.hasSuffix("ь") { stems.append(String(base.dropLast())) }
      if base.hasSuffix("ов") { stems.append(base.dropLast(2) + "в") }
      for stem in stems {
        for ending in ["", "а", "я", "ія", "и", "ь", "ина", "чина", "щина", "стан", "істан", "истан", "ландія", "ланд"] {
          if let e = byName[stem + ending], e.type == "Country", let c = e.country { code = c; break search }
        }
      }
    }
    derivedAdjectives.store(l, code)
    return code.flatMap { countries[$0] }
  }
}

extension Gazetteer {
  /// The entry a name names in any case form, with the reading that matched
  /// (Сполученими Штатами -> "Сполучені Штати"): each word's readings are tried together.
  public func match(_ words: [String], lemmatizer: Lemmatizer) -> (entry: Entry, form: String)? {
    // Each word as written and its base forms.
    let readings = words.map { [$0] + lemmatizer.analyses($0).prefix(6).map(\.lemma) }
    // Most phrases have a word none of whose readings is in any known name: settled before the
    // combinations (this runs for every window of the words the tagger found).
    for options in readings {
      let viable = options.contains { reading in
        let n = Self.normalize(reading)
        return n.isEmpty || nameWords.contains(n)
      }
      if !viable { return nil }
    }
    let joined = words.joined(separator: " ")
    if let e = lookup(joined) { return (e, joined) }
    var combos: [[String]] = [[]]
    for options in readings {
      combos = combos.flatMap { c in options.map { c + [$0] } }
      if combos.count > 64 { combos = Array(combos.prefix(64)) }
    }
    for c in combos {
      let form = c.joined(separator: " ")
      if let e = lookup(form) { return (e, form) }
    }
    return nil
  }

}

import Foundation

/// Turns mentions into entities: one node per real-world thing across all documents and
/// across runs (the existing graph's names are matched first).
///
/// Merging rules, in order: a world-knowledge entry (США, Штати and Сполучені Штати are one
/// node); the same base form and type family; a person's lone surname or first name joins the
/// full name it belongs to, in the same document first, then anywhere in the graph.
public struct EntityResolver: Sendable {
  public let lemmatizer: Lemmatizer
  public let gazetteer: Gazetteer

  public init(lemmatizer: Lemmatizer = .shared, gazetteer: Gazetteer) {
    self.lemmatizer = lemmatizer
    self.gazetteer = gazetteer
  }

  static func family(_ type: String) -> String {
    switch type {
    case "Person": return "person"
    case "Country", "City", "Place": return "place"
    case "Thing": return "thing"
    default: return "org"
    }
  }

  static let specificity: [String: Int] = [
    "Airline": 5, "Corporation": 4, "NewsMediaOrganization": 3, "GovernmentOrganization": 3, "Organization": 1,
    "Country": 3, "City": 2, "Place": 1, "Person": 1, "Thing": 0,
  ]

  public static func slug(_ s: String) -> String {
    let latin = KMU2010.transliterate(s).lowercasedFast()
    var out = ""
    for c in latin.unicodeScalars {
      if (c.value >= 0x61 && c.value <= 0x7A) || (c.value >= 0x30 && c.value <= 0x39) {
        out.unicodeScalars.append(c)
      } else if !out.hasSuffix("-") && !out.isEmpty {
        out.append("-")
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out.isEmpty ? KnowledgeGraph.fingerprint(s) : out
  }

  public static func entityID(family: String, name: String) -> String {
    KnowledgeGraph.base + "entity/" + family + "/" + slug(name)
  }

  /// Two forms of one word: the same letters but for at most two at the end of each, and at
  /// least six in common (Беларуськалій, Беларуськалію; not ВТБ, ВТС).
  static func sameStem(_ a: String, _ b: String) -> Bool {
    let x = Array(a.lowercasedFast()), y = Array(b.lowercasedFast())
    guard x != y, abs(x.count - y.count) <= 1 else { return false }
    var common = 0
    while common < min(x.count, y.count) && x[common] == y[common] { common += 1 }
    return common >= 6 && x.count - common <= 2 && y.count - common <= 2
  }

  /// A company's name without its legal form and quotes (ТОВ «Альфа» -> Альфа); nil if it has none.
  func coreName(_ name: String) -> String? {
    guard let space = name.firstIndex(of: " ") else { return nil }
    let form = String(name[..<space])
    guard form.count >= 2, form == form.uppercased(), gazetteer.companyMarkers.contains(form) else { return nil }
    let rest = name[name.index(after: space)...].trimmingCharacters(in: CharacterSet(charactersIn: "«»\"„“” "))
    return rest.isEmpty ? nil : rest
  }

  /// A body's name with the state or organisation it ends with in its gazetteer form: "Рада ЄС"
  /// and "Рада Європейського Союзу" both give "Рада Європейський Союз"; nil if it ends with none.
  func knownTail(_ name: String) -> String? {
    let words = name.split(separator: " ").map(String.init)
    guard words.count > 1 else { return nil }
    for i in 1..<words.count {
      if let (entry, _) = gazetteer.match(Array(words[i...]), lemmatizer: lemmatizer) {
        return (words[..<i] + [entry.uk]).joined(separator: " ")
      }
    }
    return nil
  }

  /// Words an abbreviation leaves out: prepositions and conjunctions.
  private static let acronymSkipped = Token.prepositions.union(["і", "й", "та"])

  /// The abbreviations a body's full name goes by: the initials of its words but prepositions
  /// and conjunctions (Міністерство закордонних справ -> МЗС), also without a closing state's
  /// name (Рада національної безпеки і оборони України -> РНБОУ, РНБО).
  static func acronyms(of name: String, gazetteer: Gazetteer, lemmatizer: Lemmatizer) -> [String] {
    let words = name.split(whereSeparator: { $0 == " " || $0 == "«" || $0 == "»" }).map { $0.trimmingCharacters(in: .letters.inverted) }
      .filter { !$0.isEmpty && !acronymSkipped.contains($0.lowercasedFast()) }
    guard words.count >= 2 else { return [] }
    let initials = words.compactMap { $0.first.map { String($0).uppercased() } }.joined()
    var out = [initials]
    if let last = words.last, words.count >= 3,
      gazetteer.lookup(last)?.type == "Country" || gazetteer.lookup(lemmatizer.lemma(last))?.type == "Country"
    {
      out.append(String(initials.dropLast()))
    }
    return out
  }

  /// A person's name of one surname and initials: the surname and the first initial
  /// ("Янукович В. Ф." and "В. Ф. Янукович" -> ("Янукович", "В")); nil for any other name.
  static func initialed(_ name: String) -> (surname: String, initial: String)? {
    let words = name.split(separator: " ").map(String.init)
    let initials = words.filter { $0.count == 2 && $0.hasSuffix(".") && $0.first!.isUppercase }
    let others = words.filter { !initials.contains($0) }
    guard !initials.isEmpty, others.count == 1, others[0].count > 2 else { return nil }
    return (others[0], String(initials[0].prefix(1)))
  }

  /// Chooses, within each document, the base form that explains most of the forms of a
  /// one-word name (Шевченка, Шевченку, Шевченко -> Шевченко). Per document, so that a
  /// document's names never depend on which other files share its run: extracting A and then
  /// B gives the same base forms as A and B together.
  public func chooseLemmas(_ doc: inout AnalyzedDocument) {
    var support: [String: Set<String>] = [:]
    for m in doc.mentions where m.tokenRange.count == 1 && m.known == nil {
      for a in lemmatizer.analyses(m.text).prefix(4) { support[a.lemma, default: []].insert(m.text) }
    }
    // Full names vouch for the words they contain.
    for m in doc.mentions where m.tokenRange.count > 1 && m.label == "PERS" {
      for w in m.lemma.split(separator: " ") { support[String(w), default: []].insert("#" + m.lemma) }
    }
    for mi in doc.mentions.indices {
      let m = doc.mentions[mi]
      guard m.tokenRange.count == 1, m.known == nil else { continue }
      var options = Array(lemmatizer.analyses(m.text).prefix(4))
      // A place keeps a reading GeoNames knows (the recogniser chose it so).
      if m.label == "LOC", gazetteer.wordLists.placeKind(m.lemma) != nil { options = options.filter { gazetteer.wordLists.placeKind($0.lemma) != nil } }
      guard let best = options.max(by: { a, b in
        let sa = support[a.lemma]?.count ?? 0, sb = support[b.lemma]?.count ?? 0
        return sa != sb ? sa < sb : a.score < b.score
      }) else { continue }
      if (support[best.lemma]?.count ?? 0) > 1 { doc.mentions[mi].lemma = best.lemma }
    }
  }

  /// Adds the documents' mentions to the graph's entities; returns, per document, the entity
  /// id of each mention (nil for mentions that make no node).
  public func resolve(_ docs: [AnalyzedDocument], into graph: inout KnowledgeGraph) -> [[String?]] {
    var state = ResolverState(graph, resolver: self)
    return docs.map { resolve($0, into: &graph, state: &state) }
  }

  /// Adds one document's mentions to the graph's entities, the state carrying what the
  /// documents before it left; returns the entity id of each mention (nil for mentions that
  /// make no node). Documents resolved one after another give what `resolve(_:into:)` gives.
  public func resolve(_ doc: AnalyzedDocument, into graph: inout KnowledgeGraph, state: inout ResolverState) -> [String?] {
    let docID = doc.source.id
    var ids = [String?](repeating: nil, count: doc.mentions.count)
    // Full names first, so that lone surnames in the same document can join them (a surname
    // with initials counts as a lone one).
    let length = doc.mentions.map { m in m.label == "PERS" && Self.initialed(m.lemma) != nil ? 1 : m.tokenRange.count }
    let order = doc.mentions.indices.sorted { (length[$0], -$0) > (length[$1], -$1) }
    var placed: Set<MentionKey> = []
    // One string per sentence, shared by its mentions: a long document's graph holds each
    // sentence once, not once a mention.
    var sentences: [Int: String] = [:]
    var localSurnames: [String: Set<String>] = [:]
    var localAcronyms: [String: Set<String>] = [:]
    var localOrgs: [(name: String, id: String)] = []
    var localHeads: [String: Set<String>] = [:]
    for i in order {
      let m = doc.mentions[i]
      if m.type == "Thing" { continue }
      let fam = Self.family(m.type)
      var id: String?
      var name = m.lemma
      var english: String?
      var type = m.type
      // Joined through the state's other name: the longer of the two names the node.
      var fullerName = false
      // Joined through a form the text wrote, not a name: its base form is then no alias
      // (alternateName holds names; inflected forms stay in the mentions).
      var throughForm = false
      if let k = m.known {
        name = k.uk
        english = k.en
        type = k.type
        id = state.byName(Self.family(k.type) + "|" + Gazetteer.normalize(k.uk))
          ?? Self.entityID(family: Self.family(k.type), name: k.en)
      } else {
        // A body named in full and then by its head noun ("Клуб ділових людей" ... "у
        // Клубі") is one, where one body in the document opens with that noun.
        if fam == "org", m.tokenRange.count == 1, m.text != m.text.uppercased(),
          let heads = localHeads[Gazetteer.normalize(m.lemma)], heads.count == 1
        {
          id = heads.first
        }
        // A lone name is first the one full name in this document that holds it ("Олександр
        // Попов ... Попов"), before any other document's person of that one name.
        let loneForms = fam == "person" && m.tokenRange.count == 1 ? [m.lemma] + lemmatizer.analyses(m.text).prefix(4).map(\.lemma) : []
        for f in loneForms where id == nil {
          if let local = localSurnames[Gazetteer.normalize(f)], local.count == 1 { id = local.first }
        }
        if id == nil, let held = state.named[fam + "|" + Gazetteer.normalize(m.lemma)] {
          id = held.id
          throughForm = held.rank == 1
        }
        // "АТ «Укрзалізниця»" and "Укрзалізниця" are one company.
        if id == nil, fam == "org", let core = coreName(m.lemma) { id = state.byName("org|" + Gazetteer.normalize(core)) }
        // "Рада ЄС" and "Рада Європейського Союзу" are one body.
        if id == nil, fam == "org", let other = state.tail(m.lemma, self) {
          id = state.byName("org|" + Gazetteer.normalize(other))
          fullerName = id != nil
        }
        // A one-word body named earlier in the document in another case: the base form was
        // guessed ("Беларуськалію" -> -ія), the forms differ only in their endings.
        if id == nil, fam == "org", m.tokenRange.count == 1 {
          id = localOrgs.first { Self.sameStem($0.name, m.text) }?.id
          throughForm = id != nil
        }
        for f in loneForms where id == nil {
          if let global = state.surnames[Gazetteer.normalize(f)], global.count == 1 { id = global.first }
        }
        // A surname with initials (Янукович В. Ф., В. Янукович) is the one person of that
        // surname whose first name has the first initial, in this document or else this run.
        if id == nil, fam == "person", let (surname, initial) = Self.initialed(m.lemma) {
          let key = Gazetteer.normalize(surname)
          for pool in [localSurnames[key], state.surnames[key]] {
            let fit = (pool ?? []).filter { other in
              graph.entities[other].map { $0.name != m.lemma && $0.name.split(separator: " ").first?.hasPrefix(initial) == true } ?? false
            }
            if fit.count == 1 { id = fit.first; break }
          }
        }
        // An abbreviation of a body named in full in the same document (РНБО, МЗС, НБУ).
        if id == nil, fam == "org", m.tokenRange.count == 1, m.text.count >= 2, m.text == m.text.uppercased(),
          let local = localAcronyms[m.text], local.count == 1
        {
          id = local.first
        }
        // One word of a longer name (the word tiers) joins it only for a person, as a surname
        // does within a run, and only when one person has it: "Конгрес" is no alias of
        // "І Конгрес ветеранів спорту України", so A then B gives what A and B together give.
        // A place or body is also looked up by the form the text wrote, whose other readings
        // may be its name ("Миколаєві": Миколай or Миколаїв); a person's form is not, as
        // "Попова" may be a woman or Попов's genitive.
        let queries = fam == "person" || m.text == m.lemma ? [m.lemma] : [m.lemma, m.text]
        for query in queries where id == nil && !state.earlier.isEmpty {
          let found = state.earlier.candidates(query, limit: 2, sureOnly: true)
          if let best = found.first, best.score >= NameLookup.sureScore,
            best.score >= 3 || (fam == "person" && (found.count == 1 || found[1].score < best.score)),
            let e = graph.entities[best.id], Self.family(e.type) == fam,
            m.tokenRange.count > 1 || fam != "person" || e.name.split(separator: " ").count > 1
          {
            id = best.id
            throughForm = true
          }
        }
        if id == nil { id = Self.entityID(family: fam, name: m.lemma) }
      }
      guard let entityID = id else { continue }
      ids[i] = entityID
      let sentence = sentences[m.sentenceIndex] ?? doc.sentenceText(m.sentenceIndex)
      sentences[m.sentenceIndex] = sentence
      let mention = KnowledgeGraph.Mention(
        document: docID, text: m.text, scalarStart: m.scalarStart, scalarEnd: m.scalarEnd, sentence: sentence)
      // Taken out while changed, so its mentions are not copied for each one added; a mention
      // is told from another by its span in this document (earlier runs' were removed).
      if var e = graph.entities.removeValue(forKey: entityID) {
        if placed.insert(MentionKey(entity: entityID, start: m.scalarStart, end: m.scalarEnd)).inserted
          || !e.mentions.contains(mention)
        {
          e.mentions.append(mention)
        }
        if fullerName && m.lemma.count > e.name.count && m.known == nil {
          e.aliases.append(e.name)
          e.aliases.removeAll { $0 == m.lemma }
          e.name = m.lemma
          e.latinName = KMU2010.transliterate(m.lemma)
        }
        if !throughForm && m.lemma != e.name && !e.aliases.contains(m.lemma) { e.aliases.append(m.lemma) }
        if (Self.specificity[type] ?? 0) > (Self.specificity[e.type] ?? 0) && Self.family(type) == Self.family(e.type) {
          e.type = type
        }
        graph.entities[entityID] = e
      } else {
        // World knowledge brings its other names (EU, State Department) for lookup.
        let known = m.known.map { $0.aliases + [$0.uk] } ?? []
        let e = KnowledgeGraph.Entity(
          id: entityID, type: type, name: name, latinName: KMU2010.transliterate(name), englishName: english,
          aliases: Array(Set([m.lemma] + known).subtracting([name])).sorted(), mentions: [mention])
        graph.entities[entityID] = e
      }
      state.index(graph.entities[entityID]!, forms: [m.text], self)
      if fam == "org" && m.tokenRange.count == 1 { localOrgs.append((m.text, entityID)) }
      if fam == "org" && m.tokenRange.count > 1, m.known == nil, let head = name.split(separator: " ").first,
        head.first?.isUppercase == true, head.count >= 4,
        // A common noun (клуб, фонд), not a name of its own, which may open another's
        // ("Альтком" and "Альтком Б. В." are two firms).
        lemmatizer.hunspell?.isKnown(head.lowercased()) == true
      {
        localHeads[Gazetteer.normalize(String(head)), default: []].insert(entityID)
      }
      if fam == "org" && m.tokenRange.count > 2 {
        for a in Self.acronyms(of: m.text, gazetteer: gazetteer, lemmatizer: lemmatizer) { localAcronyms[a, default: []].insert(entityID) }
      }
      if fam == "person" && m.tokenRange.count > 1 {
        for p in name.split(separator: " ") { localSurnames[Gazetteer.normalize(String(p)), default: []].insert(entityID) }
      }
    }
    var forms: [String: [String]] = [:]
    for (m, id) in zip(doc.mentions, ids) { if let id { forms[id, default: []].append(m.text) } }
    for (id, texts) in forms.sorted(by: { $0.key < $1.key }) {
      guard let e = graph.entities[id] else { continue }
      state.earlier.add(e, mentionTexts: texts)
    }
    return ids
  }
}

/// A mention's place in the document being resolved, for telling whether it was added already.
struct MentionKey: Hashable {
  var entity: String
  var start: Int
  var end: Int
}

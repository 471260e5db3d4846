import Foundation

/// Finds typed relations and events in analysed documents, with their evidence.
///
/// Patterns come from data/relations.json and match lemmas (Hunspell stems), word classes
/// and case (a subject is a nominative mention; objects follow a preposition): titles and
/// appositions ("президент Франції Емманюель Макрон"), verb frames ("зняли санкції з X"), noun frames
/// ("X є союзником Y"), state bodies ("посольство X у Y"), and release or pardon events.
public final class RelationExtractor: @unchecked Sendable {
  public let patterns: RelationPatterns
  let lemmatizer: Lemmatizer
  let gazetteer: Gazetteer
  /// Title lemma -> index into patterns.titles.
  let titleIndex: [String: Int]
  /// The titles a body may hold (a firm among a firm's founders), read with no person named.
  let bodyTitleIndex: [String: Int]
  private let breaks: Set<String>
  /// Verb lemma -> the verb frames it opens, in the patterns' order.
  let framesByVerb: [String: [Int]]
  /// The nouns of talks-like frames, which `treeEventNouns` reads.
  let eventNouns: Set<String>
  /// The objects of the `negotiatesWith` frames (переговори, зустріч): talks named by a noun.
  let talksNouns: Set<String>
  /// Passive participle lemma -> the verb frames it opens.
  let framesByParticiple: [String: [Int]]
  /// Undergoer verb lemma (потрапити) -> the verb frames it opens.
  let framesByUndergoer: [String: [Int]]
  /// Verb and participle lemma -> the agent frame it opens (`TreeAgents`).
  let agentFramesByWord: [String: Int]
  /// The verbs of owning (`TreeOwners`).
  let ownershipVerbs: [String: Bool]
  /// `headedBy`'s phrases as words (`HeadedBy`).
  let headedPhrases: [[String]]
  /// `impliedBodies` as lemma sequences with their gazetteer entries (`impliedBody`).
  let impliedBodies: [(phrase: String, words: [String], body: Gazetteer.Entry)]
  /// The nouns that head a body or a part of one (міністерство, управління, відділення), made
  /// once: parts of bodies are looked for in every body's name.
  let bodyNouns: Set<String>
  /// Tags and trees for `treeFrames`; without a model, only the word-window patterns run.
  public var syntax: SyntaxModel?
  /// Family and normalised name -> the node `ensureEntity` gave a world-knowledge entry.
  private var entryNodes: [String: String] = [:]
  private var lemmaCache: [UInt64: Set<String>] = [:]
  /// Guards the two caches above.
  private let cacheLock = NSLock()

  public init(patterns: RelationPatterns, lemmatizer: Lemmatizer = .shared, gazetteer: Gazetteer) {
    self.patterns = patterns
    self.lemmatizer = lemmatizer
    self.gazetteer = gazetteer
    var idx: [String: Int] = [:]
    for (i, t) in patterns.titles.enumerated() { for l in t.lemmas where idx[l] == nil { idx[l] = i } }
    for (l, i) in idx {
      for p in patterns.formerPrefixes ?? [] where idx[p + l] == nil { idx[p + l] = i }
    }
    titleIndex = idx
    bodyTitleIndex = idx.filter { patterns.types[patterns.titles[$0.value].relation]?.subject.contains("Organization") ?? false }
    breaks = Set(patterns.clauseBreaks)
    func index(_ words: (RelationPatterns.VerbFrame) -> [String]?) -> [String: [Int]] {
      var byWord: [String: [Int]] = [:]
      for (i, f) in patterns.verbFrames.enumerated() { for w in Set(words(f) ?? []) { byWord[w, default: []].append(i) } }
      return byWord
    }
    framesByVerb = index(\.verbs)
    eventNouns = Set(
      patterns.verbFrames.filter { !$0.object.isEmpty && $0.coordinated != true && patterns.types[$0.relation]?.symmetric == true }
        .flatMap(\.object))
    talksNouns = Set(patterns.verbFrames.filter { $0.relation == "negotiatesWith" && $0.coordinated != true }.flatMap(\.object))
    framesByParticiple = index(\.participles)
    framesByUndergoer = index(\.undergoers)
    var agentWords: [String: Int] = [:]
    for (i, f) in (patterns.agentFrames ?? []).enumerated() { for w in f.verbs + f.participles where agentWords[w] == nil { agentWords[w] = i } }
    agentFramesByWord = agentWords
    bodyNouns = gazetteer.governmentHeads.union(patterns.subunits)
    headedPhrases = (patterns.headedBy?.phrases ?? []).map { $0.split(separator: " ").map(String.init) }
    impliedBodies = (patterns.impliedBodies ?? []).compactMap { rule in
      gazetteer.lookup(rule.body).map { (rule.phrase, rule.phrase.split(separator: " ").map(String.init), $0) }
    }
    ownershipVerbs = Dictionary((patterns.ownership.map { $0.possess + $0.belong + ($0.registered ?? []) } ?? []).map { ($0, true) }, uniquingKeysWith: { a, _ in a })
  }

  /// One sentence, with what the patterns need at hand.
  struct Context {
    let doc: AnalyzedDocument
    let sentence: Sentence
    let lemmas: [Int: Set<String>]
    /// token index -> index into `mentions`
    let mentionAt: [Int: Int]
    let mentions: [(mention: Mention, entity: String)]
    let dates: [(Int, String)]
    /// mention index -> how it was reached, for mentions that are not names ("відомство").
    var notes: [Int: String] = [:]
    /// The recogniser's mentions of the sentence, as indices into `doc.mentions` (names only,
    /// whether they made a node or not), which the parse reads.
    var docMentions: [Int] = []
    /// The world-knowledge names the document's mentions matched (`impliedBody` reads them).
    var namedEntries: Set<String> = []
    /// The entities of the cities and towns the document names.
    var citiesNamed: Set<String> = []
    var range: Range<Int> { sentence.tokenRange }
  }

  /// The lower-case lemmas of a token, with apostrophes unified; computed once per form.
  func tokenLemmas(_ token: Token) -> Set<String> {
    let key = FNV1a.hash(token.text, seed: token.kind == .word ? FNV1a.offsetBasis : FNV1a.offsetBasis ^ 1)
    cacheLock.lock()
    if let hit = lemmaCache[key] { cacheLock.unlock(); return hit }
    cacheLock.unlock()
    var scalars = String.UnicodeScalarView()
    for c in token.text.lowercasedFast().unicodeScalars { scalars.append(c == "’" || c == "ʼ" ? "'" : c) }
    let lower = String(scalars)
    var set: Set<String> = [lower]
    if token.kind == .word, let h = lemmatizer.hunspell {
      for s in h.stems(lower) { set.insert(s.lowercasedFast()) }
      if set.count == 1 { for a in lemmatizer.analyses(lower).prefix(2) { set.insert(a.lemma.lowercasedFast()) } }
      // A compound spelled with or without its hyphen is one word (прес-секретар, прессекретар).
      if lower.contains("-") { for l in Array(set) where l.contains("-") { set.insert(l.replacingOccurrences(of: "-", with: "")) } }
    }
    cacheLock.lock()
    if lemmaCache.count > 500_000 { lemmaCache.removeAll(keepingCapacity: true) }
    lemmaCache[key] = set
    cacheLock.unlock()
    return set
  }

  /// The resolver's family of a class, with laws, works, products and events set apart from
  /// bodies: none of them heads, employs or belongs to anything ("Закон України" is no part
  /// of the state).
  static func family(_ type: String) -> String { workTypes.contains(type) ? "work" : EntityResolver.family(type) }

  static let workTypes: Set<String> = ["Legislation", "Book", "Movie", "CreativeWork", "MusicComposition", "Product", "Event"]

  /// The classes "компанія" can stand for.
  static let companyTypes: Set<String> = ["Corporation", "Airline"]

  /// Whether an entity of `type` may fill a slot that accepts `allowed` classes.
  func fits(_ type: String, _ allowed: [String]) -> Bool {
    for a in allowed {
      switch a {
      case "Organization": if Self.family(type) == "org" { return true }
      case "Place": if type == "City" || type == "Place" { return true }
      default: if a == type { return true }
      }
    }
    return false
  }

  func isNominative(_ m: Mention) -> Bool {
    if Gazetteer.normalize(m.text) == Gazetteer.normalize(m.lemma) { return true }
    if let k = m.known, gazetteer.lookup(m.text) != nil, k.type != "City" { return true }
    return m.text.uppercased() == m.text
  }

  // MARK: - Entry point

  /// `parsed` holds sentences' parses done ahead (`parseAhead`); the rest are parsed here.
  public func extract(_ doc: AnalyzedDocument, entityIDs: [String?], parsed: [Int: [SyntaxModel.Word]] = [:], into graph: inout KnowledgeGraph) {
    let dates = DateResolver(documentDate: doc.source.date)
    // The state body last named, for "відомство" further on.
    var lastBody: (id: String, name: String)?
    // Every body named so far, for a post that names its portfolio only.
    var bodies: [(id: String, name: String)] = []
    // The states named so far: a post is given the article's state only when there is one.
    var statesNamed: Set<String> = []
    // Who the document last named as doing a relation, objects named or not ("РНБО запровадила
    // санкції проти 12 осіб"): the agent of a later impersonal or undergoer verb.
    var agents: [String: (id: String, name: String)] = [:]
    // The company last named, for "директор компанії" further on.
    var lastCompany: (id: String, name: String)?
    // The state last named, for "прем'єр-міністр країни" further on.
    var lastState: (id: String, name: String)?
    // Title lemma -> the person the document gave it to ("президент" -> Емманюель Макрон).
    var holders: [String: (id: String, name: String)] = [:]
    // Member title lemma -> the body the document last named it with ("депутатів Львівської
    // міськради"), for a later "депутати від «X» Y" that names only the party.
    var memberBodies: [String: String] = [:]
    // The plural post of a list of names that may go on in the next sentence.
    var listedPost: ListedPost?
    // Each sentence's mentions, found once: a scan of the document's mentions for every sentence
    // made long documents quadratic.
    let mentionsOf = sentenceMentions(doc)
    // The bodies the document names, by base form and by form as written, for a body whose
    // name ends in its parent's ("Херсонське відділення АМКУ" and "АМКУ").
    var bodiesByName: [String: String] = [:]
    let namedEntries = Set(doc.mentions.compactMap { $0.known?.uk })
    // The cities the document names, for a city's head named by the post alone ("міський голова X").
    // (Towns GeoNames files as places count too: a second one makes "the one city" none.)
    let citiesNamed = Set(entityIDs.compactMap { $0 }.filter { id in
      guard let e = graph.entities[id] else { return false }
      return e.type == "City" || e.type == "Place" && gazetteer.wordLists.placeKind(e.name) == .place
    })
    // Every body the document names, for a body's common name before its own name appears.
    var documentBodies: [(id: String, name: String)] = []
    for (m, id) in zip(doc.mentions, entityIDs) {
      guard let id, let e = graph.entities[id], Self.family(e.type) == "org" else { continue }
      for name in [m.lemma, m.text, e.name] where bodiesByName[Gazetteer.normalize(name)] == nil { bodiesByName[Gazetteer.normalize(name)] = id }
      documentBodies.append((id, e.name))
    }
    // The same bodies by their abbreviations ("МЗС" for Міністерство закордонних справ України).
    var bodiesByAcronym: [String: Set<String>] = [:]
    for id in Set(bodiesByName.values) {
      guard let name = graph.entities[id]?.name else { continue }
      for a in EntityResolver.acronyms(of: name, gazetteer: gazetteer, lemmatizer: lemmatizer) { bodiesByAcronym[a, default: []].insert(id) }
    }
    for (si, sentence) in doc.sentences.enumerated() {
      var lemmas: [Int: Set<String>] = [:]
      for t in sentence.tokenRange { lemmas[t] = tokenLemmas(doc.tokens[t]) }
      var mentions: [(Mention, String)] = []
      var mentionAt: [Int: Int] = [:]
      for mi in mentionsOf[si] {
        let m = doc.mentions[mi]
        guard let id = entityIDs[mi], graph.entities[id] != nil else { continue }
        for t in m.tokenRange { mentionAt[t] = mentions.count }
        mentions.append((m, id))
      }
      var notes: [Int: String] = [:]
      let named = mentions.count
      // Whether a name other than a person's follows a token: a common noun before it names its
      // own body ("компанії «X»", "ради Києва"), not one named before ("директор компанії Y").
      func hasOwnName(after t: Int) -> Bool {
        guard t + 1 < sentence.tokenRange.upperBound else { return false }
        let next = doc.tokens[t + 1]
        return next.kind == .quote || mentionAt[t + 1].map({ mentions[$0].0.label != "PERS" }) ?? (next.isCapitalized || next.isAllCaps)
      }
      // A word that is not a name but stands for an entity, noted as such.
      func standIn(_ t: Int, label: String, type: String, for target: (id: String, name: String)) {
        let tok = doc.tokens[t]
        let m = Mention(
          scalarStart: tok.scalarStart, scalarEnd: tok.scalarEnd, text: tok.text, label: label, type: type,
          lemma: tok.text, tokenRange: t..<(t + 1), sentenceIndex: si, known: nil)
        notes[mentions.count] = "\(tok.text) = \(target.name)"
        mentionAt[t] = mentions.count
        mentions.append((m, target.id))
      }
      // "речник відомства": a generic noun for the body just named stands for it.
      if let body = lastBody {
        for t in sentence.tokenRange where mentionAt[t] == nil && !(lemmas[t] ?? []).isDisjoint(with: patterns.anaphors) {
          standIn(t, label: "ORG", type: "GovernmentOrganization", for: body)
        }
      }
      // "голова РДА X" after "Калуської РДА": a kind of body's abbreviation alone, right after a
      // post, is the one body of that kind the document has named (`abbreviatedBodies`: its
      // name ends in the abbreviation or holds one of its words); with two, it is neither.
      // (A legal form alone is the one body of that form named: "керівника ГО X" after "ГО «Y»".)
      for t in sentence.tokenRange where t > sentence.tokenRange.lowerBound && mentionAt[t] == nil && doc.tokens[t].isAllCaps
        && titleAt(lemmas[t - 1]) != nil
      {
        let abbreviation = doc.tokens[t].text
        let words = patterns.abbreviatedBodies?[abbreviation]
        let legalForm = gazetteer.privateForms.contains(abbreviation.lowercasedFast()) || gazetteer.companyMarkers.contains(abbreviation)
        guard words != nil || legalForm,
          let body = onlyBody(bodies, where: { b in
            legalForm ? b.name.hasPrefix(abbreviation + " ") : Self.isOfKind(b.name, abbreviation: abbreviation, words: words ?? [])
          })
        else { continue }
        standIn(t, label: "ORG", type: graph.entities[body.id]?.type ?? "GovernmentOrganization", for: body)
      }
      // "Секретар міської ради X" after "Надвірнянська міська рада": a body's common name in
      // lower case right after a post, with no name of its own, is the one body named so far
      // whose name ends in it.
      for t in sentence.tokenRange where t > sentence.tokenRange.lowerBound && mentionAt[t] == nil && !doc.tokens[t].isCapitalized
        && !(lemmas[t] ?? []).isDisjoint(with: gazetteer.governmentHeads)
      {
        let adjective = t - 1 > sentence.tokenRange.lowerBound && !doc.tokens[t - 1].isCapitalized && doc.tokens[t - 1].kind == .word
          && titleAt(lemmas[t - 2]) != nil && mentionAt[t - 1] == nil
        guard adjective || titleAt(lemmas[t - 1]) != nil else { continue }
        if hasOwnName(after: t) { continue }
        let words = (adjective ? [t - 1, t] : [t]).map { doc.tokens[$0].text }
        let phrase = lemmatizer.lemmatizeName(words, isPerson: false, gender: nil).lowercasedFast()
        guard phrase.split(separator: " ").count == words.count,
          // (A kind with an abbreviation is named any of its ways: облдержадміністрація, обласна
          // державна адміністрація, ОДА.)
          case let kind = patterns.abbreviatedBodies?.first(where: { $0.value.contains { phrase.contains($0) } }),
          // (Its complement after it too, as the name ends: "обласного управління лісового та
          // мисливського господарства".)
          case let rest = (t + 1..<min(sentence.tokenRange.upperBound, t + 7)).prefix { k in
            doc.tokens[k].kind == .word && !doc.tokens[k].isCapitalized && !doc.tokens[k].isAllCaps && mentionAt[k] == nil
          }.map { doc.tokens[$0].text.lowercasedFast() },
          case let ofKind = { (b: (id: String, name: String)) in
            Self.endsIn(b.name.lowercasedFast(), phrase, continuedBy: rest) || kind.map { Self.isOfKind(b.name, abbreviation: $0.key, words: $0.value) } ?? false
          },
          // (Named so far, else anywhere in the document when none is yet: "депутатки міськради
          // X" before "Херсонської міськради".)
          let body = onlyBody(bodies, where: ofKind) ?? (bodies.contains(where: ofKind) ? nil : onlyBody(documentBodies, where: ofKind))
        else { continue }
        standIn(t, label: "ORG", type: graph.entities[body.id]?.type ?? "GovernmentOrganization", for: body)
      }
      // "заявила прем'єр-міністр країни X": the country's noun right after a post, with no name
      // after it, is the state named last (earlier in the sentence, else before).
      for t in sentence.tokenRange where t > sentence.tokenRange.lowerBound && mentionAt[t] == nil
        && doc.tokens[t].text.lowercasedFast() == "країни" && titleAt(lemmas[t - 1]) != nil
      {
        if hasOwnName(after: t) { continue }
        let here = mentions.prefix(named).last { m in m.0.tokenRange.upperBound <= t && graph.entities[m.1]?.type == "Country" }
        guard let state = here.map({ (id: $0.1, name: graph.entities[$0.1]?.name ?? $0.1) }) ?? lastState else { continue }
        standIn(t, label: "LOC", type: "Country", for: state)
      }
      // "Генеральний директор компанії": a company's noun with no name of its own after it, in
      // the singular and with no adjective of its own before it, is the company just named.
      for t in sentence.tokenRange where mentionAt[t] == nil && !(lemmas[t] ?? []).isDisjoint(with: patterns.companyAnaphors) {
        // The company named last before it: earlier in this sentence, else before.
        let here = mentions.prefix(named).last { m in
          m.0.tokenRange.upperBound <= t && (Self.companyTypes.contains(m.0.type) || Self.companyTypes.contains(graph.entities[m.1]?.type ?? ""))
        }
        guard let company = here.map({ (id: $0.1, name: graph.entities[$0.1]?.name ?? $0.1) }) ?? lastCompany else { continue }
        let form = doc.tokens[t].text.lowercasedFast()
        if ["ій", "ів", "ям", "ями", "ях", "ами", "ах"].contains(where: { form.hasSuffix($0) }) { continue }
        // The genitive plural with no ending (фірм of фірма).
        if (lemmas[t] ?? []).intersection(patterns.companyAnaphors).contains(where: { $0.count > form.count && $0.hasPrefix(form) }) { continue }
        // A name after it is its own, unless a person's ("директор компанії Ігор Петренко").
        if hasOwnName(after: t) { continue }
        if t > sentence.tokenRange.lowerBound, case let before = doc.tokens[t - 1], before.kind == .word, !before.isCapitalized,
          !["цієї", "ця", "цю", "цією", "цього", "цей", "цьому", "цим", "тієї", "того"].contains(before.text.lowercasedFast()),
          lemmatizer.isAdjective(before.text)
        { continue }
        standIn(t, label: "ORG", type: "Corporation", for: company)
      }
      // "компанії «Совкомфлот» та її генерального директора": a possessive before a post stands
      // for the body named last before it in the sentence (not when a person was: "її радник").
      for t in sentence.tokenRange where mentionAt[t] == nil && isPossessive(doc.tokens[t], lemmas: lemmas[t]) {
        guard (t + 1..<min(sentence.tokenRange.upperBound, t + 3)).contains(where: { titleAt(lemmas[$0]) != nil || lemmas[$0]?.contains("дочірній") == true }),
          let body = mentions.prefix(named).last(where: { $0.0.tokenRange.upperBound <= t }), body.0.label != "PERS",
          // Not a town where something is ("Фірма прописана в Києві, але її власником").
          !["City", "Place"].contains(graph.entities[body.1]?.type ?? ""),
          // After a preposition, only a body right before ("з ТзОВ «X» в особі його директора").
          body.0.tokenRange.lowerBound == 0 || !Token.prepositions.contains(doc.tokens[body.0.tokenRange.lowerBound - 1].text.lowercasedFast())
            || body.0.label == "ORG" && t - body.0.tokenRange.upperBound <= 3
        else { continue }
        standIn(t, label: body.0.label, type: graph.entities[body.1]?.type ?? "Organization", for: (body.1, graph.entities[body.1]?.name ?? body.1))
      }
      // A title standing alone ("Президент заявив") is the person the document gave it to.
      var sentenceTags: [String]?
      for t in sentence.tokenRange where mentionAt[t] == nil && doc.tokens[t].kind == .word {
        guard let lemma = (lemmas[t] ?? []).first(where: { holders[$0] != nil }), let holder = holders[lemma] else { continue }
        // A title in the plural ("депутати від «Y»") stands for no one person: the tagger's
        // number, from the parse where the sentence was parsed ahead.
        if syntax != nil, case let w = t - sentence.tokenRange.lowerBound {
          if sentenceTags == nil {
            sentenceTags = parsed[si]?.map(\.tag) ?? syntax?.tagger.tag(doc.tokens[sentence.tokenRange].map(\.text)).map(\.tag)
          }
          if let tags = sentenceTags, tags.indices.contains(w), tags[w].split(separator: ":").contains("p") { continue }
        }
        let next = t + 1 < sentence.tokenRange.upperBound ? doc.tokens[t + 1] : nil
        if let next, next.isCapitalized || next.isAllCaps || mentionAt[t + 1] != nil { continue }
        if let next, next.kind == .word, countryAdjectiveLemma(lemmas[t + 1] ?? []) { continue }
        // A person named past the post's lower-case words holds it ("міністра енергетики X").
        var k = t + 1
        while k < min(sentence.tokenRange.upperBound, t + 5), mentionAt[k] == nil, doc.tokens[k].kind == .word, !doc.tokens[k].isCapitalized { k += 1 }
        if k < sentence.tokenRange.upperBound, let mi = mentionAt[k], mentions[mi].0.label == "PERS" { continue }
        standIn(t, label: "PERS", type: "Person", for: holder)
      }
      for (_, id) in mentions.prefix(named) {
        guard let e = graph.entities[id] else { continue }
        if e.type == "GovernmentOrganization" { lastBody = (id, e.name) }
        if Self.family(e.type) == "org" { bodies.append((id, e.name)) }
        if e.type == "Country" {
          statesNamed.insert(id)
          lastState = (id, e.name)
        }
        if Self.companyTypes.contains(e.type) { lastCompany = (id, e.name) }
      }
      let ctx = Context(
        doc: doc, sentence: sentence, lemmas: lemmas, mentionAt: mentionAt, mentions: mentions,
        dates: dates.dates(in: doc.tokens[sentence.tokenRange]), notes: notes, docMentions: mentionsOf[si], namedEntries: namedEntries, citiesNamed: citiesNamed)
      // Bodies' states first: a post with a field only reads them ("Верховна Рада України
      // призначила міністром оборони X").
      stateBodies(ctx, &graph, bodiesByName: bodiesByName, bodiesByAcronym: bodiesByAcronym)
      titles(ctx, &graph, holders: &holders, bodies: bodies, statesNamed: statesNamed, bodiesByName: bodiesByName)
      deputyOfHolder(ctx, &graph)
      headedBy(ctx, &graph)
      demonyms(ctx, &graph)
      verbFrames(ctx, &graph, agents: &agents)
      undergoerFrames(ctx, &graph, agents: agents)
      passiveFrames(ctx, &graph)
      talksNouns(ctx, &graph)
      talksOfPair(ctx, &graph)
      nounFrames(ctx, &graph)
      association(ctx, &graph)
      agreementBetween(ctx, &graph)
      ownedCompanies(ctx, &graph)
      partyMemberships(ctx, &graph)
      partyFirstMemberships(ctx, &graph, bodies: &memberBodies)
      bracketedPlaces(ctx, &graph, sentence: si, listed: &listedPost)
      let tree = syntaxTree(ctx, graph, parsed: parsed[si])
      treeFrames(ctx, tree, &graph)
      treeTitles(ctx, tree, &graph)
      treeAgents(ctx, tree, &graph)
      treeOwners(ctx, tree, &graph)
      personFromBody(ctx, tree, &graph)
      treeEventNouns(ctx, tree, &graph)
      events(ctx, &graph)
    }
    knownAffiliations(doc, entityIDs: entityIDs, &graph)
  }

  // MARK: - Helpers

  /// Whether a body's name is of the kind an abbreviation stands for (`abbreviatedBodies`): it
  /// ends in the abbreviation or holds one of the full name's words.
  static func isOfKind(_ name: String, abbreviation: String, words: [String]) -> Bool {
    if name.hasSuffix(" " + abbreviation) { return true }
    let lower = name.lowercasedFast()
    return words.contains { lower.contains($0) }
  }

  /// Whether a body's lower-cased name ends in `phrase`, or in `phrase` and the first words of
  /// `rest`, the words that follow it in the text.
  static func endsIn(_ name: String, _ phrase: String, continuedBy rest: [String]) -> Bool {
    if name.hasSuffix(" " + phrase) { return true }
    let padded = " " + name
    guard let r = padded.range(of: " " + phrase + " ", options: .backwards) else { return false }
    let tail = padded[r.upperBound...].split(separator: " ").map(String.init)
    return !tail.isEmpty && tail.count <= rest.count && Array(rest.prefix(tail.count)) == tail
  }

  /// The one body (by id) of those named so far that `matches`; nil for none or several.
  func onlyBody(_ bodies: [(id: String, name: String)], where matches: ((id: String, name: String)) -> Bool) -> (id: String, name: String)? {
    let found = bodies.filter(matches)
    guard let first = found.first, found.allSatisfy({ $0.id == first.id }) else { return nil }
    return first
  }

  /// A possessive ("її", "їхнього"): its lemmas, which hold the form, are looked at first, so
  /// that no other word is lowered again.
  func isPossessive(_ token: Token, lemmas: Set<String>?) -> Bool {
    guard let lemmas, !lemmas.isDisjoint(with: patterns.possessives) else { return false }
    return patterns.possessives.contains(token.text.lowercasedFast())
  }

  func countryAdjectiveLemma(_ lemmas: Set<String>) -> Bool {
    lemmas.contains { gazetteer.country(forAdjective: $0) != nil }
  }

  func has(_ ctx: Context, _ t: Int, _ words: [String]) -> Bool {
    guard let l = ctx.lemmas[t] else { return false }
    return words.contains { l.contains($0) }
  }

  func isBreak(_ ctx: Context, _ t: Int) -> Bool {
    let text = ctx.doc.tokens[t].text.lowercasedFast()
    return breaks.contains(text)
  }

  func entityType(_ id: String, _ graph: KnowledgeGraph) -> String { graph.entities[id]?.type ?? "Thing" }

  func isVerb(_ ctx: Context, _ t: Int) -> Bool {
    let tok = ctx.doc.tokens[t]
    guard tok.kind == .word, !tok.isCapitalized, let l = ctx.lemmas[t] else { return false }
    // The lemma set always holds the form itself, so a verb is a form whose other lemmas are
    // all infinitives (звільнив -> звільнити; not справ -> справа, справити), or an infinitive
    // that is its only lemma (кошти has "кошт" beside it and is no verb).
    let form = tok.text.lowercasedFast()
    let others = l.subtracting([form])
    return others.isEmpty ? Lemmatizer.isInfinitive(form) : others.allSatisfy(Lemmatizer.isInfinitive)
  }

  func isPreposition(_ ctx: Context, _ t: Int) -> Bool { Token.prepositions.contains(ctx.doc.tokens[t].text.lowercasedFast()) }

  /// The entity a mention stands for in a slot: a capital city used for its state
  /// ("Мінськ" for Belarus) is mapped to the state, and the note says so.
  func slotEntity(_ ctx: Context, _ mi: Int, allowed: [String], _ graph: inout KnowledgeGraph) -> (String, String?)? {
    let (m, id) = ctx.mentions[mi]
    let type = entityType(id, graph)
    if fits(type, allowed) { return (id, ctx.notes[mi]) }
    if type == "City", let code = m.known?.country ?? gazetteer.capitals[Gazetteer.normalize(m.lemma)],
      gazetteer.capitals[Gazetteer.normalize(m.known?.uk ?? m.lemma)] == code, fits("Country", allowed),
      let country = gazetteer.countries[code]
    {
      let cid = ensureEntity(country, mentionText: m.text, ctx: ctx, start: m.scalarStart, end: m.scalarEnd, mentioned: false, &graph)
      return (cid, "capital \(m.text) stands for its state")
    }
    return nil
  }

  /// The node for a world-knowledge entry, created if the graph has none yet.
  func knownEntry(_ words: [String]) -> Gazetteer.Entry? { gazetteer.match(words, lemmatizer: lemmatizer)?.entry }

  /// With `mentioned` false the text names something else that stands for the entry (a capital
  /// for its state, a body for its state): the node is found or made, but takes neither a
  /// mention nor a name from that text. A surface form is never an alias: aliases are names.
  func ensureEntity(
    _ entry: Gazetteer.Entry, mentionText: String, ctx: Context, start: Int, end: Int, mentioned: Bool = true, _ graph: inout KnowledgeGraph
  ) -> String {
    let fam = Self.family(entry.type)
    let name = Gazetteer.normalize(entry.uk)
    func named(_ e: KnowledgeGraph.Entity) -> Bool { Self.family(e.type) == fam && Gazetteer.normalize(e.name) == name }
    // The node found last time, if this graph still has it; else a scan of the graph, which
    // takes the smallest id of those named so (the same in every process, whatever order the
    // dictionary keeps).
    let cacheKey = fam + "|" + name
    cacheLock.lock()
    let rememberedID = entryNodes[cacheKey]
    cacheLock.unlock()
    let remembered = rememberedID.flatMap { graph.entities[$0] }.flatMap { named($0) ? $0 : nil }
    let existing = remembered ?? graph.entities.values.filter(named).min { $0.id < $1.id }
    let id = existing?.id ?? EntityResolver.entityID(family: fam, name: entry.en)
    cacheLock.lock()
    entryNodes[cacheKey] = id
    cacheLock.unlock()
    let mention = KnowledgeGraph.Mention(
      document: ctx.doc.source.id, text: mentionText, scalarStart: start, scalarEnd: end,
      sentence: ctx.doc.text.slice(ctx.sentence.scalarStart, ctx.sentence.scalarEnd))
    if var e = graph.entities.removeValue(forKey: id) {
      if mentioned { e.addMention(mention) }
      graph.entities[id] = e
    } else {
      graph.entities[id] = .init(
        id: id, type: entry.type, name: entry.uk, latinName: KMU2010.transliterate(entry.uk), englishName: entry.en,
        aliases: Array(Set(entry.aliases).subtracting([entry.uk])).sorted(), mentions: mentioned ? [mention] : [])
    }
    return id
  }

  /// A country named by an adjective at token t (білоруської, американськими).
  func countryAdjective(_ ctx: Context, _ t: Int, _ graph: inout KnowledgeGraph) -> String? {
    let tok = ctx.doc.tokens[t]
    guard tok.kind == .word, ctx.mentionAt[t] == nil else { return nil }
    for l in (ctx.lemmas[t] ?? []).sorted() {
      if let c = gazetteer.country(forAdjective: l) {
        return ensureEntity(c, mentionText: tok.text, ctx: ctx, start: tok.scalarStart, end: tok.scalarEnd, &graph)
      }
    }
    for a in lemmatizer.analyses(tok.text.lowercasedFast()).prefix(3) {
      if let c = gazetteer.country(forAdjective: a.lemma) {
        return ensureEntity(c, mentionText: tok.text, ctx: ctx, start: tok.scalarStart, end: tok.scalarEnd, &graph)
      }
    }
    return nil
  }

  /// Nominative subject to the left of token t: the nearest fitting mention in the clause,
  /// or in the main clause when t's clause is reported speech ("..., що провела").
  func subject(_ ctx: Context, before t: Int, allowed: [String], _ graph: inout KnowledgeGraph) -> (Int, String, String?)? {
    // "коли той очолював": "той" is the person named last; "він", "вона" are not guessed at.
    if t - 1 >= ctx.range.lowerBound, case let before = ctx.doc.tokens[t - 1].text.lowercasedFast(), ["той", "він", "вона", "вони"].contains(before) {
      guard before == "той",
        let mi = (ctx.range.lowerBound..<(t - 1)).reversed().compactMap({ ctx.mentionAt[$0] }).first(where: { entityType(ctx.mentions[$0].entity, graph) == "Person" })
      else { return nil }
      return slotEntity(ctx, mi, allowed: allowed, &graph).map { (mi, $0.0, $0.1) }
    }
    // "Михайла Попшоя, який очолив ...": the relative pronoun's antecedent, in whatever case.
    // An adverb may stand between ("який раніше очолював").
    var r = t - 1
    while r > t - 3, r > ctx.range.lowerBound, ctx.mentionAt[r] == nil, !patterns.subjectRelatives.contains(ctx.doc.tokens[r].text.lowercasedFast()),
      isCommonWord(ctx, r)
    {
      r -= 1
    }
    if r - 2 >= ctx.range.lowerBound, patterns.subjectRelatives.contains(ctx.doc.tokens[r].text.lowercasedFast()),
      ctx.doc.tokens[r - 1].text == ",", let mi = ctx.mentionAt[r - 2]
    {
      return slotEntity(ctx, mi, allowed: allowed, &graph).map { (mi, $0.0, $0.1) }
    }
    var k = t - 1
    var crossedClause = false
    // A name right after another verb is that verb's object ("відвідав Київ і зустрівся з"):
    // inanimate accusatives look nominative, so it is kept only if no subject precedes it.
    var objectOfVerb: (Int, String, String?)?
    while k >= ctx.range.lowerBound {
      let text = ctx.doc.tokens[k].text.lowercasedFast()
      // A verb in parentheses has its subject inside them or after them, not before.
      if text == ";" || text == "(" { break }
      if isBreak(ctx, k) && ctx.mentionAt[k] == nil { crossedClause = true }
      if let mi = ctx.mentionAt[k] {
        let m = ctx.mentions[mi].mention
        // "Уряд Японії запровадив": a state body named by a common noun acts for its state.
        let start = m.tokenRange.lowerBound
        if start > ctx.range.lowerBound, entityType(ctx.mentions[mi].entity, graph) == "Country", fits("Country", allowed),
          let head = ctx.lemmas[start - 1], !head.isDisjoint(with: gazetteer.governmentHeads),
          ctx.doc.tokens[start - 1].kind == .word, ctx.mentionAt[start - 1] == nil,
          head.contains(ctx.doc.tokens[start - 1].text.lowercasedFast()), !governedByPreposition(ctx, m),
          !(start - 1 > ctx.range.lowerBound && isPreposition(ctx, start - 2))
        {
          return (mi, ctx.mentions[mi].entity, "\(ctx.doc.tokens[start - 1].text) \(m.text) acts for its state")
        }
        if isNominative(m) && !governedByPreposition(ctx, m), let (id, note) = slotEntity(ctx, mi, allowed: allowed, &graph) {
          // Relative clauses ("..., який X") take their own subject only.
          _ = crossedClause
          if start > ctx.range.lowerBound, isVerb(ctx, start - 1) {
            if objectOfVerb == nil { objectOfVerb = (mi, id, note) }
          } else {
            return (mi, id, note)
          }
        }
        k = m.tokenRange.lowerBound - 1
        continue
      }
      k -= 1
    }
    return objectOfVerb
  }

  /// The object after a preposition at p: the first fitting mention; through a title
  /// ("зі спеціальним посланцем ... Кітом Келлогом") the person it names; else a country adjective.
  func object(
    _ ctx: Context, afterPreposition p: Int, allowed: [String], bodiesModified: Bool = false, _ graph: inout KnowledgeGraph
  ) -> [(Int?, String, String?)] {
    var k = p + 1
    var sawTitle = false
    var found: [(Int?, String, String?)] = []
    var adjectiveCountry: String?
    // A noun of the slot's own (громадян, осіб) before any name: places after it are its modifiers.
    var sawNoun = false
    var limit = min(ctx.range.upperBound, p + 14)
    while k < limit {
      let tok = ctx.doc.tokens[k]
      // "проти 15 російських банків, зокрема Сбербанку та ВТБ": the named ones are the objects.
      if tok.text == ",", let n = inclusion(ctx, at: k + 1) {
        k = n
        sawNoun = false
        limit = min(ctx.range.upperBound, n + 10)
        continue
      }
      // "проти осіб, які дестабілізують Молдову, зокрема проти X": past a relative clause on
      // the unnamed object, the named members.
      if tok.text == ",", found.isEmpty, k + 1 < ctx.range.upperBound, patterns.subjectRelatives.contains(ctx.doc.tokens[k + 1].text.lowercasedFast()),
        let close = (k + 2..<min(ctx.range.upperBound, k + 14)).first(where: { ctx.doc.tokens[$0].text == "," }),
        let n = inclusion(ctx, at: close + 1)
      {
        k = n < ctx.range.upperBound && isPreposition(ctx, n) ? n + 1 : n
        sawNoun = false
        limit = min(ctx.range.upperBound, k + 10)
        continue
      }
      // "проти 20 танкерів, компанії «Совкомфлот» та ...": past an unnamed first object, a
      // list goes on with a named body or with a name the list continues after.
      if tok.text == ",", found.isEmpty, let n = namedConjunct(ctx, afterComma: k, limit: limit) {
        k = n
        continue
      }
      if tok.text == "," || tok.text == ";" || tok.text == "." { break }
      if (ctx.lemmas[k] ?? []).contains(where: { titleIndex[$0] != nil }) && ctx.mentionAt[k] == nil { sawTitle = true }
      if let mi = ctx.mentionAt[k] {
        let m = ctx.mentions[mi].mention
        let type = entityType(ctx.mentions[mi].entity, graph)
        let isPerson = type == "Person"
        // "щодо п'яти громадян Ірану": a place after a noun of the slot's own says whose they are.
        // For membership a body too ("приєдналася до пакета санкцій ЄС" is no joining the EU).
        let modifier = sawNoun && (["Country", "City", "Place"].contains(type) || bodiesModified && !isPerson)
        if (!sawTitle || isPerson), !modifier, let (id, note) = slotEntity(ctx, mi, allowed: allowed, &graph) {
          found.append((mi, id, note))
          // Coordinated objects: "з Дерипаскою та компанією «Русал»".
          var j = m.tokenRange.upperBound
          while j < limit && ctx.doc.tokens[j].kind == .quote { j += 1 }
          // A list goes on through commas too: "проти Росії, Білорусі та Ірану".
          // The next name must follow the comma at once, but for a quote and the kind of
          // body it is ("«Лукойл», банк «Альфа-Банк»").
          func listed(_ j: Int) -> Bool {
            guard ctx.doc.tokens[j].text == ",", j + 1 < limit else { return false }
            var n = j + 1
            if ctx.mentionAt[n] == nil, !(ctx.lemmas[n] ?? []).isDisjoint(with: gazetteer.genericNouns) { n += 1 }
            if n < limit, ctx.doc.tokens[n].kind == .quote { n += 1 }
            return n < limit && ctx.mentionAt[n] != nil
          }
          while j < limit, has(ctx, j, patterns.coordinators) || listed(j) {
            var n = j + 1
            // "та міністра енергетики Росії Сергія Цивільова": after a title, its body and
            // state are part of the post; the person who holds it is the object.
            var titled = false
            func skip(_ n: Int) -> Bool {
              // A possessive standing for a body is a word of the post ("та її директора X").
              if ctx.doc.tokens[n].kind == .quote { return n - j < 8 }
              if ctx.mentionAt[n] == nil || isPossessive(ctx.doc.tokens[n], lemmas: ctx.lemmas[n]) {
                if (ctx.lemmas[n] ?? []).contains(where: { titleIndex[$0] != nil }) { titled = true }
                return n - j < (titled ? 8 : 4)
              }
              return titled && entityType(ctx.mentions[ctx.mentionAt[n]!].entity, graph) != "Person" && n - j < 8
            }
            while n < min(ctx.range.upperBound, j + 9) && ctx.doc.tokens[n].kind != .punctuation && skip(n) { n += 1 }
            guard n < ctx.range.upperBound, let mj = ctx.mentionAt[n], let (id2, note2) = slotEntity(ctx, mj, allowed: allowed, &graph) else { break }
            found.append((mj, id2, note2))
            j = ctx.mentions[mj].mention.tokenRange.upperBound
            while j < limit && ctx.doc.tokens[j].kind == .quote { j += 1 }
          }
          return found
        }
        k = m.tokenRange.upperBound
        continue
      }
      if adjectiveCountry == nil, fits("Country", allowed), let c = countryAdjective(ctx, k, &graph) { adjectiveCountry = c }
      if isVerb(ctx, k) { break }
      if !sawNoun, ctx.mentionAt[k] == nil, isPlainNoun(ctx, k) { sawNoun = true }
      k += 1
    }
    if let c = adjectiveCountry, !sawNoun { return [(nil, c, "country adjective")] }
    return []
  }

  /// A lower-case noun that is neither a post, a body's kind (уряду, банків, компанії) nor an
  /// adjective: "громадян", "осіб".
  func isPlainNoun(_ ctx: Context, _ k: Int) -> Bool {
    let tok = ctx.doc.tokens[k]
    guard tok.kind == .word, !tok.isCapitalized, !tok.isAllCaps, tok.text.count > 2, !isPreposition(ctx, k),
      !patterns.coordinators.contains(tok.text.lowercasedFast()), titleAt(ctx, k) == nil
    else { return false }
    let lemmas = ctx.lemmas[k] ?? []
    if !lemmas.isDisjoint(with: gazetteer.institutionNouns) || !lemmas.isDisjoint(with: gazetteer.genericNouns) { return false }
    let first = lemmatizer.analyses(tok.text.lowercasedFast()).first
    return first.map { !$0.isAdjective && $0.score >= 4 } ?? false
  }

  /// Where a named conjunct starts after the comma at j: the kind of body and its name in
  /// quotes ("компанії «Совкомфлот»"), or a name that another conjunction or the sentence's
  /// end follows ("Ірану та ..."); not a new clause's subject ("Кремль назвав ...").
  func namedConjunct(_ ctx: Context, afterComma j: Int, limit: Int) -> Int? {
    var n = j + 1
    var generic = false
    if n < limit, ctx.mentionAt[n] == nil, !(ctx.lemmas[n] ?? []).isDisjoint(with: gazetteer.genericNouns) { n += 1; generic = true }
    var quoted = false
    if n < limit, ctx.doc.tokens[n].kind == .quote { n += 1; quoted = true }
    guard n < limit, let mi = ctx.mentionAt[n] else { return nil }
    if generic && quoted { return n }
    var after = ctx.mentions[mi].mention.tokenRange.upperBound
    while after < ctx.range.upperBound && ctx.doc.tokens[after].kind == .quote { after += 1 }
    guard after < ctx.range.upperBound else { return n }
    let next = ctx.doc.tokens[after].text
    return next == "," || next == "." || has(ctx, after, patterns.coordinators) ? n : nil
  }

  /// The token after an inclusion word or phrase that starts at t (зокрема, у тому числі), if one does.
  func inclusion(_ ctx: Context, at t: Int) -> Int? {
    for phrase in patterns.inclusions {
      let words = phrase.split(separator: " ")
      guard t + words.count <= ctx.range.upperBound else { continue }
      if words.indices.allSatisfy({ ctx.doc.tokens[t + $0].text.lowercasedFast() == words[$0] }) { return t + words.count }
    }
    return nil
  }

  /// Whether a preposition governs the mention: "для НАТО", "у своїй мережі X".
  func governedByPreposition(_ ctx: Context, _ m: Mention) -> Bool {
    var k = m.tokenRange.lowerBound - 1
    var steps = 0
    while k >= ctx.range.lowerBound && steps < 4 {
      if isPreposition(ctx, k) { return true }
      let tok = ctx.doc.tokens[k]
      if tok.kind != .word || tok.isCapitalized || ctx.mentionAt[k] != nil || isVerb(ctx, k) { return false }
      k -= 1
      steps += 1
    }
    return false
  }

  func modal(_ ctx: Context, near t: Int) -> Bool {
    let from = max(ctx.range.lowerBound, t - 5)
    let to = min(ctx.range.upperBound, t + 4)
    return (from..<to).contains { has(ctx, $0, patterns.modality) }
  }

  func negated(_ ctx: Context, _ t: Int) -> Bool {
    t > ctx.range.lowerBound && patterns.negations.contains(ctx.doc.tokens[t - 1].text.lowercasedFast())
  }

  func evidence(_ ctx: Context, from a: Int, to b: Int, trigger: String, note: String?) -> KnowledgeGraph.Evidence {
    let lo = max(ctx.range.lowerBound, min(a, b)), hi = min(ctx.range.upperBound - 1, max(a, b))
    return KnowledgeGraph.Evidence(
      document: ctx.doc.source.id, sentence: ctx.doc.text.slice(ctx.sentence.scalarStart, ctx.sentence.scalarEnd),
      scalarStart: ctx.doc.tokens[lo].scalarStart, scalarEnd: ctx.doc.tokens[hi].scalarEnd, trigger: trigger,
      dates: ctx.dates.map(\.1), note: note)
  }

  func add(_ graph: inout KnowledgeGraph, _ s: String, _ p: String, _ o: String, stance: String? = nil, hedged: Bool = false, _ e: KnowledgeGraph.Evidence) {
    guard s != o, let info = patterns.types[p] else { return }
    graph.add(subject: s, predicate: p, object: o, stance: stance, hedged: hedged, evidence: e, symmetric: info.symmetric)
  }

  func triggerText(_ ctx: Context, _ ts: Int...) -> String {
    ts.filter { ctx.range.contains($0) }.map { ctx.doc.tokens[$0].text }.joined(separator: " ")
  }
}

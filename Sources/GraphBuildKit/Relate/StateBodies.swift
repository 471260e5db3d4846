import Foundation

extension RelationExtractor {
  func headLemmas(_ m: Mention, _ ctx: Context) -> Set<String> { tokenLemmas(ctx.doc.tokens[m.tokenRange.lowerBound]) }

  /// A name between an opening and a closing quote.
  func quoted(_ m: Mention, _ ctx: Context) -> Bool {
    let before = m.tokenRange.lowerBound - 1
    let after = m.tokenRange.upperBound
    return before >= 0 && after < ctx.doc.tokens.count && ["«", "„"].contains(ctx.doc.tokens[before].text) && ["»", "“"].contains(ctx.doc.tokens[after].text)
  }

  /// Whether a body's name, or the word before it, gives a private legal form ("ТОВ «X»",
  /// "ITPS (Netherlands) B. V.": the letters of a dotted form are read together, BV).
  func privateBody(_ m: Mention, _ ctx: Context) -> Bool {
    let forms = gazetteer.privateForms
    guard !forms.isEmpty else { return false }
    var words = ctx.doc.tokens[m.tokenRange].filter { $0.kind == .word }.map { $0.text.lowercasedFast() }
    var before = m.tokenRange.lowerBound - 1
    if before >= 0, ctx.doc.tokens[before].kind == .quote { before -= 1 }
    if before >= 0 { words.insert(ctx.doc.tokens[before].text.lowercasedFast(), at: 0) }
    return words.contains { forms.contains($0) } || forms.contains(words.suffix(2).joined())
  }

  /// Organisations of a state: "Державний департамент США" (partOf), "посольство Японії у
  /// Києві" (a node of its own, partOf the state, locatedIn the city).
  func stateBodies(_ ctx: Context, _ graph: inout KnowledgeGraph, bodiesByName: [String: String] = [:], bodiesByAcronym: [String: Set<String>] = [:]) {
    let partOf = patterns.types["partOf"]?.object ?? ["Country"]
    // A named organisation followed by (or ending in) a country.
    for (mi, pair) in ctx.mentions.enumerated() {
      let (m, id) = pair
      guard Self.family(entityType(id, graph)) == "org" else { continue }
      let next = m.tokenRange.upperBound
      if next < ctx.range.upperBound, let nmi = ctx.mentionAt[next], nmi != mi,
        entityType(ctx.mentions[nmi].entity, graph) == "Country"
      {
        let ev = evidence(ctx, from: m.tokenRange.lowerBound, to: ctx.mentions[nmi].mention.tokenRange.upperBound - 1, trigger: m.text, note: nil)
        add(&graph, id, "partOf", ctx.mentions[nmi].entity, ev)
      } else if m.tokenRange.count > 1, !privateBody(m, ctx),
        // A name in Latin letters holds a state's name as one of its words ("Free Russia Foundation").
        !ctx.doc.tokens[m.tokenRange].allSatisfy({ $0.kind != .word || $0.text.unicodeScalars.allSatisfy(\.isASCII) })
      {
        // In quotes, only a state in the genitive is a parent («Нафтогаз України»), not one
        // the name is made of («Суверенна європейська Україна», «ІНГО Україна»).
        let nameOnly = quoted(m, ctx) && headLemmas(m, ctx).isDisjoint(with: gazetteer.institutionNouns)
        // The name holds its parent: "Міністерство фінансів США", "Рада Європейського Союзу",
        // "Посольство Японії у Києві" (and there the city it sits in).
        var parentFound = false
        // A body's remit names no parent of it ("Комітет з питань Європейського Союзу"); the body
        // after "при" is its only parent, where the document or world knowledge names it ("Група
        // радників при Кабінеті Міністрів України", "Комітет ... при Президенті України": not
        // Україна's own, as the dev set's readers judge); a mission's parent is the state that
        // sends it ("Представництво України при ЄС").
        var cutsEnd = m.tokenRange.upperBound
        if let p = ExtendBodyNameThroughItsRemit.remitStart(ctx.doc.tokens, in: m.tokenRange) {
          if ctx.doc.tokens[p].text != "при" {
            cutsEnd = p
          } else if headLemmas(m, ctx).isDisjoint(with: patterns.locatedHeads), p + 1 < m.tokenRange.upperBound {
            let words = ctx.doc.tokens[(p + 1)..<m.tokenRange.upperBound].map(\.text)
            var named = [words.joined(separator: " "), lemmatizer.lemmatizeName(words, isPerson: false)].lazy.compactMap { bodiesByName[Gazetteer.normalize($0)] }.first
            if named == nil, words.count <= 4, let entry = knownEntry(words), Self.family(entry.type) == "org" {
              let first = ctx.doc.tokens[p + 1], last = ctx.doc.tokens[m.tokenRange.upperBound - 1]
              named = ensureEntity(entry, mentionText: ctx.doc.text.slice(first.scalarStart, last.scalarEnd), ctx: ctx, start: first.scalarStart, end: last.scalarEnd, &graph)
            }
            if let pid = named, pid != id {
              add(&graph, id, "partOf", pid, evidence(ctx, from: m.tokenRange.lowerBound, to: m.tokenRange.upperBound - 1, trigger: m.text, note: nil))
            }
            parentFound = true
          }
        }
        // Of the bodies a name holds, the last is the parent ("Департамент Європейського Союзу МЗС
        // України": the ministry's, not the EU's); a state is the parent only where no body is.
        var parent: (cut: Int, isBody: Bool, choice: ParentChoice)?
        func replaces(_ isBody: Bool, at cut: Int) -> Bool {
          guard let held = parent else { return !parentFound }
          return held.isBody && isBody && cut > held.cut
        }
        for cut in (m.tokenRange.lowerBound + 1)..<cutsEnd {
          let first = ctx.doc.tokens[cut]
          guard first.isCapitalized || first.isAllCaps else { continue }
          let afterIn = ["у", "в"].contains(ctx.doc.tokens[cut - 1].text.lowercasedFast())
          for end in stride(from: min(m.tokenRange.upperBound, cut + 4), to: cut, by: -1) {
            let part = ctx.doc.tokens[cut..<end]
            guard let entry = knownEntry(part.map(\.text)), Gazetteer.normalize(entry.uk) != Gazetteer.normalize(m.lemma),
              !nameOnly || Gazetteer.normalize(part.map(\.text).joined(separator: " ")) != Gazetteer.normalize(entry.uk)
            else { continue }
            let text = ctx.doc.text.slice(first.scalarStart, part.last!.scalarEnd)
            if afterIn, entry.type == "City", !headLemmas(m, ctx).isDisjoint(with: patterns.locatedHeads) {
              let cid = ensureEntity(entry, mentionText: text, ctx: ctx, start: first.scalarStart, end: part.last!.scalarEnd, &graph)
              add(&graph, id, "locatedIn", cid, evidence(ctx, from: m.tokenRange.lowerBound, to: m.tokenRange.upperBound - 1, trigger: m.text, note: nil))
            } else if !afterIn, replaces(entry.type != "Country", at: cut), entry.type == "Country" || Self.family(entry.type) == "org", fits(entry.type, partOf),
              entry.type != "Country" || !nestedBody(m, before: cut, ctx) && headLemmas(m, ctx).isDisjoint(with: patterns.civicHeads ?? [])
            {
              parent = (cut, entry.type != "Country", .known(entry, text: text, start: first.scalarStart, end: part.last!.scalarEnd))
            }
            break
          }
          if parent?.cut != cut, replaces(true, at: cut), let pid = parentBody(m, id, from: cut, ctx, bodiesByName, bodiesByAcronym) {
            parent = (cut, true, .named(pid))
          }
        }
        if let (_, _, choice) = parent {
          let pid: String
          switch choice {
          case .known(let entry, let text, let start, let end): pid = ensureEntity(entry, mentionText: text, ctx: ctx, start: start, end: end, &graph)
          case .named(let named): pid = named
          }
          if pid != id {
            add(&graph, id, "partOf", pid, evidence(ctx, from: m.tokenRange.lowerBound, to: m.tokenRange.upperBound - 1, trigger: m.text, note: nil))
          }
        }
      }
      // "SIA «X» (Латвія)", "ТОВ «X» (Мирноград, Донецька обл.)": a place in brackets right
      // after a body's name is its seat.
      var close = next
      if close < ctx.range.upperBound, ctx.doc.tokens[close].kind == .quote { close += 1 }
      if close + 2 < ctx.range.upperBound, ctx.doc.tokens[close].text == "(", let pmi = ctx.mentionAt[close + 1], pmi != mi,
        ["City", "Place", "Country"].contains(entityType(ctx.mentions[pmi].entity, graph)),
        case let after = ctx.mentions[pmi].mention.tokenRange.upperBound, after < ctx.range.upperBound,
        [")", ","].contains(ctx.doc.tokens[after].text),
        // The brackets close soon, hold at most a place and its region or share, and name no
        // one and no other body: not a list ("фракції БПП (Арешонков, Ревега, Розенблат)").
        let end = (after..<min(ctx.range.upperBound, after + 8)).first(where: { ctx.doc.tokens[$0].text == ")" }),
        (after..<end).filter({ ctx.doc.tokens[$0].text == "," }).count <= 1,
        !(after..<end).contains(where: { k in ctx.mentionAt[k].map { entityType(ctx.mentions[$0].entity, graph) == "Person" || Self.family(entityType(ctx.mentions[$0].entity, graph)) == "org" } ?? false })
      {
        add(&graph, id, "locatedIn", ctx.mentions[pmi].entity, evidence(ctx, from: m.tokenRange.lowerBound, to: after, trigger: "(", note: nil))
      }
      // "Посольство України у Вашингтоні": a mission is located in the city after it.
      if !headLemmas(m, ctx).isDisjoint(with: patterns.locatedHeads), next + 1 < ctx.range.upperBound,
        ["у", "в"].contains(ctx.doc.tokens[next].text.lowercasedFast()), let cmi = ctx.mentionAt[next + 1],
        ["City", "Place"].contains(entityType(ctx.mentions[cmi].entity, graph))
      {
        add(&graph, id, "locatedIn", ctx.mentions[cmi].entity, evidence(ctx, from: m.tokenRange.lowerBound, to: next + 1, trigger: m.text, note: nil))
      }
    }
    // A state body named by a common noun and a country: "посольство Японії у Києві".
    for t in ctx.range where ctx.mentionAt[t] == nil && ctx.doc.tokens[t].kind == .word {
      let heads = gazetteer.governmentHeads
      guard let headLemma = (ctx.lemmas[t] ?? []).first(where: { heads.contains($0) }),
        t + 1 < ctx.range.upperBound, let cmi = ctx.mentionAt[t + 1],
        entityType(ctx.mentions[cmi].entity, graph) == "Country"
      else { continue }
      let country = ctx.mentions[cmi]
      var end = country.mention.tokenRange.upperBound
      var city: (Int, String)?
      let located = patterns.locatedHeads.contains(headLemma)
      if located, end + 1 < ctx.range.upperBound, ["у", "в"].contains(ctx.doc.tokens[end].text.lowercasedFast()),
        let ymi = ctx.mentionAt[end + 1], ["City", "Place"].contains(entityType(ctx.mentions[ymi].entity, graph))
      {
        city = (ymi, ctx.mentions[ymi].entity)
        end = ctx.mentions[ymi].mention.tokenRange.upperBound
      }
      let start = ctx.doc.tokens[t].scalarStart
      let stop = ctx.doc.tokens[end - 1].scalarEnd
      let surface = ctx.doc.text.slice(start, stop)
      var words = ctx.doc.tokens[t..<end].map(\.text)
      words[0] = headLemma
      let name = words.joined(separator: " ")
      let id = EntityResolver.entityID(family: "org", name: name)
      let mention = KnowledgeGraph.Mention(
        document: ctx.doc.source.id, text: surface, scalarStart: start, scalarEnd: stop,
        sentence: ctx.doc.text.slice(ctx.sentence.scalarStart, ctx.sentence.scalarEnd))
      if var e = graph.entities.removeValue(forKey: id) {
        e.addMention(mention)
        graph.entities[id] = e
      } else {
        graph.entities[id] = .init(
          id: id, type: "GovernmentOrganization", name: name, latinName: KMU2010.transliterate(name), englishName: nil,
          aliases: [], mentions: [mention])
      }
      add(&graph, id, "partOf", country.entity, evidence(ctx, from: t, to: end - 1, trigger: ctx.doc.tokens[t].text, note: nil))
      if let (_, cityID) = city {
        add(&graph, id, "locatedIn", cityID, evidence(ctx, from: t, to: end - 1, trigger: ctx.doc.tokens[t].text, note: nil))
      }
    }
  }

  /// The body a subunit's name ends in, where the document names that body too: "Херсонське
  /// відділення АМКУ" (and "АМКУ"), "Департамент житлово-комунальної інфраструктури КМДА",
  /// "Управління житлового господарства Донецької міськради" (and "Донецька міськрада"). The
  /// name before `cut` must hold a subunit's or a state body's noun (відділення, департамент,
  /// управління), so that a company named after a body ("Клуб друзів АМКУ") is no part of it.
  func parentBody(
    _ m: Mention, _ id: String, from cut: Int, _ ctx: Context, _ bodiesByName: [String: String], _ bodiesByAcronym: [String: Set<String>]
  ) -> String? {
    // After a preposition the tail says where ("Управління СБУ у Чернігівській області"); in
    // quotes it is the body's own name ("Державна служба «Укравтодор»").
    let before = ctx.doc.tokens[cut - 1]
    guard before.kind == .word, !isPreposition(ctx, cut - 1),
      (m.tokenRange.lowerBound..<cut).contains(where: { !tokenLemmas(ctx.doc.tokens[$0]).isDisjoint(with: bodyNouns) })
    else { return nil }
    let all = ctx.doc.tokens[cut..<m.tokenRange.upperBound].map(\.text)
    // A region is where a body works, not its parent ("суд Дніпропетровської області").
    guard tokenLemmas(ctx.doc.tokens[m.tokenRange.upperBound - 1]).isDisjoint(with: gazetteer.placeNounsAfter) else { return nil }
    // The tail, or the tail short of the state that closes it ("МЗС України", the document
    // naming "МЗС").
    for n in stride(from: all.count, to: 0, by: -1) where n == all.count || knownEntry(Array(all[n...]))?.type == "Country" {
      let words = Array(all[..<n])
      for name in [words.joined(separator: " "), lemmatizer.lemmatizeName(words, isPerson: false)] {
        if let pid = bodiesByName[Gazetteer.normalize(name)], pid != id { return pid }
      }
      // An abbreviation of a body the document names in full ("МЗС": Міністерство закордонних справ України).
      if words.count == 1, words[0].count >= 2, words[0] == words[0].uppercased() {
        if let full = bodiesByAcronym[words[0]], full.count == 1, let pid = full.first, pid != id { return pid }
      }
    }
    return nil
  }

  /// A parent a body's name holds: world knowledge's, or a body the document names.
  enum ParentChoice {
    case known(Gazetteer.Entry, text: String, start: Int, end: Int)
    case named(String)
  }

  /// State bodies that world knowledge places in a state (Білий дім, Державний департамент).
  func knownAffiliations(_ doc: AnalyzedDocument, entityIDs: [String?], _ graph: inout KnowledgeGraph) {
    for (mi, m) in doc.mentions.enumerated() {
      guard let id = entityIDs[mi], let k = m.known, let code = k.country, k.type != "City", k.type != "Country",
        let country = gazetteer.countries[code], graph.entities[id] != nil
      else { continue }
      let sentence = doc.sentences[m.sentenceIndex]
      let ctx = Context(doc: doc, sentence: sentence, lemmas: [:], mentionAt: [:], mentions: [], dates: [])
      let cid = ensureEntity(country, mentionText: m.text, ctx: ctx, start: m.scalarStart, end: m.scalarEnd, mentioned: false, &graph)
      add(&graph, id, "partOf", cid, evidence(ctx, from: m.tokenRange.lowerBound, to: m.tokenRange.upperBound - 1, trigger: m.text, note: "world knowledge: \(k.uk) is a body of \(country.uk)"))
    }
  }

  /// Whether a body's name names another body between its head and the word at `cut`
  /// ("Департамент захисту економіки НП України", "Північний офіс Державної аудиторської
  /// служби України"): the state after it is that inner body's, and this one a part of it.
  func nestedBody(_ m: Mention, before cut: Int, _ ctx: Context) -> Bool {
    var bodyWords = 0
    for t in m.tokenRange.lowerBound..<cut {
      let tok = ctx.doc.tokens[t]
      // A preposition opens the head's field, not another body ("агентство з інвестицій та управління").
      if bodyWords > 0, isPreposition(ctx, t) { return false }
      if tok.kind == .word && (tok.isAllCaps && tok.text.count >= 2 || !tokenLemmas(tok).isDisjoint(with: bodyNouns)) { bodyWords += 1 }
    }
    // The first is the name's own head (its service, department or office).
    return bodyWords >= 2
  }

  /// Companies owned: "її дочірнє підприємство «X»" (partOf the body the possessive stands
  /// for), "молдовська державна компанія «X»", "державна компанія Азербайджану X",
  /// "казахстанська національна компанія «X»" (partOf the state).
  func ownedCompanies(_ ctx: Context, _ graph: inout KnowledgeGraph) {
    for t in ctx.range where ctx.mentionAt[t] == nil {
      let lemmas = ctx.lemmas[t] ?? []
      let subsidiary = lemmas.contains("дочірній")
      guard subsidiary || lemmas.contains("державний") || lemmas.contains("національний") else { continue }
      // The company named after its noun, past adjectives, quotes and the state it is from.
      var k = t + 1
      var state: Int?
      var owned: Int?
      var companyNoun = false
      while k < min(ctx.range.upperBound, t + 7) {
        if let mi = ctx.mentionAt[k] {
          let type = entityType(ctx.mentions[mi].entity, graph)
          if type == "Country", state == nil, companyNoun, !subsidiary {
            state = mi
            k = ctx.mentions[mi].mention.tokenRange.upperBound
            continue
          }
          if Self.family(type) == "org" { owned = mi }
          break
        }
        guard ctx.doc.tokens[k].kind == .quote || isCommonWord(ctx, k) else { break }
        if !(ctx.lemmas[k] ?? []).isDisjoint(with: patterns.companyAnaphors) || !(ctx.lemmas[k] ?? []).isDisjoint(with: gazetteer.companyMarkers) {
          companyNoun = true
        }
        k += 1
      }
      guard companyNoun, let omi = owned else { continue }
      let oid = ctx.mentions[omi].entity
      var parent: (String, String?)?
      if subsidiary {
        if t > ctx.range.lowerBound, let pmi = ctx.mentionAt[t - 1], let note = ctx.notes[pmi] { parent = (ctx.mentions[pmi].entity, note) }
      } else if let smi = state {
        parent = (ctx.mentions[smi].entity, nil)
      } else if t > ctx.range.lowerBound, let c = countryAdjective(ctx, t - 1, &graph) {
        parent = (c, "country adjective")
      }
      guard let (pid, note) = parent, pid != oid else { continue }
      let ev = evidence(ctx, from: max(ctx.range.lowerBound, t - 1), to: ctx.mentions[omi].mention.tokenRange.upperBound - 1, trigger: ctx.doc.tokens[t].text, note: note)
      add(&graph, oid, "partOf", pid, ev)
    }
  }
}

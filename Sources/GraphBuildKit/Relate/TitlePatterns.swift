import Foundation

extension RelationExtractor {
  /// The forms of "бути" a post's phrase may follow ("власником був міністр X"); the lemma sets
  /// give these short forms no base form of their own.
  static let beForms: Set<String> = ["є", "був", "була", "було", "були", "буде", "будуть"]

  /// Whether a title word is a nominative or genitive plural: its lemma with -и/-і
  /// (журналісти, депутати) or a form in -ів.
  func isPluralForm(_ ctx: Context, _ t: Int) -> Bool {
    let form = ctx.doc.tokens[t].text.lowercasedFast()
    if form.hasSuffix("ів") { return true }
    return (ctx.lemmas[t] ?? []).contains { l in (form == l + "и" || form == l + "і") && !"аеєиіїоуюяь".contains(l.last ?? "а") }
  }

  /// Whether a title word is an instrumental plural, as a copula's predicate is ("засновниками").
  func isInstrumentalPlural(_ ctx: Context, _ t: Int) -> Bool {
    let form = ctx.doc.tokens[t].text.lowercasedFast()
    return form.hasSuffix("ами") || form.hasSuffix("ями")
  }

  func titleAt(_ ctx: Context, _ t: Int) -> RelationPatterns.Title? {
    guard ctx.mentionAt[t] == nil || ctx.doc.tokens[t].kind == .word else { return nil }
    return titleAt(ctx.lemmas[t])
  }

  /// A title in the plural after "в"/"у" names a post someone goes for, not one held ("висунути
  /// в мери Києва X", "балотується в президенти"); one in the genitive is held ("запитала у
  /// голови комісії X").
  func intoPost(_ ctx: Context, _ t: Int) -> Bool {
    t > ctx.range.lowerBound && ["в", "у"].contains(ctx.doc.tokens[t - 1].text.lowercasedFast()) && isPluralForm(ctx, t)
  }

  /// Whether every word of a name may be in the nominative: none has only the dictionary's
  /// readings in other cases ("Юрія Кулачека" cannot be, whatever base form it was given).
  func readsNominative(_ ctx: Context, _ m: Mention) -> Bool {
    for t in m.tokenRange where ctx.doc.tokens[t].kind == .word {
      let readings = lemmatizer.analyses(ctx.doc.tokens[t].text)
      if readings.contains(where: { $0.score >= 4 }), !readings.contains(where: { $0.isNominative && $0.score >= 4 }) { return false }
    }
    return true
  }

  /// Whether a title follows a word for kin, past the title's adjectives ("тесть директора",
  /// "сина колишнього міністра").
  func afterRelative(_ ctx: Context, _ t: Int) -> Bool {
    var b = t - 1
    while b >= max(ctx.range.lowerBound, t - 3) {
      if !(ctx.lemmas[b] ?? []).isDisjoint(with: patterns.relatives) { return true }
      guard isCommonAdjective(ctx, b) else { return false }
      b -= 1
    }
    return false
  }

  func titleAt(_ lemmas: Set<String>?) -> RelationPatterns.Title? {
    guard let lemmas else { return nil }
    for lemma in lemmas.sorted() {
      if let i = titleIndex[lemma] { return patterns.titles[i] }
    }
    return nil
  }

  /// "президент Франції Емманюель Макрон", "лідерка опозиції Марія Корина Мачадська",
  /// "спеціальним посланцем президента США з питань України Кітом Келлогом",
  /// and the reverse apposition "Кіт Келлог, посланець США".
  func titles(
    _ ctx: Context, _ graph: inout KnowledgeGraph, holders: inout [String: (id: String, name: String)],
    bodies: [(id: String, name: String)] = [], statesNamed: Set<String> = [], bodiesByName: [String: String] = [:]
  ) {
    // The person the sentence's last post went to, for a post coordinated after it ("X,
    // генеральний директор компанії та її засновник").
    var lastHolder: (mention: Int, id: String, title: Int)?
    for t in ctx.range {
      guard let title = titleAt(ctx, t), ctx.doc.tokens[t].kind == .word else { continue }
      // A title word inside an organisation's name (Кабінет міністрів) names nobody's post.
      if let mi = ctx.mentionAt[t], ctx.mentions[mi].mention.tokenRange.lowerBound < t,
        entityType(ctx.mentions[mi].entity, graph) != "Person"
      { continue }
      // A title inside another's phrase ("посланцем президента США") is not the one the name
      // follows; one coordinated with another is ("співвласник і керівник фірми X").
      var b = t - 1
      var nested = false
      while b >= max(ctx.range.lowerBound, t - 3) {
        // (A verb between them starts another phrase: "власником був міністр X".)
        if has(ctx, b, patterns.coordinators) || isVerb(ctx, b) || Self.beForms.contains(ctx.doc.tokens[b].text.lowercasedFast()) { break }
        if titleAt(ctx, b) != nil && ctx.mentionAt[b] == nil && !isPluralForm(ctx, b) { nested = true; break }
        if ctx.doc.tokens[b].kind != .word || ctx.mentionAt[b] != nil { break }
        b -= 1
      }
      if nested || intoPost(ctx, t) { continue }
      // A title in the genitive plural right after a capitalised word is part of a body's name
      // ("Ради директорів", "Спілки журналістів"), no one's post.
      if t > ctx.range.lowerBound, ctx.doc.tokens[t - 1].isCapitalized, ctx.doc.tokens[t].text.lowercasedFast().hasSuffix("ів") {
        continue
      }
      var ofEntity: (String, String?)?
      var target: (String, String?)?
      var nationality: String?
      var person: (Int, String)?
      // An adjective right before the title names its country (американський посол).
      if t > ctx.range.lowerBound, let c = countryAdjective(ctx, t - 1, &graph) { ofEntity = (c, "country adjective") }
      // A possessive for the body named before ("її генерального директора").
      for b in max(ctx.range.lowerBound, t - 2)..<t {
        if let mi = ctx.mentionAt[b], let note = ctx.notes[mi], isPossessive(ctx.doc.tokens[b], lemmas: ctx.lemmas[b]) {
          ofEntity = (ctx.mentions[mi].entity, note)
        }
      }
      // A post in brackets right after a body, its holder named next ("ансамблю «Зоря»
      // (керівник Л. Коваль)"): the post is of the body before the bracket.
      if ofEntity == nil, t - 2 >= ctx.range.lowerBound, ctx.doc.tokens[t - 1].text == "(",
        let pmi = ctx.mentionAt[t + 1], ctx.mentions[pmi].mention.tokenRange.lowerBound == t + 1,
        entityType(ctx.mentions[pmi].entity, graph) == "Person"
      {
        let before = ctx.doc.tokens[t - 2].kind == .quote ? t - 3 : t - 2
        if before >= ctx.range.lowerBound, let bmi = ctx.mentionAt[before], Self.family(entityType(ctx.mentions[bmi].entity, graph)) == "org" {
          ofEntity = (ctx.mentions[bmi].entity, nil)
        }
      }
      var k = t + 1
      var inTarget = false
      // A target phrase of more than a preposition ("з питань"), which may name a field.
      var topic = false
      var nestedTitle = false
      var throughBody = false
      var passedAppointment = false
      var passedCopula = false
      var future = false
      // The government's own head leads the state; its secretary does not ("Генеральний
      // секретар уряду Японії").
      let headsGovernment = !(ctx.lemmas[t] ?? []).isDisjoint(with: ["голова", "глава", "очільник", "очільниця", "керівник", "керівниця"])
      // Fourteen words, a name counting as one ("начальник відділу державної реєстрації актів
      // цивільного стану Головного територіального управління юстиції в Житомирській області X").
      var limit = min(ctx.range.upperBound, t + 14)
      scan: while k < limit {
        let tok = ctx.doc.tokens[k]
        if let mi = ctx.mentionAt[k] {
          let (m, id) = ctx.mentions[mi]
          let type = entityType(id, graph)
          if type == "Person" {
            person = (mi, id)
            break scan
          }
          let slot = inTarget ? target : ofEntity
          if slot == nil {
            let allowed = patterns.types[inTarget ? (title.target ?? title.relation) : title.relation]?.object ?? []
            if let e = slotEntity(ctx, mi, allowed: allowed, &graph) {
              // (A body after a copula and another post is that post's: "Директором КП став
              // депутат міськради X" makes X no head of the council.)
              if inTarget { target = e } else if !nestedTitle || ofEntity == nil && !passedCopula { ofEntity = e }
            }
          }
          limit = min(ctx.range.upperBound, limit + m.tokenRange.count - 1)
          k = m.tokenRange.upperBound
          continue
        }
        // Quotes around a body's name ("Голова правління «Укрзалізниці» Олександр Перцовський").
        if tok.kind == .quote { k += 1; continue }
        // A list of portfolios: "міністр економіки, торгівлі та промисловості Японії".
        if tok.text == ",", ofEntity == nil, k > t + 1, ctx.doc.tokens[k - 1].kind == .word, !ctx.doc.tokens[k - 1].isCapitalized,
          k + 1 < limit, ctx.mentionAt[k + 1] == nil, ctx.doc.tokens[k + 1].kind == .word, !ctx.doc.tokens[k + 1].isCapitalized,
          !has(ctx, k + 1, patterns.relativePronouns), !isVerb(ctx, k + 1), titleAt(ctx, k + 1) == nil,
          // (Not an honour after the post: "Голова комітету, заслужений філателіст України X".)
          !lemmatizer.analyses(ctx.doc.tokens[k + 1].text.lowercasedFast()).prefix(2).contains(where: { $0.isAdjective && $0.isNominative })
        {
          k += 1
          continue
        }
        // An aside in brackets after the post's body is passed over ("в. о. Голови Державної
        // служби зайнятості (Центрального апарату) Валерій Я."), unless it names a person.
        if tok.text == "(", ofEntity != nil, !nestedTitle, let close = (k + 1..<min(limit, k + 7)).first(where: { ctx.doc.tokens[$0].text == ")" }),
          !(k + 1..<close).contains(where: { ctx.mentionAt[$0].map { entityType(ctx.mentions[$0].entity, graph) == "Person" } ?? false })
        {
          k = close + 1
          continue
        }
        // A second post of the same holder after a dash ("голова Луганської ОДА – керівник
        // обласної військово-цивільної адміністрації Юрій Г."): the name after both holds both.
        if tok.kind == .dash, ofEntity != nil, !inTarget, k + 1 < limit, titleAt(ctx, k + 1) != nil, !isPluralForm(ctx, k + 1) {
          k += 1
          continue
        }
        // The holder after a dash, past a word of address ("Директор «X» – пані Y").
        if tok.kind == .dash, ofEntity != nil, !inTarget, case let next = pastHonorific(ctx, k + 1), next < limit,
          let mi = ctx.mentionAt[next], ctx.mentions[mi].mention.tokenRange.lowerBound == next, entityType(ctx.mentions[mi].entity, graph) == "Person"
        {
          k = next
          continue
        }
        if tok.kind != .word { break }
        // The body's seat between it and the holder ("заступник голови Представництва ЮНІСЕФ в
        // Україні X"): passed over, for a post that takes no target there (a посол's "в Чехії" is his).
        // (Or a region's common noun: "Управління ДСНС в області X", `seatNouns`.)
        if ofEntity != nil, !inTarget, case let word = tok.text.lowercasedFast(), ["в", "у"].contains(word),
          title.targetAfter?.contains(where: { $0.first == word }) != true, k + 2 < limit,
          let after = ctx.mentionAt[k + 1].flatMap({ place in
            ["Country", "City"].contains(entityType(ctx.mentions[place].entity, graph)) ? ctx.mentions[place].mention.tokenRange.upperBound : nil
          }) ?? (!(ctx.lemmas[k + 1] ?? []).isDisjoint(with: patterns.seatNouns ?? []) && !ctx.doc.tokens[k + 1].isCapitalized ? k + 2 : nil),
          after < limit, let next = ctx.mentionAt[after], entityType(ctx.mentions[next].entity, graph) == "Person"
        {
          k = after
          continue
        }
        if tok.text.lowercasedFast() == "є" { passedCopula = true }
        // "прокурор Луганського гарнізону і Павленко": a person after a conjunction is another's.
        // (After a copula a list of holders goes on: "Власниками фірми є ТОВ «X» та Анна Y".)
        if !passedCopula, has(ctx, k, patterns.coordinators), k + 1 < limit, let next = ctx.mentionAt[k + 1], entityType(ctx.mentions[next].entity, graph) == "Person" {
          break
        }
        // "членом НАТО стане X" (`futureCopulas`): a post to come is not held.
        // (After an adjective it is a noun: "актів цивільного стану".)
        func afterAdjective() -> Bool {
          k > t + 1 && ctx.mentionAt[k - 1] == nil && ctx.doc.tokens[k - 1].kind == .word && !ctx.doc.tokens[k - 1].isCapitalized
            && lemmatizer.isAdjective(ctx.doc.tokens[k - 1].text)
        }
        if patterns.futureCopulas?.contains(tok.text.lowercasedFast()) == true, !afterAdjective() {
          future = true
          passedCopula = true
          k += 1
          continue
        }
        // "Новим послом України в Канаді призначено X": the person follows the appointment.
        if isVerb(ctx, k), !afterAdjective() {
          // The copula links the post to its holder: "Директором фірми є X", "головою став X".
          if !(ctx.lemmas[k] ?? []).isDisjoint(with: ["бути", "стати", "залишатися", "залишитися"]) {
            passedCopula = true
            k += 1
            continue
          }
          guard !passedAppointment, patterns.verbFrames.contains(where: { $0.passiveObject == true && has(ctx, k, $0.verbs) }) else { break }
          passedAppointment = true
          inTarget = false
          k += 1
          continue
        }
        let lower = tok.text.lowercasedFast()
        // A post's field after "з питань" is passed over, for a post that takes none of its own
        // ("заступник міського голови з питань сім'ї, молоді та спорту X").
        if ["з", "із"].contains(lower), k + 1 < limit, (ctx.lemmas[k + 1] ?? []).contains("питання"),
          title.targetAfter?.contains(where: { $0.first == lower }) != true
        {
          var end = k + 2
          while end < limit, ctx.mentionAt[end] == nil,
            ctx.doc.tokens[end].kind == .word && !ctx.doc.tokens[end].isCapitalized && !ctx.doc.tokens[end].isAllCaps && !isVerb(ctx, end)
              || ctx.doc.tokens[end].text == ","
          {
            end += 1
          }
          if end < limit, let next = ctx.mentionAt[end], entityType(ctx.mentions[next].entity, graph) == "Person" {
            k = end
            continue
          }
        }
        // "Глава МЗС Туреччини": the title heads a body inside the state, not the state (the
        // head of government, "голова уряду", is listed as a leader's title).
        let lemmas = ctx.lemmas[k] ?? []
        // (So does a capitalised word no name holds: a body the recogniser missed, "голова
        // Нацбанку України".)
        if ofEntity == nil, !inTarget,
          tok.isAllCaps || tok.isCapitalized || !lemmas.isDisjoint(with: patterns.subunits)
            || !lemmas.isDisjoint(with: gazetteer.governmentHeads) && (!lemmas.contains("уряд") || !headsGovernment)
        {
          throughBody = true
        }
        if let after = title.targetAfter, after.contains(where: { $0.first == lower }) {
          inTarget = true
          topic = after.contains { $0.first == lower && $0.count > 1 }
        } else if inTarget, topic, target == nil, !tok.isCapitalized, !tok.isAllCaps, lemmas.isDisjoint(with: ["питання"]) {
          // "радник з питань децентралізації Центру розвитку X": the words after "з питань"
          // name a field, not a state; the name after them is the post's own body.
          inTarget = false
        } else if ["з", "із", "зі", "у", "в", "до", "при"].contains(lower) {
          inTarget = false
          // A preposition the title does not take ends its phrase (as every one does for a
          // title whose target is its own relation to one more body: "депутат облради від партії").
          if title.targetAfter == nil || title.target == title.relation {
            // A modifier between the post's body and its copula is passed over ("Бенефіціаром
            // ТОВ «X» із прямим впливом є Y", "з 2019 року є Y"): words only, no name.
            if ofEntity != nil, let copula = (k + 1..<limit).first(where: { ctx.doc.tokens[$0].text.lowercasedFast() == "є" }),
              !(k + 1..<copula).contains(where: { ctx.mentionAt[$0] != nil || ctx.doc.tokens[$0].kind != .word && ctx.doc.tokens[$0].kind != .number })
            {
              k = copula
              continue
            }
            break
          }
        }
        if titleAt(ctx, k) != nil {
          nestedTitle = true
          // A group's title (журналісти) before another's post: the name is that post's
          // holder ("журналісти на запрошення директора «X» Y").
          if isPluralForm(ctx, t) { break }
        }
        // A state's adjective in the post's phrase gives the holder's state ("лідерка білоруської
        // опозиції"), not on a company's noun ("директор української компанії": the firm's).
        if nationality == nil, k + 1 >= limit || (ctx.lemmas[k + 1] ?? []).isDisjoint(with: patterns.companyAnaphors),
          let c = countryAdjective(ctx, k, &graph)
        {
          nationality = c
        }
        k += 1
      }
      // "один з лідерів X": one of a group's heads holds the post too.
      let oneOf = oneOfGroup(ctx, title: t)
      // An item of a list of posts and holders that names nobody is the next holder's, when the
      // item before it is a post and its holder's name (`TitleList`).
      if person == nil, let next = TitleList(extractor: self, ctx: ctx, graph: graph).forwardHolder(ofTitleAt: t) {
        person = (next, ctx.mentions[next].entity)
      }
      // Reverse apposition: "Person, title ..." or "Person – title ...", past the title's
      // adjectives ("Ігоря Н., теперішнього міського голову Калуша"), a deputy's word
      // ("Олександр Ш., заступник голови X") and "один з".
      // (Not a post in the plural, which goes on a list: "з консулом X, представниками фонду Y".)
      if person == nil, oneOf || !isPluralForm(ctx, t) && !isInstrumentalPlural(ctx, t) {
        var comma = oneOf ? t - 3 : t - 1
        while comma > ctx.range.lowerBound, t - comma <= 3,
          isCommonAdjective(ctx, comma) || !(ctx.lemmas[comma] ?? []).isDisjoint(with: patterns.deputies)
        {
          comma -= 1
        }
        // A dash or a bracket sets a post after a name apart as a comma does ("Михайла Г. –
        // засновника ПП «X»", "Сергій С. (керівник театру «Y»)").
        if comma - 1 >= ctx.range.lowerBound, [",", "("].contains(ctx.doc.tokens[comma].text) || ctx.doc.tokens[comma].kind == .dash,
          let mi = ctx.mentionAt[comma - 1], entityType(ctx.mentions[mi].entity, graph) == "Person"
        {
          person = (mi, ctx.mentions[mi].entity)
        }
      }
      // A post coordinated right after another, past a possessive ("та її засновник"), is the
      // same person's.
      // (Not a plural post, nor one far from the last: "нардеп X, ... і працівники заводу".)
      if person == nil, let last = lastHolder, t - last.title <= (ctx.doc.tokens[t - 1].kind == .dash ? 14 : 8), !isPluralForm(ctx, t) {
        var c = t - 1
        if c > ctx.range.lowerBound, isPossessive(ctx.doc.tokens[c], lemmas: ctx.lemmas[c]) { c -= 1 }
        // (Or after a dash, where the holder was named before both posts, past a long body's name:
        // "X – керівник ТОВ «Y» – громадянин Туреччини".)
        if c >= ctx.range.lowerBound,
          has(ctx, c, patterns.coordinators)
            || ctx.doc.tokens[c].kind == .dash && ctx.mentions[last.mention].mention.tokenRange.upperBound <= last.title
        {
          person = (last.mention, last.id)
        }
      }
      guard let (pmi, pid) = person, ctx.notes[pmi] == nil, !future else { continue }
      lastHolder = (pmi, pid, t)
      // "тесть директора ЧАЕС Леонід Р.": a name in the nominative after kin and a title in
      // another case is the kinsman's ("син депутата облради Івана Д.": the deputy's).
      if afterRelative(ctx, t), readsNominative(ctx, ctx.mentions[pmi].mention) { continue }
      // "Міністерка закордонних справ Іветт Купер" after "Міністерство закордонних справ
      // Великої Британії": the portfolio names a body named before, whose state it is.
      let ministerial = !(ctx.lemmas[t] ?? []).isDisjoint(with: gazetteer.governmentHeads)
      // A head of government with no state and no words between the post and the name
      // ("за дорученням Прем'єр-міністра X", "очільник уряду X") leads the article's one state.
      let personStart = ctx.mentions[pmi].mention.tokenRange.lowerBound
      let headsGovernmentAlone = t + 1 == personStart && !(ctx.lemmas[t] ?? []).isDisjoint(with: patterns.governmentLeaders ?? [])
        || headsGovernment && t + 2 == personStart && !ctx.doc.tokens[t + 1].isCapitalized && (ctx.lemmas[t + 1] ?? []).contains("уряд")
      if ofEntity == nil, nationality == nil, headsGovernmentAlone,
        let (state, note) = homeState(ctx, from: t + 1, to: t + 1, bodies: bodies, statesNamed: statesNamed, graph)
      {
        ofEntity = (state, note)
      }
      if ofEntity == nil, nationality == nil, title.relation != "memberOf", isPortfolio(ctx, from: t + 1, to: ctx.mentions[pmi].mention.tokenRange.lowerBound),
        let (state, note) = stateOfPortfolio(ctx, from: t + 1, to: ctx.mentions[pmi].mention.tokenRange.lowerBound, bodies: bodies, graph)
          ?? (ministerial ? homeState(ctx, from: t + 1, to: ctx.mentions[pmi].mention.tokenRange.lowerBound, bodies: bodies, statesNamed: statesNamed, graph) : nil)
      {
        ofEntity = (state, note)
        throughBody = true
      }
      // A deputy's word before the title, past the head's adjectives ("перший заступник
      // Харківського міського голови").
      let deputy = (max(ctx.range.lowerBound, t - 3)..<t).contains { !(ctx.lemmas[$0] ?? []).isDisjoint(with: patterns.deputies) }
      // Remember who holds the title, for a later "президент" that stands alone (not a deputy:
      // "заступник голови X" is not "голова").
      for lemma in (ctx.lemmas[t] ?? []) where title.lemmas.contains(lemma) && !deputy {
        holders[lemma] = (pid, graph.entities[pid]?.name ?? pid)
      }
      if ofEntity == nil, let implied = impliedBody(ctx, title: t, &graph) { ofEntity = implied }
      // "Депутат X" right before the name, with no council of its own: the one council the
      // document has named ("Обласна рада заборонила ... Депутат X зауважив").
      // (Not a people's deputy, who sits in the parliament: "народного депутата X".)
      // (Or with only the party between: "депутат від партії «X» Y".)
      if ofEntity == nil, nationality == nil, t + 1 == personStart || onlyPartyBetween(ctx, from: t + 1, to: personStart, graph),
        !(ctx.lemmas[t] ?? []).isDisjoint(with: patterns.councilMembers ?? []),
        impliedBodyPhrase(ctx, title: t) == nil,
        let names = patterns.councilNames,
        let council = onlyBody(bodies, where: { b in names.contains { b.name.lowercasedFast().contains($0) } }),
        // An adjective before the post says whose council: it must be the one's ("обласному
        // депутату" of an oblast council; not "броварського депутата" of another's).
        t == ctx.range.lowerBound || councilAgrees(ctx, adjective: t - 1, council.name)
      {
        ofEntity = (council.id, "the one council the document names")
      }
      // A city's head after the city's adjective ("Заступник Харківського міського голови X")
      // heads the city the document names whose name the adjective is made from.
      if ofEntity == nil, nationality == nil, headsCity(ctx, title: t), t - 2 >= ctx.range.lowerBound, let city = cityOfAdjective(ctx, t - 2, graph) {
        ofEntity = (city, "the city of \(ctx.doc.tokens[t - 2].text)")
      }
      // A city's head named by the post alone ("теперішній міський голова X") heads the one city
      // the document names.
      // (Not for a lone word after the post, which may be a town's genitive: "міський голова Славути".)
      if ofEntity == nil, nationality == nil, ctx.citiesNamed.count == 1, ctx.mentions[pmi].mention.tokenRange.count > 1, headsCity(ctx, title: t) {
        ofEntity = (ctx.citiesNamed.first!, "the one city the document names")
      }
      let pm = ctx.mentions[pmi].mention
      let end = max(pm.tokenRange.upperBound - 1, k)
      let trigger = ctx.doc.tokens[t].text
      // The post's last word: before a holder named after it, else where its phrase ended.
      let postEnd = pm.tokenRange.lowerBound > t ? min(k, pm.tokenRange.lowerBound - 1) : k
      // A minister's deputy serves the ministry, where the document names it ("перший
      // заступник Міністра культури України" and "Міністерство культури України"; "X —
      // заступниця міністра закордонних справ" and "Міністерство закордонних справ України").
      if deputy, (ctx.lemmas[t] ?? []).contains("міністр"),
        let ministry = ministryNamed(ctx, after: t, to: postEnd, bodiesByName),
        ministry != pid
      {
        add(&graph, pid, "representativeOf", ministry, evidence(ctx, from: min(t, pm.tokenRange.lowerBound), to: end, trigger: trigger, note: nil))
        continue
      }
      // A minister leads the ministry the document names by the post's words ("міністр
      // екології X" and "у Міністерстві екології"), besides standing for the state.
      if !deputy, (ctx.lemmas[t] ?? []).contains("міністр"),
        let ministry = ministryNamed(ctx, after: t, to: postEnd, bodiesByName),
        ministry != pid, ofEntity?.0 != ministry
      {
        add(&graph, pid, "leaderOf", ministry, evidence(ctx, from: min(t, pm.tokenRange.lowerBound), to: end, trigger: trigger, note: nil))
      }
      if let (oid, note) = ofEntity {
        // A deputy of the head ("заступниця голови X") serves X but does not lead it; nor does a
        // state secretary.
        let relation = (throughBody || deputy) && title.relation == "leaderOf" ? "representativeOf" : title.relation
        add(&graph, pid, relation, oid, evidence(ctx, from: min(t, pm.tokenRange.lowerBound), to: end, trigger: trigger, note: note))
        // The persons coordinated with the holder hold a post in the plural too, after a copula
        // ("Засновниками ТОВ «X» є A і B") or right after the post's phrase ("заступники голови
        // служби A та B", "експерти ради A, B та C").
        let pluralPost = isPluralForm(ctx, t) || isInstrumentalPlural(ctx, t)
          || (max(ctx.range.lowerBound, t - 3)..<t).contains { !(ctx.lemmas[$0] ?? []).isDisjoint(with: patterns.deputies) && isPluralForm(ctx, $0) }
        if passedCopula || pm.tokenRange.lowerBound > t, pluralPost {
          // (Each name may say where the person is from, "A з Києва і B з Чернівецької області",
          // and its own post: "є депутат облради A, начальник управління B".)
          let listed = TitleList(extractor: self, ctx: ctx, graph: graph).holders(after: pastOrigin(ctx, pm.tokenRange.upperBound, graph))
          for next in listed {
            let nm = ctx.mentions[next].mention
            add(&graph, ctx.mentions[next].entity, relation, oid,
              evidence(ctx, from: min(t, pm.tokenRange.lowerBound), to: nm.tokenRange.upperBound - 1, trigger: trigger, note: note))
          }
        }
      } else if let c = nationality, let rel = title.nationality {
        add(&graph, pid, rel, c, evidence(ctx, from: min(t, pm.tokenRange.lowerBound), to: end, trigger: trigger, note: "country adjective"))
      }
      if let (tid, note) = target, let rel = title.target {
        add(&graph, pid, rel, tid, evidence(ctx, from: min(t, pm.tokenRange.lowerBound), to: end, trigger: trigger, note: note))
      }
    }
  }

  /// Past a word of address at `k` (`honorifics`: "пані"), or `k` itself.
  func pastHonorific(_ ctx: Context, _ k: Int) -> Int {
    k < ctx.range.upperBound && ctx.mentionAt[k] == nil && !(ctx.lemmas[k] ?? []).isDisjoint(with: patterns.honorifics ?? []) ? k + 1 : k
  }

  /// Whether the words from `from` to `to` are "від", up to two lower-case words and one
  /// organisation's name, in quotes or not: the party a council member was elected for ("від
  /// БПП", "від партії «Рух»").
  func onlyPartyBetween(_ ctx: Context, from: Int, to: Int, _ graph: KnowledgeGraph) -> Bool {
    guard from + 1 < to, ctx.doc.tokens[from].text.lowercasedFast() == "від" else { return false }
    var k = from + 1
    while k < min(to, from + 3), ctx.mentionAt[k] == nil, ctx.doc.tokens[k].kind == .word, !ctx.doc.tokens[k].isCapitalized, !isVerb(ctx, k) { k += 1 }
    if k < to, ctx.doc.tokens[k].kind == .quote { k += 1 }
    guard k < to, let mi = ctx.mentionAt[k], EntityResolver.family(entityType(ctx.mentions[mi].entity, graph)) == "org" else { return false }
    k = ctx.mentions[mi].mention.tokenRange.upperBound
    if k < to, ctx.doc.tokens[k].kind == .quote { k += 1 }
    return k == to
  }

  /// Past a place a person is from right after the name ("з Києва"), or `t` itself.
  func pastOrigin(_ ctx: Context, _ t: Int, _ graph: KnowledgeGraph) -> Int {
    guard t + 1 < ctx.range.upperBound, ["з", "із", "зі"].contains(ctx.doc.tokens[t].text.lowercasedFast()),
      let mi = ctx.mentionAt[t + 1], ctx.mentions[mi].mention.tokenRange.lowerBound == t + 1,
      EntityResolver.family(entityType(ctx.mentions[mi].entity, graph)) == "place"
    else { return t }
    return ctx.mentions[mi].mention.tokenRange.upperBound
  }

  /// The one city the document names whose name an adjective is made from (Харківського:
  /// Харків; одеського: Одеса), its last vowel or soft sign dropped; in capitals or not, as
  /// papers write it ("кіровоградського міського голови").
  func cityOfAdjective(_ ctx: Context, _ a: Int, _ graph: KnowledgeGraph) -> String? {
    let tok = ctx.doc.tokens[a]
    // (The recogniser may have read the adjectives alone as a body: "Харківського міського".)
    guard tok.kind == .word else { return nil }
    let adjective = tok.text.lowercasedFast()
    guard ["ськ", "цьк", "зьк"].contains(where: { adjective.contains($0) }) else { return nil }
    let found = ctx.citiesNamed.filter { id in
      guard var stem = graph.entities[id]?.name.lowercasedFast(), !stem.contains(" ") else { return false }
      if let last = stem.last, "аоеиіяь".contains(last) { stem.removeLast() }
      return stem.count >= 3 && adjective.hasPrefix(stem)
    }
    return found.count == 1 ? found.first : nil
  }

  /// Whether a title names a city's head: `cityHeads` ("мер"), or a head's title after the
  /// adjective of a city's (`cityHeads` holds "міський").
  func headsCity(_ ctx: Context, title t: Int) -> Bool {
    !isPluralForm(ctx, t) && namesCityHead(ctx, t, lemmas: ctx.lemmas[t] ?? [])
  }

  /// Whether a title word with these lemmas, singular or plural, names a city's head.
  func namesCityHead(_ ctx: Context, _ t: Int, lemmas: Set<String>) -> Bool {
    guard let heads = patterns.cityHeads else { return false }
    if !lemmas.isDisjoint(with: heads) { return true }
    return t > ctx.range.lowerBound && lemmas.contains("голова") && !(ctx.lemmas[t - 1] ?? []).isDisjoint(with: heads)
  }

  /// Whether a title in the plural follows "один з" ("Вадим Н., один з лідерів партії"): the
  /// post is held with others, and the name before the comma holds it.
  func oneOfGroup(_ ctx: Context, title t: Int) -> Bool {
    t - 2 >= ctx.range.lowerBound && isPluralForm(ctx, t) && (ctx.lemmas[t - 2] ?? []).contains("один")
      && ["з", "із", "зі"].contains(ctx.doc.tokens[t - 1].text.lowercasedFast())
  }

  /// The body a post names by itself (`impliedBodies`: "народного депутата" -> Верховна Рада),
  /// a former one's too, with the world-knowledge note; only where the article names the body
  /// somewhere, so that the edge joins what the text states.
  func impliedBody(_ ctx: Context, title t: Int, _ graph: inout KnowledgeGraph) -> (String, String?)? {
    guard let (phrase, words, entry) = impliedBodyPhrase(ctx, title: t), ctx.namedEntries.contains(entry.uk) else { return nil }
    let first = ctx.doc.tokens[t - (words.count - 1)], last = ctx.doc.tokens[t]
    let id = ensureEntity(entry, mentionText: last.text, ctx: ctx, start: first.scalarStart, end: last.scalarEnd, mentioned: false, &graph)
    return (id, "world knowledge: a \(phrase) is of \(entry.uk)")
  }

  /// Whether the word before a council member's title is no adjective, or one whose stem the
  /// council's name holds (обласний: "Київська обласна рада").
  func councilAgrees(_ ctx: Context, adjective a: Int, _ council: String) -> Bool {
    let tok = ctx.doc.tokens[a]
    guard tok.kind == .word, let reading = lemmatizer.analyses(tok.text.lowercasedFast()).first, reading.isAdjective else { return true }
    let stem = reading.lemma.lowercasedFast().dropLast(2)
    return stem.count >= 3 && council.lowercasedFast().contains(stem)
  }

  /// The `impliedBodies` phrase that ends at title `t` ("народний депутат"), whether or not the
  /// document names its body.
  func impliedBodyPhrase(_ ctx: Context, title t: Int) -> (phrase: String, words: [String], body: Gazetteer.Entry)? {
    let prefixes = [""] + (patterns.formerPrefixes ?? [])
    return impliedBodies.first { _, words, _ in
      t - (words.count - 1) >= ctx.range.lowerBound
        && words.indices.allSatisfy { i in
          let lemmas = ctx.lemmas[t - (words.count - 1) + i] ?? []
          return i == words.count - 1 ? prefixes.contains { lemmas.contains($0 + words[i]) } : lemmas.contains(words[i])
        }
    }
  }

  /// Lower-case words between a post and its holder that name the post's field ("закордонних
  /// справ", "митниці"), not a verb ("власником є X").
  func isPortfolio(_ ctx: Context, from: Int, to: Int) -> Bool {
    from < to && to - from <= 6
      && (from..<to).allSatisfy { k in
        let tok = ctx.doc.tokens[k]
        return tok.kind == .word && !tok.isCapitalized && !tok.isAllCaps && !isVerb(ctx, k) && !(ctx.lemmas[k] ?? []).contains("бути")
          && !["є", "якого", "якої", "яких", "зараз", "тепер"].contains(tok.text.lowercasedFast())
      }
  }

  /// A minister's portfolio with no state ("Міністр закордонних справ X", words `isPortfolio`
  /// checked) in an article whose bodies and named states are all one state: that state. (Only
  /// a minister: a company's director is no state's.)
  func homeState(
    _ ctx: Context, from: Int, to: Int, bodies: [(id: String, name: String)], statesNamed: Set<String>, _ graph: KnowledgeGraph
  ) -> (String, String)? {
    let all = states(of: Set(bodies.map(\.id)), graph).union(statesNamed)
    guard all.count == 1, let state = all.first else { return nil }
    return (state, "the state whose bodies the article names")
  }

  /// The state of the body named before whose name holds a post's portfolio words (checked by
  /// `isPortfolio`).
  func stateOfPortfolio(_ ctx: Context, from: Int, to: Int, bodies: [(id: String, name: String)], _ graph: KnowledgeGraph) -> (String, String)? {
    let words = ctx.doc.tokens[from..<to].map { $0.text.lowercasedFast() }
    guard let body = bodies.last(where: { b in
        let name = b.name.lowercasedFast().split(separator: " ").map(String.init)
        return words.allSatisfy(name.contains)
      }),
      let state = states(of: [body.id], graph).first
    else { return nil }
    return (state, "\(words.joined(separator: " ")): \(body.name)")
  }

  /// The ministry a minister's title and the words after it name, where the document names it
  /// by that name ("Міністра культури України" -> Міністерство культури України), or by a name
  /// that goes on past the words when only one does ("міністра закордонних справ." ->
  /// Міністерство закордонних справ України). A word that names no ministry after a run that
  /// is no ministry's whole name ("міністра закордонних справ Польщі") finds none.
  func ministryNamed(_ ctx: Context, after t: Int, to end: Int, _ bodiesByName: [String: String]) -> String? {
    var key = "міністерство"
    var found: String?
    var exact = false
    for k in (t + 1)..<min(end + 1, ctx.range.upperBound, t + 8) {
      guard ctx.doc.tokens[k].kind == .word else { break }
      key += " " + Gazetteer.normalize(ctx.doc.tokens[k].text)
      if let id = bodiesByName[key] {
        (found, exact) = (id, true)
        continue
      }
      let longer = Set(bodiesByName.filter { $0.key.hasPrefix(key + " ") }.values)
      if longer.isEmpty { return exact ? found : nil }
      (found, exact) = (longer.count == 1 ? longer.first : nil, false)
    }
    return found
  }

  /// The countries the graph says the given bodies are part of.
  func states(of bodies: Set<String>, _ graph: KnowledgeGraph) -> Set<String> {
    Set(graph.relations.values.filter { bodies.contains($0.subject) && $0.predicate == "partOf" && entityType($0.object, graph) == "Country" }.map(\.object))
  }
}

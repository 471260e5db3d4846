extension RelationExtractor {
  /// A post in the plural that a list of people holds, for the list's next sentence too.
  struct ListedPost {
    var title: RelationPatterns.Title
    var word: String
    /// A city's head (`cityHeads`: мери, міські голови): a town in brackets is the one led.
    var headsCity: Bool
    var sentence: Int
  }

  /// People listed with the town or body each stands for in brackets, after a post in the
  /// plural that all of them hold: each holds the post in what the brackets name.
  ///
  ///     "До рейтингу потрапили мери: Іван Петренко (Житомир), Олег Коваль (Рівне)."
  ///     -> Іван Петренко leaderOf Житомир, Олег Коваль leaderOf Рівне
  ///     "Проти голосували депутати Іван Петренко («Свобода») та Олег Коваль (БПП)."
  ///     -> Іван Петренко memberOf Свобода, Олег Коваль memberOf БПП
  ///
  /// The post is the last plural title before the name in its sentence, else the one of the two
  /// sentences before, for a list that goes on there ("До списку також увійшли ..."). A town or
  /// a place is read for a city's head only; a state never (a state in brackets says where a
  /// person is from, not what the person leads).
  func bracketedPlaces(_ ctx: Context, _ graph: inout KnowledgeGraph, sentence: Int, listed: inout ListedPost?) {
    var post = listed.flatMap { sentence - $0.sentence <= 2 ? $0 : nil }
    var t = ctx.range.lowerBound
    while t < ctx.range.upperBound {
      if ctx.mentionAt[t] == nil, let found = pluralPost(ctx, t) {
        post = ListedPost(title: found.title, word: ctx.doc.tokens[t].text, headsCity: found.headsCity, sentence: sentence)
        listed = post
      }
      guard let pmi = ctx.mentionAt[t] else { t += 1; continue }
      let pm = ctx.mentions[pmi].mention
      t = pm.tokenRange.upperBound
      guard let post, entityType(ctx.mentions[pmi].entity, graph) == "Person", ctx.notes[pmi] == nil,
        let (omi, close) = bracketed(ctx, after: pm.tokenRange.upperBound)
      else { continue }
      let type = entityType(ctx.mentions[omi].entity, graph)
      let relation: String
      switch Self.family(type) {
      case "org": relation = post.title.relation
      case _ where type == "City" || type == "Place": guard post.headsCity else { continue }; relation = "leaderOf"
      default: continue
      }
      guard let info = patterns.types[relation], let (pid, pnote) = slotEntity(ctx, pmi, allowed: info.subject, &graph),
        let (oid, onote) = slotEntity(ctx, omi, allowed: info.object, &graph), pid != oid
      else { continue }
      let note = post.sentence == sentence ? (pnote ?? onote) : "the post of the list before: \(post.word)"
      add(&graph, pid, relation, oid, evidence(ctx, from: pm.tokenRange.lowerBound, to: close, trigger: post.word, note: note))
      t = close + 1
    }
  }

  /// The title a plural word names, a compound's first part too ("мерів-інноваторів"), and
  /// whether it is a city's head.
  func pluralPost(_ ctx: Context, _ t: Int) -> (title: RelationPatterns.Title, headsCity: Bool)? {
    let tok = ctx.doc.tokens[t]
    guard tok.kind == .word else { return nil }
    var lemmas = ctx.lemmas[t] ?? []
    var plural = isPluralForm(ctx, t)
    if let dash = tok.text.firstIndex(of: "-") {
      let head = String(tok.text[..<dash]).lowercasedFast()
      let heads = Set(lemmatizer.analyses(head).prefix(3).map { $0.lemma.lowercasedFast() })
      lemmas.formUnion(heads)
      plural = head.hasSuffix("ів") || heads.contains { head == $0 + "и" || head == $0 + "і" }
    }
    guard plural, let title = titleAt(lemmas) else { return nil }
    // Not a plural inside another post's phrase ("заступник голови ради директорів X (ТОВ «Y»)").
    if (max(ctx.range.lowerBound, t - 3)..<t).contains(where: { titleAt(ctx, $0) != nil && !isPluralForm(ctx, $0) }) { return nil }
    return (title, namesCityHead(ctx, t, lemmas: lemmas))
  }

  /// The one name in brackets right after a token, quotes allowed around it, and the closing
  /// bracket's token.
  func bracketed(_ ctx: Context, after t: Int) -> (Int, Int)? {
    guard t < ctx.range.upperBound, ctx.doc.tokens[t].text == "(" else { return nil }
    var k = t + 1
    var found: Int?
    while k < min(ctx.range.upperBound, t + 10) {
      let tok = ctx.doc.tokens[k]
      if tok.text == ")" { return found.map { ($0, k) } }
      if let mi = ctx.mentionAt[k] {
        if found != nil && found != mi { return nil }
        found = mi
      } else if tok.kind != .quote {
        return nil
      }
      k += 1
    }
    return nil
  }
}

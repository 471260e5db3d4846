extension RelationExtractor {
  /// A person's party or faction, named by a preposition right after the name or a list of
  /// names (`memberships` in data/relations.json):
  ///
  ///     "Зміни підтримали Іван Петренко та Олег Коваль від «Народного фронту»"
  ///     -> Іван Петренко memberOf Народний фронт, Олег Коваль memberOf Народний фронт
  ///     "Мельник з фракції «Самопоміч» утримався" -> Мельник memberOf Самопоміч
  ///
  /// After `з` only with a group noun between or in the body's name (`з Києва` is where someone
  /// is from), and only a body, never a place or a state.
  func partyMemberships(_ ctx: Context, _ graph: inout KnowledgeGraph) {
    let rule = patterns.memberships
    guard let info = patterns.types[rule.relation] else { return }
    for p in ctx.range.dropFirst() {
      // A named person, not a title standing for one ("Депутат від «X» Роман Ф.": his party
      // is read with his title).
      guard let holder = ctx.mentionAt[p - 1], ctx.notes[holder] == nil, entityType(ctx.mentions[holder].entity, graph) == "Person"
      else { continue }
      let word = ctx.doc.tokens[p].text.lowercasedFast()
      let direct = rule.prepositions.contains(word)
      guard direct || rule.groupPrepositions.contains(word) else { continue }
      // The group: past its noun and one word before it ("фракції", "депутатської групи") and quotes.
      var k = p + 1
      var grouped = false
      while k < min(ctx.range.upperBound, p + 4), ctx.mentionAt[k] == nil {
        let tok = ctx.doc.tokens[k]
        if tok.kind == .quote { k += 1; continue }
        let group = has(ctx, k, rule.groups)
        guard tok.kind == .word, !tok.isCapitalized, group || !grouped && isCommonWord(ctx, k) && has(ctx, k + 1, rule.groups) else { break }
        if group { grouped = true }
        k += 1
      }
      // (Or the group's noun is in the body's own name: "Сергій Л. з «Опозиційного блоку»".)
      guard k < ctx.range.upperBound, let gmi = ctx.mentionAt[k],
        direct || grouped || namesGroup(graph.entities[ctx.mentions[gmi].entity]?.name ?? "", groups: rule.groups),
        Self.family(entityType(ctx.mentions[gmi].entity, graph)) == "org",
        let (gid, gnote) = slotEntity(ctx, gmi, allowed: info.object, &graph)
      else { continue }
      // The holders: the name before the preposition and those coordinated with it.
      var holders = [holder]
      var start = ctx.mentions[holder].mention.tokenRange.lowerBound
      while start - 2 >= ctx.range.lowerBound, has(ctx, start - 1, patterns.coordinators) || ctx.doc.tokens[start - 1].text == ",",
        let other = ctx.mentionAt[start - 2], entityType(ctx.mentions[other].entity, graph) == "Person"
      {
        holders.append(other)
        start = ctx.mentions[other].mention.tokenRange.lowerBound
      }
      for hmi in holders {
        guard let (hid, hnote) = slotEntity(ctx, hmi, allowed: info.subject, &graph), hid != gid,
          !stated(graph, hid, rule.relation, gid, symmetric: info.symmetric, in: ctx)
        else { continue }
        add(&graph, hid, rule.relation, gid,
          evidence(ctx, covering: [hmi, gmi], trigger: p..<(p + 1), text: ctx.doc.tokens[p].text, note: hnote ?? gnote))
      }
    }
  }

  /// Whether a body's name holds a group's noun as a word of its own, in any case ("Опозиційний
  /// блок", "Партія регіонів"): a group's own name, not a firm's.
  func namesGroup(_ name: String, groups: [String]) -> Bool {
    name.split(separator: " ").contains { word in
      let w = String(word).trimmingCharacters(in: .punctuationCharacters).lowercasedFast()
      return groups.contains(w) || lemmatizer.analyses(w).prefix(2).contains { groups.contains($0.lemma) }
    }
  }

  /// The other order, after a member's title: the preposition and the body, then the names,
  /// as a list goes on past its title (`memberships` in data/relations.json):
  ///
  ///     "не задекларували депутати від «Руху» Іван Петренко, від «Поступу» Олег Коваль"
  ///     -> Іван Петренко memberOf Рух, Олег Коваль memberOf Поступ
  ///     "депутати від «Руху» – Іван Петренко та Ірина Шмат" -> both memberOf Рух
  ///
  /// Only with a title of the relation's (депутат, член) earlier in the sentence, so that
  /// `лист від «Руху» Іван Петренко отримав` is no membership.
  ///
  /// A title right before the preposition names no body of its own; the names are then members
  /// too of the body the document last named with the same title (`bodies`, title lemma -> node:
  /// "Із 40 депутатів Зорянської міськради ..."), unless an adjective before the title may
  /// make it another post (`народний депутат`, `колишній депутат`).
  func partyFirstMemberships(_ ctx: Context, _ graph: inout KnowledgeGraph, bodies: inout [String: String]) {
    let rule = patterns.memberships
    guard let info = patterns.types[rule.relation] else { return }
    var titled = false
    // The body the sentence's bare member title stands with, if any.
    var implied: String?
    for p in ctx.range {
      if ctx.mentionAt[p] == nil, let title = titleAt(ctx, p), title.relation == rule.relation {
        titled = true
        let lemma = (ctx.lemmas[p] ?? []).sorted().first { titleIndex[$0] != nil } ?? ""
        // (Any adjective before the title may make it another post: народний, обласний, колишній.)
        let qualified = p > ctx.range.lowerBound && ctx.mentionAt[p - 1] == nil && ctx.doc.tokens[p - 1].kind == .word
          && lemmatizer.isAdjective(ctx.doc.tokens[p - 1].text)
        if p + 1 < ctx.range.upperBound, let bmi = ctx.mentionAt[p + 1], !qualified,
          entityType(ctx.mentions[bmi].entity, graph) == "GovernmentOrganization"
        {
          bodies[lemma] = ctx.mentions[bmi].entity
        } else if p + 1 < ctx.range.upperBound, rule.prepositions.contains(ctx.doc.tokens[p + 1].text.lowercasedFast()), !qualified {
          implied = bodies[lemma]
        }
      }
      guard titled, rule.prepositions.contains(ctx.doc.tokens[p].text.lowercasedFast()) else { continue }
      var k = p + 1
      while k < ctx.range.upperBound, ctx.doc.tokens[k].kind == .quote { k += 1 }
      guard k < ctx.range.upperBound, let gmi = ctx.mentionAt[k], Self.family(entityType(ctx.mentions[gmi].entity, graph)) == "org",
        let (gid, gnote) = slotEntity(ctx, gmi, allowed: info.object, &graph)
      else { continue }
      k = ctx.mentions[gmi].mention.tokenRange.upperBound
      while k < ctx.range.upperBound, ctx.doc.tokens[k].kind == .quote || ["–", "—", "-"].contains(ctx.doc.tokens[k].text) { k += 1 }
      var holders: [Int] = []
      while k < ctx.range.upperBound, let mi = ctx.mentionAt[k], mi != gmi, entityType(ctx.mentions[mi].entity, graph) == "Person" {
        holders.append(mi)
        let next = ctx.mentions[mi].mention.tokenRange.upperBound
        guard next + 1 < ctx.range.upperBound, ctx.doc.tokens[next].text == "," || has(ctx, next, patterns.coordinators) else { break }
        k = next + 1
      }
      for hmi in holders {
        guard let (hid, hnote) = slotEntity(ctx, hmi, allowed: info.subject, &graph), hid != gid else { continue }
        if !stated(graph, hid, rule.relation, gid, symmetric: info.symmetric, in: ctx) {
          add(&graph, hid, rule.relation, gid,
            evidence(ctx, covering: [gmi, hmi], trigger: p..<(p + 1), text: ctx.doc.tokens[p].text, note: hnote ?? gnote))
        }
        if let body = implied, body != hid, graph.entities[body] != nil, !stated(graph, hid, rule.relation, body, symmetric: info.symmetric, in: ctx) {
          let name = graph.entities[body]?.name ?? body
          add(&graph, hid, rule.relation, body,
            evidence(ctx, covering: [hmi], trigger: p..<(p + 1), text: ctx.doc.tokens[p].text, note: "the body the document named with the title: \(name)"))
        }
      }
    }
  }
}

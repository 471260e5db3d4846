extension RelationExtractor {
  /// A person's party or faction, named by a preposition right after the name or a list of
  /// names (`memberships` in data/relations.json):
  ///
  ///     "Зміни підтримали Іван Петренко та Олег Коваль від «Народного фронту»"
  ///     -> Іван Петренко memberOf Народний фронт, Олег Коваль memberOf Народний фронт
  ///     "Мельник з фракції «Самопоміч» утримався" -> Мельник memberOf Самопоміч
  ///
  /// After `з` only with a group noun between (`з Києва` is where someone is from), and only a
  /// body, never a place or a state.
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
      guard direct || grouped, k < ctx.range.upperBound, let gmi = ctx.mentionAt[k],
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
}

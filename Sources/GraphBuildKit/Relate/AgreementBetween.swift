extension RelationExtractor {
  /// An agreement's noun (`agreementNouns`: угода, договір, протокол) with «між» and two
  /// bodies joined by a coordinator makes the two bodies partners (`associatedWith`, one
  /// edge). The noun's own words may stand between it and «між»; a clause break may not.
  ///
  ///     "підписання Імплементаційного протоколу між Кабінетом Міністрів України та Урядом
  ///     Республіки Польща" -> Кабінет Міністрів України associatedWith Уряд Республіки Польща
  func agreementBetween(_ ctx: Context, _ graph: inout KnowledgeGraph) {
    guard let nouns = patterns.agreementNouns, let info = patterns.types["associatedWith"] else { return }
    let tokens = ctx.doc.tokens
    for t in ctx.range where ctx.mentionAt[t] == nil && !(ctx.lemmas[t] ?? []).isDisjoint(with: nouns) {
      // «між» within the noun's phrase.
      var k = t + 1
      while k < min(ctx.range.upperBound, t + 8), tokens[k].text.lowercasedFast() != "між", !isBreak(ctx, k), tokens[k].text != "," { k += 1 }
      guard k + 1 < ctx.range.upperBound, tokens[k].text.lowercasedFast() == "між", let first = mention(startingNear: k + 1, ctx)
      else { continue }
      let after = ctx.mentions[first].mention.tokenRange.upperBound
      guard after + 1 < ctx.range.upperBound, patterns.coordinators.contains(tokens[after].text.lowercasedFast()),
        let second = mention(startingNear: after + 1, ctx), !negated(ctx, t)
      else { continue }
      let (a, b) = (ctx.mentions[first].entity, ctx.mentions[second].entity)
      guard a != b, fits(entityType(a, graph), info.subject), fits(entityType(b, graph), info.object),
        Self.family(entityType(a, graph)) == "org" || Self.family(entityType(b, graph)) == "org",
        !stated(graph, a, "associatedWith", b, symmetric: true, in: ctx)
      else { continue }
      add(&graph, a, "associatedWith", b, hedged: modal(ctx, near: t),
        evidence(ctx, from: t, to: ctx.mentions[second].mention.tokenRange.upperBound - 1, trigger: tokens[t].text, note: nil))
    }
  }

  /// The mention that starts at `t`, or right after an opening quote there.
  func mention(startingNear t: Int, _ ctx: Context) -> Int? {
    let start = t < ctx.range.upperBound && ctx.doc.tokens[t].kind == .quote ? t + 1 : t
    guard start < ctx.range.upperBound, let mi = ctx.mentionAt[start], ctx.mentions[mi].mention.tokenRange.lowerBound == start else { return nil }
    return mi
  }
}

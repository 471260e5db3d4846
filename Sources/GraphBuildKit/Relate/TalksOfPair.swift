extension RelationExtractor {
  /// A talks noun (the `negotiatesWith` frames' objects: переговори, зустріч, розмова) whose
  /// two sides follow it joined by a coordinator, each right after the noun, after «між», or
  /// after the people who speak for them (a title or a `talkParties` noun: лідерів,
  /// делегацій, міністрів закордонних справ). The sides are two people or two bodies.
  ///
  ///     "пройшли переговори лідерів Азербайджану та Вірменії" -> Азербайджан negotiatesWith Вірменія
  ///     "переговори між Молдовою та Румунією", "зустріч Петра Іваненка та Максима Стельмаха"
  func talksOfPair(_ ctx: Context, _ graph: inout KnowledgeGraph) {
    guard let info = patterns.types["negotiatesWith"] else { return }
    let tokens = ctx.doc.tokens
    for t in ctx.range where ctx.mentionAt[t] == nil && tokens[t].kind == .word && !(ctx.lemmas[t] ?? []).isDisjoint(with: talksNouns) {
      // "не було переговорів" as well as "не переговори".
      let denied = negated(ctx, t) || (t - 1 > ctx.range.lowerBound && ctx.mentionAt[t - 1] == nil && negated(ctx, t - 1))
      guard !denied, let first = firstSide(ctx, after: t) else { continue }
      let after = ctx.mentions[first].mention.tokenRange.upperBound
      guard after + 1 < ctx.range.upperBound, patterns.coordinators.contains(tokens[after].text.lowercasedFast()),
        let second = mention(startingNear: after + 1, ctx)
      else { continue }
      // "переговори лідерів X та Y з Z": the pair is one side of talks with a third.
      let end = ctx.mentions[second].mention.tokenRange.upperBound
      if end < ctx.range.upperBound, ["з", "із", "зі"].contains(tokens[end].text.lowercasedFast()) { continue }
      let (a, b) = (ctx.mentions[first].entity, ctx.mentions[second].entity)
      let (ta, tb) = (entityType(a, graph), entityType(b, graph))
      guard a != b, fits(ta, info.subject), fits(tb, info.object), (ta == "Person") == (tb == "Person"),
        !stated(graph, a, "negotiatesWith", b, symmetric: true, in: ctx)
      else { continue }
      add(&graph, a, "negotiatesWith", b, hedged: modal(ctx, near: t),
        evidence(ctx, from: t, to: end - 1, trigger: tokens[t].text, note: nil))
    }
  }

  /// The first side's mention after a talks noun at `t`: right after it or «між», or after the
  /// people who speak for it, whose first word is a title or a `talkParties` noun and the rest
  /// its lower-case words ("міністрів закордонних справ").
  private func firstSide(_ ctx: Context, after t: Int) -> Int? {
    var k = t + 1
    if k < ctx.range.upperBound, ctx.doc.tokens[k].text.lowercasedFast() == "між" { k += 1 }
    if let mi = mention(startingNear: k, ctx) { return mi }
    guard k < ctx.range.upperBound, titleAt(ctx, k) != nil || has(ctx, k, patterns.talkParties ?? []),
      isCommonWord(ctx, k)
    else { return nil }
    var j = k + 1
    while j < min(ctx.range.upperBound, k + 4), ctx.mentionAt[j] == nil, isCommonWord(ctx, j) { j += 1 }
    return mention(startingNear: j, ctx)
  }
}

extension RelationExtractor {
  /// A deputy named through a possessive right after the head they serve (`deputies`: заступник)
  /// serves the body that head leads in the same sentence: `representativeOf` it, as a deputy
  /// head does ("a deputy head represents the body, the head leads it").
  ///
  ///     "Міський голова Петро Гайда та його заступник Ольга Ткач провели зустріч"
  ///     -> Ольга Ткач representativeOf (the city Петро Гайда leads)
  ///
  /// Only one body: a head who leads two in the sentence leaves the deputy's open.
  func deputyOfHolder(_ ctx: Context, _ graph: inout KnowledgeGraph) {
    let tokens = ctx.doc.tokens
    for t in ctx.range where t + 1 < ctx.range.upperBound && !(ctx.lemmas[t] ?? []).isDisjoint(with: patterns.deputies) {
      // The deputy's name right after the word ("заступник Ольга Ткач"), the word itself a noun.
      guard tokens[t].kind == .word, !isCommonAdjective(ctx, t), let dmi = ctx.mentionAt[t + 1],
        ctx.mentions[dmi].mention.tokenRange.lowerBound == t + 1, entityType(ctx.mentions[dmi].entity, graph) == "Person"
      else { continue }
      // "його (перший) заступник": a singular possessive, past one adjective.
      var p = t - 1
      if p > ctx.range.lowerBound, isCommonAdjective(ctx, p) { p -= 1 }
      guard p - 2 >= ctx.range.lowerBound, ["його", "її"].contains(tokens[p].text.lowercasedFast()),
        isPossessive(tokens[p], lemmas: ctx.lemmas[p]),
        has(ctx, p - 1, patterns.coordinators) || tokens[p - 1].text == ",",
        let hmi = ctx.mentionAt[p - 2], ctx.mentions[hmi].mention.tokenRange.upperBound == p - 1,
        entityType(ctx.mentions[hmi].entity, graph) == "Person"
      else { continue }
      let holder = ctx.mentions[hmi].entity, deputy = ctx.mentions[dmi].entity
      // (Evidence of this sentence by its offsets: no copy of the sentence's text to compare.)
      let sentence = ctx.sentence.scalarStart..<ctx.sentence.scalarEnd
      let led = Set(
        graph.relations.values.filter { r in
          r.subject == holder && r.predicate == "leaderOf"
            && r.evidence.contains { $0.document == ctx.doc.source.id && sentence.contains($0.scalarStart) }
        }.map(\.object))
      guard led.count == 1, let body = led.first, body != deputy else { continue }
      add(&graph, deputy, "representativeOf", body,
        evidence(ctx, from: ctx.mentions[hmi].mention.tokenRange.lowerBound, to: ctx.mentions[dmi].mention.tokenRange.upperBound - 1,
          trigger: tokens[t].text, note: "deputy of \(graph.entities[holder]?.name ?? holder)"))
    }
  }
}

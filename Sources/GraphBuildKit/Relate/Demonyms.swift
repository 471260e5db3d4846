extension RelationExtractor {
  /// A noun for a country's citizen right before a person's name gives the person's state
  /// (`citizenOf`). The noun is not listed: its adjective is made by the regular derivations
  /// (британка, британець -> британський; італійка -> італійський; росіянин -> російський) and
  /// counts only where that adjective names a country.
  ///
  ///     "склад Єврокомісії на чолі з німкенею X", "британка Олівія Колман отримала премію"
  ///     -> Олівія Колман citizenOf Велика Британія
  func demonyms(_ ctx: Context, _ graph: inout KnowledgeGraph) {
    guard let info = patterns.types["citizenOf"], fits("Country", info.object) else { return }
    for t in ctx.range where t + 1 < ctx.range.upperBound && ctx.mentionAt[t] == nil {
      let tok = ctx.doc.tokens[t]
      guard tok.kind == .word, !tok.isCapitalized, let next = ctx.mentionAt[t + 1],
        ctx.mentions[next].mention.tokenRange.lowerBound == t + 1, entityType(ctx.mentions[next].entity, graph) == "Person",
        !isPluralForm(ctx, t),
        let country = (ctx.lemmas[t] ?? []).sorted().lazy.compactMap({ self.countryOfDemonym($0) }).first
      else { continue }
      let cid = ensureEntity(country, mentionText: tok.text, ctx: ctx, start: tok.scalarStart, end: tok.scalarEnd, &graph)
      let pid = ctx.mentions[next].entity
      guard !stated(graph, pid, "citizenOf", cid, symmetric: false, in: ctx) else { continue }
      add(&graph, pid, "citizenOf", cid,
        evidence(ctx, from: t, to: ctx.mentions[next].mention.tokenRange.upperBound - 1, trigger: tok.text, note: "demonym"))
    }
  }

  /// The country a citizen's noun names, through the adjective it is made from.
  static let demonymEndings: [(String, String)] = [
    ("ієць", "ійський"), ("ійка", "ійський"), ("янин", "йський"), ("янка", "йський"), ("ець", "ський"), ("ка", "ський"),
  ]

  func countryOfDemonym(_ lemma: String) -> Gazetteer.Entry? {
    for (ending, adjective) in Self.demonymEndings where lemma.hasByteSuffix(ending) && lemma.count > ending.count + 2 {
      if let c = gazetteer.country(forAdjective: String(lemma.dropLast(ending.count)) + adjective), c.type == "Country" { return c }
    }
    return nil
  }
}

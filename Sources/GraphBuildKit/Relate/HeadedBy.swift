extension RelationExtractor {
  /// A body named with the phrase that says who heads it (`headedBy` in data/relations.json:
  /// "на чолі з", "під керівництвом"): the first person named after the phrase, past their
  /// post and the post's body, leads the name right before it.
  ///
  ///     "склад нової Єврокомісії на чолі з німкенею Урсулою фон дер Ляєн"
  ///     -> Урсула фон дер Ляєн leaderOf Єврокомісія
  ///
  /// Not for a place ("прибули до Києва на чолі з X": the group that came is led, not the
  /// city), nor for a name after a preposition or a common noun, which is what the group is of.
  func headedBy(_ ctx: Context, _ graph: inout KnowledgeGraph) {
    guard let rule = patterns.headedBy, let info = patterns.types[rule.relation] else { return }
    let tokens = ctx.doc.tokens
    let lower = ctx.range.lowerBound, upper = ctx.range.upperBound
    for phrase in headedPhrases {
      for t in ctx.range where t > lower && t + phrase.count < upper {
        guard phrase.indices.allSatisfy({ tokens[t + $0].text.lowercasedFast() == phrase[$0] }) else { continue }
        var b = t - 1
        if tokens[b].kind == .quote, b > lower { b -= 1 }
        guard let body = ctx.mentionAt[b], ["org", "place"].contains(Self.family(entityType(ctx.mentions[body].entity, graph))),
          !["City", "Place"].contains(entityType(ctx.mentions[body].entity, graph))
        else { continue }
        // The name's own adjectives aside, the word before it says what is headed: a
        // preposition's object is not, nor a group's genitive ("делегація Міністерства оборони
        // на чолі з X" is the delegation's head), unless the group is the body's own make-up
        // (`through`: "склад нової Єврокомісії на чолі з X").
        // (Before a name in quotes stands its kind, "гурт «X»", which is the body itself.)
        var before = ctx.mentions[body].mention.tokenRange.lowerBound - 1
        while before > lower, tokens[before].kind == .word, !tokens[before].isCapitalized,
          lemmatizer.isAdjective(tokens[before].text)
        {
          before -= 1
        }
        if before >= lower, tokens[before].kind == .word, !tokens[before].isCapitalized, !has(ctx, before, patterns.coordinators),
          isPreposition(ctx, before) || !isVerb(ctx, before) && (ctx.lemmas[before] ?? []).isDisjoint(with: rule.through ?? [])
        {
          continue
        }
        var k = t + phrase.count
        var head: Int?
        while k < min(upper, t + phrase.count + 10), head == nil {
          if let mi = ctx.mentionAt[k] {
            if entityType(ctx.mentions[mi].entity, graph) == "Person" { head = mi }
            k = max(k + 1, ctx.mentions[mi].mention.tokenRange.upperBound)
            continue
          }
          if tokens[k].kind == .punctuation || isVerb(ctx, k) { break }
          k += 1
        }
        guard let head else { continue }
        addStated(ctx, head, rule.relation, body, subject: info.subject, object: info.object,
          trigger: t..<t + phrase.count, text: phrase.joined(separator: " "), hedged: modal(ctx, near: t), &graph)
      }
    }
  }
}

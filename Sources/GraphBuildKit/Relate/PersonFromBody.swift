extension RelationExtractor {
  /// A person named with «з» and a body in the genitive right after the name is of that body
  /// (`memberOf`). The tagger's case tells "from" (genitive) from "with" (instrumental:
  /// "зустрівся з Олегом"); a generic noun may stand between (організації, компанії). A person
  /// who is a verb's object is left alone: there the phrase is the verb's ("забрали Олега з
  /// Центру"). The sentence is parsed for this when no other pass asked for its tree.
  ///
  ///     "Американський юрист Скотт Мартін з організації Global Rights Compliance повідомив"
  ///     -> Скотт Мартін memberOf Global Rights Compliance
  ///     "Експерт Олег Сидоренко з Центру Разумкова вважає" -> Олег Сидоренко memberOf Центр Разумкова
  func personFromBody(_ ctx: Context, _ tree: SentenceTree?, _ graph: inout KnowledgeGraph) {
    guard let info = patterns.types["memberOf"] else { return }
    let tokens = ctx.doc.tokens
    // Each person with the body after «з»: the person's mention and the body's.
    var found: [(person: Int, body: Int)] = []
    for (pmi, pair) in ctx.mentions.enumerated() where entityType(pair.entity, graph) == "Person" {
      var k = pair.mention.tokenRange.upperBound
      guard k + 1 < ctx.range.upperBound, ["з", "із", "зі"].contains(tokens[k].text.lowercasedFast()) else { continue }
      k += 1
      if ctx.mentionAt[k] == nil, tokens[k].kind == .word, !tokens[k].isCapitalized, let lemmas = ctx.lemmas[k],
        !lemmas.isDisjoint(with: gazetteer.genericNouns) || !lemmas.isDisjoint(with: patterns.companyAnaphors)
      {
        k += 1
      }
      if k < ctx.range.upperBound, tokens[k].kind == .quote { k += 1 }
      guard k < ctx.range.upperBound, let omi = ctx.mentionAt[k], Self.family(entityType(ctx.mentions[omi].entity, graph)) == "org"
      else { continue }
      found.append((pmi, omi))
    }
    guard !found.isEmpty, let tree = tree ?? syntaxTree(ctx, graph, always: true) else { return }
    for (pmi, omi) in found {
      let m = ctx.mentions[pmi].mention
      let preposition = m.tokenRange.upperBound
      guard SentenceTree.universal(tree.words[m.tokenRange.lowerBound - tree.first].relation) != "obj",
        tree.words[preposition + 1 - tree.first].feats.contains("Case=Gen")
      else { continue }
      addStated(ctx, pmi, "memberOf", omi, subject: info.subject, object: info.object,
        trigger: preposition..<(preposition + 1), text: tokens[preposition].text, hedged: modal(ctx, near: preposition), &graph)
    }
  }
}

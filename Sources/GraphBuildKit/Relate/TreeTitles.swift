extension RelationExtractor {
  /// Posts read from the tree: a title word of `data/relations.json` joined to a name (the
  /// name in apposition to the title, or the title in apposition to the name) and to the body
  /// it is a title of (its genitive `nmod`, through coordination).
  ///
  ///     "Майкл О'Лірі, генеральний директор компанії Ryanair, заявив ..."
  ///     -> Майкл О'Лірі leaderOf Ryanair (О'Лірі -appos-> директор -nmod-> компанії -> Ryanair)
  ///
  /// Added only where the word-window title patterns found nothing in the sentence.
  func treeTitles(_ ctx: Context, _ tree: SentenceTree?, _ graph: inout KnowledgeGraph) {
    guard let tree else { return }
    for t in tree.words.indices where tree.words[t].upos == "NOUN" {
      let lemmas = (ctx.lemmas[tree.first + t] ?? []).union([tree.words[t].lemma.lowercased()])
      guard let ti = lemmas.compactMap({ titleIndex[$0] }).min(), ctx.mentionAt[tree.first + t] == nil else { continue }
      let title = patterns.titles[ti]
      guard let info = patterns.types[title.relation] else { continue }
      // The holder: a person named in apposition to the title, or the person the title is in
      // apposition to, with nothing between them but the title's own words and punctuation
      // ("О'Лірі, генеральний директор"; not "лідери республік, як і X").
      var holder: Int?
      for c in tree.children(t, ["flat", "appos"]) where holder == nil { holder = ctx.mentionAt[tree.first + c] }
      if holder == nil, tree.words[t].relation == "appos", let h = tree.head(t) { holder = tree.mention(h, ctx) }
      guard let hmi = holder, entityType(ctx.mentions[hmi].entity, graph) == "Person",
        adjoins(tree, title: t, holder: ctx.mentions[hmi].mention.tokenRange),
        let (hid, hnote) = slotEntity(ctx, hmi, allowed: info.subject, &graph)
      else { continue }
      // The body: the title's genitive, or a name in apposition to it ("директор компанії
      // Ryanair"); not a genitive further down, which names a part ("керівник апарату Ради").
      for n in tree.children(t, ["nmod"]) where tree.preposition(of: n) == nil {
        for o in tree.withConjuncts(n) {
          guard let omi = tree.mention(o, ctx), omi != hmi, let (oid, onote) = slotEntity(ctx, omi, allowed: info.object, &graph), oid != hid,
            !stated(graph, hid, title.relation, oid, symmetric: info.symmetric, in: ctx)
          else { continue }
          add(&graph, hid, title.relation, oid,
            evidence(ctx, covering: [hmi, omi], trigger: tree.first + t..<tree.first + t + 1, text: tree.words[t].form, note: hnote ?? onote))
        }
      }
    }
  }

  /// Whether every word between a title and its holder's name is the title's own (in its
  /// subtree) or punctuation.
  func adjoins(_ tree: SentenceTree, title t: Int, holder: Range<Int>) -> Bool {
    let h = (holder.lowerBound - tree.first)..<(holder.upperBound - tree.first)
    let between = t < h.lowerBound ? (t + 1)..<h.lowerBound : h.upperBound..<t
    return between.allSatisfy { i in
      if tree.words[i].upos == "PUNCT" { return true }
      var k: Int? = i
      var steps = 0
      while let j = k, steps < 8 {
        if j == t { return true }
        k = tree.head(j)
        steps += 1
      }
      return false
    }
  }
}

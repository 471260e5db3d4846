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
    let people = Set(ctx.mentions.indices.filter { entityType(ctx.mentions[$0].entity, graph) == "Person" })
    for t in tree.words.indices where tree.words[t].upos == "NOUN" || tree.words[t].upos == "PROPN" {
      guard let ti = titleIndex(tree, t, ctx), ctx.mentionAt[tree.first + t] == nil, !intoPost(ctx, tree.first + t) else { continue }
      let title = patterns.titles[ti]
      guard let info = patterns.types[title.relation] else { continue }
      // The holder: a person named in apposition to the title, or the person the title is in
      // apposition to, with nothing between them but the title's own words and punctuation
      // ("О'Лірі, генеральний директор"; not "лідери республік, як і X").
      var holder: Int?
      // (A body hung on the title as flat:title is the title's body, below, not its holder.)
      // (Not a name after a conjunction, which the parser may hang there too: "Анна Ш., депутат
      // міськради, та Олег К." names Олег as another, not as the deputy.)
      for c in tree.children(t, ["flat", "appos"]) where holder == nil && tree.children(c, ["cc"]).isEmpty {
        if let mi = ctx.mentionAt[tree.first + c], tree.words[c].relation != "flat:title" || people.contains(mi) { holder = mi }
      }
      // (Not an item of a list of posts and holders that names nobody: it is the next holder's,
      // `TitleList`.)
      if holder == nil, tree.words[t].relation == "appos", let h = tree.head(t),
        TitleList(extractor: self, ctx: ctx, graph: graph).forwardHolder(ofTitleAt: tree.first + t) == nil
      {
        holder = tree.mention(h, ctx)
      }
      // Or a person the parser hung on the title's body ("екс-депутат облради X" with X under
      // облради), as `SentenceTree.mention` reads it.
      // Not for a post under a post ("заступник голови Комісії X" is the deputy's).
      for n in tree.children(t, ["nmod"]) where holder == nil && SentenceTree.universal(tree.words[t].relation) != "nmod" {
        for c in tree.children(n, ["flat", "appos"]) where holder == nil {
          if let mi = ctx.mentionAt[tree.first + c], mi != ctx.mentionAt[tree.first + n], people.contains(mi) { holder = mi }
        }
      }
      var holders: [(Int, String, String?)] = []
      if let hmi = holder {
        guard entityType(ctx.mentions[hmi].entity, graph) == "Person",
          // A nominative name after kin and the title is the kinsman's ("тесть директора X").
          !(afterRelative(ctx, tree.first + t) && readsNominative(ctx, ctx.mentions[hmi].mention)),
          adjoins(tree, title: t, holder: ctx.mentions[hmi].mention.tokenRange, ctx, people: people),
          let (hid, hnote) = slotEntity(ctx, hmi, allowed: info.subject, &graph)
        else { continue }
        holders = [(hmi, hid, hnote)]
      } else {
        // Or the subject of a copula whose predicate the title is ("Директором фірми є X",
        // "Засновниками ТОВ ... є X і Y", "X стала головою Нацбанку"); it may be a body where
        // the relation allows one (a company among a firm's founders).
        for s in copularSubjects(tree, of: t, ctx) {
          // A subject named by its post is the person who holds it ("є екс-нардеп партії X Y");
          // any other is named itself or in apposition, not further down ("є мати депутата Y").
          let isTitle = titleIndex(tree, s, ctx) != nil
          let named = isTitle ? tree.mention(s, ctx, isPerson: people.contains) : tree.mention(s, ctx)
          guard let smi = named, !isTitle || people.contains(smi),
            let (sid, snote) = slotEntity(ctx, smi, allowed: info.subject, &graph)
          else { continue }
          holders.append((smi, sid, snote))
        }
      }
      // The body: the title's genitive, or a name in apposition to it ("директор компанії
      // Ryanair"); not a genitive further down, which names a part ("керівник апарату Ради").
      for o in bodies(tree, of: t, ctx) {
        for (hmi, hid, hnote) in holders {
          // A body that is a name is itself, whatever the parser hung on it.
          guard let omi = ctx.mentionAt[tree.first + o] ?? tree.mention(o, ctx), omi != hmi, let (oid, onote) = slotEntity(ctx, omi, allowed: info.object, &graph), oid != hid,
            !stated(graph, hid, title.relation, oid, symmetric: info.symmetric, in: ctx)
          else { continue }
          add(&graph, hid, title.relation, oid,
            evidence(ctx, covering: [hmi, omi], trigger: tree.first + t..<tree.first + t + 1, text: tree.words[t].form, note: hnote ?? onote))
        }
      }
    }
  }

  /// The title a word names, by the tagger's lemma or the dictionary's; a former one's too
  /// ("екс-нардеп", "експрезидент": `formerPrefixes`).
  func titleIndex(_ tree: SentenceTree, _ t: Int, _ ctx: Context) -> Int? {
    let lemmas = (ctx.lemmas[tree.first + t] ?? []).union([tree.words[t].lemma.lowercased()])
    return lemmas.compactMap { titleIndex[$0] }.min()
  }

  /// The subjects of the copula a title is the predicate of: the title's own `nsubj` where it
  /// has a `cop` ("Директором ... є X"), or the `nsubj` of a copular verb of
  /// `data/relations.json` that takes the title as its complement ("X стала головою ...").
  /// A relative pronoun stands for the word its clause hangs on ("X, який є директором ...").
  /// Nothing where the copula is negated.
  func copularSubjects(_ tree: SentenceTree, of t: Int, _ ctx: Context) -> [Int] {
    let negation = { (i: Int) in tree.children(i, ["advmod", "discourse"]).contains { self.patterns.negations.contains(tree.words[$0].form.lowercased()) } }
    var clause: Int?
    if let cop = tree.children(t, ["cop"]).first {
      if negation(t) || negation(cop) || negated(ctx, tree.first + cop) { return [] }
      clause = t
    } else if SentenceTree.universal(tree.words[t].relation) == "xcomp"
      || tree.words[t].relation == "obl" && tree.words[t].feats.contains("Case=Ins") && tree.preposition(of: t) == nil,
      let v = tree.head(t),
      patterns.copulas.contains(tree.words[v].lemma.lowercased()), !negation(v), !negated(ctx, tree.first + v)
    {
      clause = v
    } else if tree.words[t].feats.contains("Case=Ins"), !tree.children(t, ["nsubj"]).isEmpty, !negation(t) {
      // A predicate in the instrumental with the copula left out ("..., а директором Y").
      clause = t
    }
    // A title coordinated with one the copula takes shares its subjects ("Засновником і
    // директором ... значиться Y").
    if clause == nil, tree.words[t].relation == "conj", let h = tree.head(t), h < t, titleIndex(tree, h, ctx) != nil {
      return copularSubjects(tree, of: h, ctx)
    }
    // A post to come ("членом НАТО стане X", `futureCopulas`) is not held: the copula's future
    // states no fact, whether the parser hangs it on the predicate or on the subject.
    guard let c = clause else { return [] }
    let future = tree.words.indices.contains { i in
      patterns.futureCopulas?.contains(tree.words[i].form.lowercased()) == true
        && (i == c || tree.head(i) == c || tree.head(i).flatMap { tree.head($0) } == c)
    }
    if future { return [] }
    let relative = { (i: Int) in self.patterns.subjectRelatives.contains(tree.words[i].form.lowercased()) }
    // The word a relative clause hangs on, which its pronoun stands for.
    let antecedent = SentenceTree.universal(tree.words[c].relation) == "acl" ? tree.head(c) : nil
    // (The parser sometimes hangs the subject on the copula itself: "Директором ТОВ «X» є Y".)
    let subjects = tree.children(c, ["nsubj"]) + tree.children(c, ["cop"]).flatMap { tree.children($0, ["nsubj"]) }
    // A relative clause's pronoun the parser hung elsewhere: the clause still says who.
    if subjects.isEmpty, let h = antecedent, h < c, (h + 1..<c).contains(where: relative) { return [h] }
    // A coordinated title in the instrumental is another predicate ("а директором Y"); one in
    // the nominative names a subject by its post ("є депутат облради X, начальник управління Y").
    // (A name coordinated with the subject's name is a subject too: "кияни X і Y".)
    // A title in apposition to a subject's title is the next of a list ("є депутат облради X,
    // начальник управління Y"), or the same person's other post, which names no one new.
    return subjects.flatMap { s in
      tree.withConjuncts(s) + tree.children(s, ["flat", "appos"]).flatMap { a in
        titleIndex(tree, s, ctx) != nil && titleIndex(tree, a, ctx) != nil ? tree.withConjuncts(a) : Array(tree.withConjuncts(a).dropFirst())
      }
    }
      .filter { titleIndex(tree, $0, ctx) == nil || !tree.words[$0].feats.contains("Case=Ins") }
      .compactMap { relative($0) ? antecedent : $0 }
  }

  /// The bodies a title is of: its genitives (with their conjuncts), or, for a title
  /// coordinated with another and naming none of its own, the other's ("Засновником ТОВ
  /// «X» є ..., а директором Y").
  func bodies(_ tree: SentenceTree, of t: Int, _ ctx: Context) -> [Int] {
    var k: Int? = t
    var steps = 0
    while let i = k, steps < 4 {
      // (A quoted genitive the parser hangs as flat:title is one too: "засновником «X заводу»".)
      let own = genitives(tree, of: i, quoted: i == t)
        .compactMap { relativeAntecedent(tree, $0, ctx) ?? $0 }
        // A post under a post is of the inner one's body ("заступник директора компанії X").
        .flatMap { o in ctx.mentionAt[tree.first + o] == nil && titleIndex(tree, o, ctx) != nil && i == t ? genitives(tree, of: o) : [o] }
      if !own.isEmpty, i == t || titleIndex(tree, i, ctx) != nil { return own }
      // The first of coordinated titles shares the last one's body ("Засновником і директором
      // підприємства").
      if i == t, let c = tree.children(t, ["conj"]).last(where: { titleIndex(tree, $0, ctx) != nil }) {
        let shared = genitives(tree, of: c).compactMap { relativeAntecedent(tree, $0, ctx) ?? $0 }
        if !shared.isEmpty { return shared }
      }
      // Only a coordinated title looks further up, and not one with a possessive of its own
      // ("Міністерка Литви X та її радник Y": the minister's adviser).
      if i == t, tree.words[t].relation != "conj"
        || tree.children(t, ["det"]).contains(where: { patterns.possessives.contains(tree.words[$0].form.lowercased()) })
      {
        return []
      }
      k = tree.head(i)
      steps += 1
    }
    return []
  }

  /// A word's genitives with no preposition, through coordination; with `quoted`, also a
  /// common noun the parser hangs on it as flat:title.
  func genitives(_ tree: SentenceTree, of i: Int, quoted: Bool = false) -> [Int] {
    let flat = quoted ? tree.children(i, ["flat:title"]).filter { tree.words[$0].upos != "PROPN" } : []
    return (tree.children(i, ["nmod"]) + flat).filter { tree.preposition(of: $0) == nil }.flatMap { tree.withConjuncts($0) }
  }

  /// For a relative pronoun ("ТОВ «X», директором якого є Y"), the name its clause follows:
  /// the one that ends right before the comma that opens the clause. Nil for any other word.
  func relativeAntecedent(_ tree: SentenceTree, _ i: Int, _ ctx: Context) -> Int? {
    guard patterns.subjectRelatives.contains(tree.words[i].lemma.lowercased()), let mi = tree.nameBeforeClause(opening: tree.first + i, ctx)
    else { return nil }
    return ctx.mentions[mi].mention.tokenRange.lowerBound - tree.first
  }

  /// Whether every word between a title and its holder's name is the title's own (in its
  /// subtree) or punctuation, and no other person is named between them (the parser may hang a
  /// list of posts and holders on the first post: "голова X – керівник Y A, голова Z B та
  /// заступник голови W C").
  func adjoins(_ tree: SentenceTree, title t: Int, holder: Range<Int>, _ ctx: Context, people: Set<Int>) -> Bool {
    let h = (holder.lowerBound - tree.first)..<(holder.upperBound - tree.first)
    let between = t < h.lowerBound ? (t + 1)..<h.lowerBound : h.upperBound..<t
    return between.allSatisfy { i in
      if tree.words[i].upos == "PUNCT" { return true }
      if let mi = ctx.mentionAt[tree.first + i], people.contains(mi) { return false }
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

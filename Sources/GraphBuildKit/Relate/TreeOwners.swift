extension RelationExtractor {
  /// Owners read from the tree (`ownership` in data/relations.json): the subject of a verb of
  /// possessing whose instrumental is the property, or a share of it, and the dative of a verb
  /// of belonging whose subject is the property. The property may be a company's noun that
  /// stands for the company just named, or a relative clause's antecedent (`«X», де часткою
  /// володіє Y`).
  ///
  ///     "Компанією «Левада» володіють Петро Гайовий та Ірина Шмат" -> both memberOf Левада
  ///     "Пакетом акцій ТОВ «Левада» володіє Петро Гайовий" -> Петро Гайовий memberOf Левада
  ///     "Фірма «Левада» належить Петру Гайовому" -> Петро Гайовий memberOf Левада
  ///     "ТОВ «Левада» зареєстроване на киянина Петра Гайового" -> Петро Гайовий memberOf Левада
  ///     "«Левада», контрольним пакетом якої володіє Петро Гайовий" -> Петро Гайовий memberOf Левада
  func treeOwners(_ ctx: Context, _ tree: SentenceTree?, _ graph: inout KnowledgeGraph) {
    guard let tree, let rule = patterns.ownership, let info = patterns.types[rule.relation] else { return }
    let people = Set(ctx.mentions.indices.filter { entityType(ctx.mentions[$0].entity, graph) == "Person" })
    func named(_ i: Int) -> Int? {
      ctx.mentionAt[tree.first + i] ?? tree.antecedent(ofRelative: i, ctx) ?? tree.mention(i, ctx, isPerson: people.contains)
    }
    func caseOf(_ i: Int, _ c: String) -> Bool { tree.words[i].feats.contains("Case=" + c) && tree.preposition(of: i) == nil }
    // The property a word names: itself, or a body it holds a share of ("пакетом акцій X").
    func property(_ i: Int) -> Int? {
      if let mi = named(i), !people.contains(mi) { return mi }
      for n in tree.children(i, ["nmod"]) {
        if let mi = named(n), !people.contains(mi) { return mi }
        for g in tree.children(n, ["nmod"]) { if let mi = named(g), !people.contains(mi) { return mi } }
      }
      return nil
    }
    let registered = Set(rule.registered ?? [])
    for v in tree.words.indices where tree.words[v].upos == "VERB" || tree.words[v].upos == "ADJ" {
      let lemmas = (ctx.lemmas[tree.first + v] ?? []).union([tree.words[v].lemma.lowercased()])
      let possess = tree.words[v].upos == "VERB" && !lemmas.isDisjoint(with: rule.possess)
      let belong = tree.words[v].upos == "VERB" && !lemmas.isDisjoint(with: rule.belong)
      let register = !lemmas.isDisjoint(with: registered)
      guard possess || belong || register, !negated(ctx, tree.first + v),
        !tree.children(v, ["advmod"]).contains(where: { patterns.negations.contains(tree.words[$0].form.lowercased()) })
      else { continue }
      var owners: [Int] = []
      var owned: [Int] = []
      if possess {
        owners = tree.children(v, ["nsubj"]).flatMap { tree.withConjuncts($0) }.compactMap(named)
        owned = tree.children(v, ["obl", "obj", "iobj"]).filter { caseOf($0, "Ins") }.compactMap(property)
        // "«X», де часткою ... володіє Y": the place the clause opens with is the name before it.
        if owned.isEmpty, tree.children(v, ["advmod"]).contains(where: { tree.words[$0].form.lowercased() == "де" }),
          let mi = tree.nameBeforeClause(opening: tree.first + v, ctx)
        {
          owned = [mi]
        }
      } else if belong {
        owned = tree.children(v, ["nsubj"]).flatMap { tree.withConjuncts($0) }.compactMap(property)
        owners = tree.children(v, ["obl", "obj", "iobj"]).filter { caseOf($0, "Dat") }.flatMap { tree.withConjuncts($0) }.compactMap(named)
      } else {
        // The firm is the subject, or the noun the participle qualifies ("фірма, зареєстрована
        // на X"); the owner is "на" with the accusative, not a place ("на Кіпрі" is locative).
        // ("на" takes no genitive: a genitive the tagger gives is an animate accusative,
        // "на Андрія Громова".)
        let qualified = ["amod", "acl"].contains(SentenceTree.universal(tree.words[v].relation)) ? tree.head(v).map { [$0] } ?? [] : []
        owned = (tree.children(v, ["nsubj", "nsubj:pass"]) + qualified).flatMap { tree.withConjuncts($0) }.compactMap(property)
        owners = tree.children(v, ["obl"]).filter { tree.preposition(of: $0) == "на" }.flatMap { tree.withConjuncts($0) }
          .filter { tree.words[$0].feats.contains("Case=Acc") || tree.words[$0].feats.contains("Case=Gen") }.compactMap(named)
          // (A state named by an adjective of the owner's, "на кіпрську компанію X", owns nothing.)
          .filter { !["Country", "City", "Place"].contains(entityType(ctx.mentions[$0].entity, graph)) }
      }
      for smi in owners {
        for omi in owned {
          addStated(ctx, smi, rule.relation, omi, subject: info.subject, object: info.object,
            trigger: tree.first + v..<tree.first + v + 1, text: tree.words[v].form, hedged: modal(ctx, near: tree.first + v), &graph)
        }
      }
    }
  }
}

extension RelationExtractor {
  /// Founders read from the tree, where the founder is the verb's agent (`agentFrames` of
  /// `data/relations.json`): the subject of the active verb with the body as its object, or
  /// the instrumental agent of the passive participle or impersonal form with the body as its
  /// subject or object. The body may be a company's noun standing for the company just named,
  /// or a relative pronoun standing for the name before its clause.
  ///
  ///     "Компанія заснована у 2014 році киянином Петром Гайовим"
  ///     -> Петро Гайовий memberOf (the company named before)
  ///     "Фірму засновано Петром Гайовим та Іриною Шмат" -> both memberOf (the firm named before)
  ///     "Олена Гайова заснувала ТОВ «Левада»" -> Олена Гайова memberOf ТОВ «Левада»
  func treeAgents(_ ctx: Context, _ tree: SentenceTree?, _ graph: inout KnowledgeGraph) {
    guard let tree, let frames = patterns.agentFrames else { return }
    let people = Set(ctx.mentions.indices.filter { entityType(ctx.mentions[$0].entity, graph) == "Person" })
    for v in tree.words.indices {
      let lemmas = (ctx.lemmas[tree.first + v] ?? []).union([tree.words[v].lemma.lowercased()])
      guard let fi = lemmas.compactMap({ agentFramesByWord[$0] }).min(), ctx.mentionAt[tree.first + v] == nil,
        !negated(ctx, tree.first + v), let info = patterns.types[frames[fi].relation]
      else { continue }
      let frame = frames[fi]
      let form = tree.words[v].form.lowercased()
      let impersonal = form.hasSuffix("но") || form.hasSuffix("то")
      let passive = impersonal || !lemmas.isDisjoint(with: frame.participles) || tree.words[v].feats.contains("VerbForm=Part")
      let agents: [Int]
      var bodies: [Int]
      if passive {
        agents = tree.children(v, ["obl", "nmod"])
          .filter { tree.preposition(of: $0) == nil && tree.words[$0].feats.contains("Case=Ins") }
          .flatMap { tree.withConjuncts($0) }
        bodies = tree.children(v, impersonal ? ["obj", "nsubj"] : ["nsubj"])
        // A participle that modifies its body ("ТОВ «X», засноване Y").
        if bodies.isEmpty, ["amod", "acl"].contains(SentenceTree.universal(tree.words[v].relation)), let h = tree.head(v) { bodies = [h] }
      } else {
        let subjects = tree.children(v, ["nsubj"])
        agents = subjects.prefix(1).flatMap { tree.withConjuncts($0) }
        bodies = tree.children(v, ["obj"])
        // Two subjects is a misread object, the one after the verb ("X заснувала ТОВ «Y»": ТОВ
        // does not decline).
        if bodies.isEmpty, subjects.count == 2, subjects[0] < v, subjects[1] > v { bodies = [subjects[1]] }
      }
      bodies = bodies.flatMap { tree.withConjuncts($0) }.map { relativeAntecedent(tree, $0, ctx) ?? $0 }
      for a in agents {
        for b in bodies {
          // A kin or origin noun names the agent in its genitive too ("братами X").
          let named = tree.mention(a, ctx, isPerson: people.contains)
            ?? tree.children(a, ["nmod"]).lazy.compactMap { ctx.mentionAt[tree.first + $0] }.first(where: people.contains)
          guard let smi = named, let omi = ctx.mentionAt[tree.first + b] ?? tree.mention(b, ctx) else { continue }
          addStated(ctx, smi, frame.relation, omi, subject: info.subject, object: frame.object,
            trigger: tree.first + v..<tree.first + v + 1, text: tree.words[v].form, hedged: modal(ctx, near: tree.first + v), &graph)
        }
      }
    }
  }
}

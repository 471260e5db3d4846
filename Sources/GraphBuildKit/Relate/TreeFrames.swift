import Foundation

/// A sentence's dependency tree over its tokens, with the mention each word belongs to.
struct SentenceTree {
  let words: [SyntaxModel.Word]
  /// Children of each word (0-based), in order.
  let children: [[Int]]
  /// The document token of word 0.
  let first: Int

  init(_ words: [SyntaxModel.Word], first: Int = 0) {
    self.words = words
    self.first = first
    var children = [[Int]](repeating: [], count: words.count)
    for (i, w) in words.enumerated() where w.head > 0 { children[w.head - 1].append(i) }
    self.children = children
  }

  func head(_ i: Int) -> Int? { words[i].head > 0 ? words[i].head - 1 : nil }

  func children(_ i: Int, _ relations: Set<String>) -> [Int] {
    children[i].filter { relations.contains(Self.universal(words[$0].relation)) || relations.contains(words[$0].relation) }
  }

  static func universal(_ r: String) -> String { String(r.prefix { $0 != ":" }) }

  /// The word and the words coordinated with it ("X, Y та Z").
  func withConjuncts(_ i: Int) -> [Int] {
    var out = [i]
    var k = 0
    while k < out.count, out.count < 12 {
      out += children(out[k], ["conj"])
      k += 1
    }
    return out
  }

  /// The mention a word stands for: a name in apposition to it first ("президентом Франції
  /// Еммануелем Макроном"; a title alone may stand for someone named earlier, but not when
  /// the sentence names its holder), else its own.
  ///
  /// A title without a name of its own takes a person named inside its phrase, where the
  /// parser hung the name on the title's genitive ("канцлер Німеччини Олаф Шольц" with
  /// Олаф Шольц under Німеччини); `isPerson` says which mentions are people.
  ///
  /// A name in brackets is an aside, the seat or another name ("компанія X (Великобританія)"):
  /// it is taken only when nothing else names the word.
  func mention(_ i: Int, _ ctx: RelationExtractor.Context, isPerson: (Int) -> Bool = { _ in false }) -> Int? {
    var aside: Int?
    for c in children(i, ["flat", "appos"]) {
      guard let mi = ctx.mentionAt[first + c], ctx.mentionAt[first + i] != mi else { continue }
      let start = ctx.mentions[mi].mention.tokenRange.lowerBound
      if start > ctx.range.lowerBound, ctx.doc.tokens[start - 1].text == "(" {
        aside = aside ?? mi
        continue
      }
      return mi
    }
    if let own = ctx.mentionAt[first + i] { return own }
    for n in children(i, ["nmod"]) {
      for c in children(n, ["flat", "appos"]) {
        if let mi = ctx.mentionAt[first + c], mi != ctx.mentionAt[first + n], isPerson(mi) { return mi }
      }
    }
    return aside
  }

  /// Whether a word is a relative pronoun (який, котрий in any form): VESUM tags them `rel`.
  func isRelative(_ i: Int) -> Bool { words[i].tag.split(separator: ":").contains("rel") }

  /// The name a relative pronoun stands for: the mention that ends right before the comma
  /// opening its clause, past the pronoun's own phrase ("Генпрокуратурі, яку очолював X",
  /// "«Y», контрольним пакетом якої володіє Z").
  func antecedent(ofRelative i: Int, _ ctx: RelationExtractor.Context) -> Int? {
    isRelative(i) ? nameBeforeClause(opening: first + i, ctx, within: 5) : nil
  }

  /// The mention that ends right before the comma that opens the clause holding document token
  /// `t` (past a closing quote), the comma at most `within` tokens back where given.
  func nameBeforeClause(opening t: Int, _ ctx: RelationExtractor.Context, within: Int? = nil) -> Int? {
    var k = t - 1
    while k > first, ctx.doc.tokens[k].text != "," {
      if let within, t - k >= within { return nil }
      k -= 1
    }
    guard k > first, ctx.doc.tokens[k].text == "," else { return nil }
    return ctx.mentionAt[k - 1] ?? (ctx.doc.tokens[k - 1].kind == .quote ? ctx.mentionAt[k - 2] : nil)
  }

  /// The lower-cased lemma of the preposition that marks a word (its `case` child), if any.
  func preposition(of i: Int) -> String? {
    children(i, ["case"]).first.map { words[$0].lemma.lowercased() }
  }
}

extension RelationExtractor {
  /// Relations read from the dependency tree, where the words of a frame stand apart:
  /// the subject (`nsubj`, or its governing verb's through `conj` and `xcomp`), the frame's
  /// noun as the verb's object, and the target marked by the frame's preposition, on the noun
  /// or the verb, through coordination.
  ///
  ///     "Європейський Союз у понеділок ухвалив новий, вже двадцятий пакет санкцій проти Росії"
  ///     -> Європейський Союз imposedSanctionsOn Росія (ухвалив -> пакет -> санкцій -> проти Росії)
  ///
  /// It adds only what the word-window frames did not already find in the sentence, and skips
  /// negated and hedged verbs' facts as those do.
  func treeFrames(_ ctx: Context, _ tree: SentenceTree?, _ graph: inout KnowledgeGraph) {
    guard let tree else { return }
    let tokens = Array(ctx.range)
    func token(_ i: Int) -> Int { tokens[i] }
    func lemmas(_ i: Int) -> Set<String> {
      (ctx.lemmas[token(i)] ?? []).union([tree.words[i].lemma.lowercased()])
    }
    func subjects(of v: Int) -> [Int] {
      var verb: Int? = v
      var steps = 0
      while let u = verb, steps < 3 {
        let s = tree.children(u, ["nsubj"])
        if !s.isEmpty { return s.flatMap { tree.withConjuncts($0) } }
        guard ["conj", "xcomp", "ccomp"].contains(SentenceTree.universal(tree.words[u].relation)) else { return [] }
        verb = tree.head(u)
        steps += 1
      }
      return []
    }
    let people = Set(ctx.mentions.indices.filter { entityType(ctx.mentions[$0].entity, graph) == "Person" })
    // A relative pronoun stands for its antecedent ("Генпрокуратурі, яку очолював X").
    let mention = { (i: Int) in tree.antecedent(ofRelative: i, ctx) ?? tree.mention(i, ctx, isPerson: people.contains) }
    // A body's board (`boards`: правління, дирекція) stands for the body as a verb's object
    // ("правління Фонду очолює X": X leads the Fund).
    let boards = patterns.boards ?? []
    let target = { (i: Int) in
      mention(i) ?? (lemmas(i).isDisjoint(with: boards) ? nil : tree.children(i, ["nmod"]).lazy.compactMap { ctx.mentionAt[token($0)] }.first)
    }
    for v in tree.words.indices where tree.words[v].upos == "VERB" {
      let opened = Set(lemmas(v).flatMap { framesByVerb[$0] ?? [] }).sorted()
      for frame in opened.map({ patterns.verbFrames[$0] }) {
        guard frame.passiveObject != true, let info = patterns.types[frame.relation] else { continue }
        if !tree.children(v, ["advmod"]).filter({ patterns.negations.contains(tree.words[$0].form.lowercased()) }).isEmpty
          || negated(ctx, token(v))
        {
          continue
        }
        var carriers = [v]
        var nounWord: Int?
        if !frame.object.isEmpty {
          // The frame's noun: the verb's object, or within two nominal steps of it
          // ("пакет санкцій", "новий раунд переговорів").
          var frontier = tree.children(v, ["obj", "obl", "nsubj"])
          for _ in 0..<3 where nounWord == nil {
            nounWord = frontier.first { !lemmas($0).isDisjoint(with: frame.object) }
            frontier = frontier.flatMap { tree.children($0, ["nmod"]) }
          }
          guard let n = nounWord else { continue }
          carriers.append(n)
        }
        var targets: [Int] = []
        if !frame.prepositions.isEmpty {
          for c in carriers {
            for t in tree.children(c, ["obl", "nmod"]) where tree.preposition(of: t).map(frame.prepositions.contains) == true {
              targets += tree.withConjuncts(t)
            }
          }
        } else if frame.directObject != nil {
          targets = tree.children(v, ["obj"]).flatMap { tree.withConjuncts($0) }
        }
        let agents = subjects(of: v)
        guard !agents.isEmpty else { continue }
        // Object before verb before subject, both read as subjects ("КП «X» очолює Y": the
        // name does not decline): the kinds each side allows tell them apart.
        if targets.isEmpty, frame.directObject != nil, tree.children(v, ["nsubj"]).count >= 2 { targets = tree.children(v, ["nsubj"]) }
        let hedged = modal(ctx, near: token(v))
        let trigger = tree.words[v].form + (nounWord.map { " " + tree.words[$0].form } ?? "")
        var pairs: [(Int, Int)] = []
        for a in agents { for t in targets { pairs.append((a, t)) } }
        if frame.coordinated == true && targets.isEmpty && agents.count >= 2 {
          for (k, a) in agents.enumerated() { for b in agents[(k + 1)...] { pairs.append((a, b)) } }
        }
        for (a, t) in pairs {
          // (Through a board, only a subject named by name: "правління очолює голова, який
          // обирається ..." speaks of the post.)
          guard let smi = mention(a), let omi = target(t), smi != omi, mention(t) != nil || ctx.notes[smi] == nil,
            let (sid, snote) = slotEntity(ctx, smi, allowed: frame.subjects ?? info.subject, &graph),
            let (oid, onote) = slotEntity(ctx, omi, allowed: frame.directObject ?? info.object, &graph), sid != oid
          else { continue }
          if let between = frame.between, !fits(entityType(sid, graph), between) || !fits(entityType(oid, graph), between) {
            continue
          }
          if stated(graph, sid, frame.relation, oid, symmetric: info.symmetric, in: ctx) { continue }
          add(&graph, sid, frame.relation, oid, stance: frame.stance, hedged: hedged,
            evidence(ctx, covering: [smi, omi], trigger: token(v)..<token(v) + 1, text: trigger, note: snote ?? onote))
        }
      }
    }
  }

  /// Talks named by their noun in a clause about something else: "Після переговорів з X
  /// канцлер Y заявив ..." gives Y negotiatesWith X. Only where a phrase of `eventAdjuncts`
  /// (після, під час, за підсумками) says the talks took place: "закликав до переговорів з X"
  /// states a wish, not talks.
  ///
  ///     "Після переговорів у Варшаві з прем'єр-міністром Польщі Дональдом Туском канцлер
  ///     Німеччини Олаф Шольц заявив ..." -> Олаф Шольц negotiatesWith Дональд Туск
  func treeEventNouns(_ ctx: Context, _ tree: SentenceTree?, _ graph: inout KnowledgeGraph) {
    guard let tree, let adjuncts = patterns.eventAdjuncts else { return }
    let phrases = adjuncts.map { $0.split(separator: " ").map(String.init) }
    let people = Set(ctx.mentions.indices.filter { entityType(ctx.mentions[$0].entity, graph) == "Person" })
    for frame in patterns.verbFrames where !frame.object.isEmpty && !frame.prepositions.isEmpty && frame.coordinated != true {
      guard let info = patterns.types[frame.relation], info.symmetric else { continue }
      for n in tree.words.indices where tree.words[n].upos == "NOUN" {
        let lemmas = (ctx.lemmas[tree.first + n] ?? []).union([tree.words[n].lemma.lowercased()])
        guard !lemmas.isDisjoint(with: frame.object) else { continue }
        // The adjunct stands right before the noun, or before the adjectives it takes.
        var start = n
        while start > 0, tree.head(start - 1) == n, tree.words[start - 1].upos == "ADJ" { start -= 1 }
        let said = phrases.contains { p in
          start >= p.count && zip(p, tree.words[(start - p.count)..<start]).allSatisfy { $0 == $1.form.lowercased() }
        }
        guard said else { continue }
        var verb = tree.head(n)
        var steps = 0
        while let v = verb, tree.words[v].upos != "VERB", steps < 3 {
          verb = tree.head(v)
          steps += 1
        }
        guard let v = verb, tree.words[v].upos == "VERB", !negated(ctx, tree.first + v),
          (ctx.lemmas[tree.first + v] ?? []).isDisjoint(with: patterns.refusals)
        else { continue }
        // The noun's own target, or one the parser hung on the place it names ("переговорів в
        // Сочі з президентом X", with "з президентом" under "Сочі").
        let places = tree.children(n, ["nmod", "obl"]).filter { ["в", "у", "на"].contains(tree.preposition(of: $0) ?? "") }
        let targets = (tree.children(n, ["nmod", "obl"]) + places.flatMap { tree.children($0, ["nmod", "obl"]) })
          .filter { tree.preposition(of: $0).map(frame.prepositions.contains) == true }
          .flatMap { tree.withConjuncts($0) }
        var agents: [Int] = tree.children(v, ["nsubj"]).flatMap { tree.withConjuncts($0) }
        if agents.isEmpty, ["conj", "xcomp"].contains(SentenceTree.universal(tree.words[v].relation)), let u = tree.head(v) {
          agents = tree.children(u, ["nsubj"]).flatMap { tree.withConjuncts($0) }
        }
        for a in agents {
          for t in targets {
            guard let smi = tree.mention(a, ctx, isPerson: people.contains), let omi = tree.mention(t, ctx, isPerson: people.contains)
            else { continue }
            addStated(ctx, smi, frame.relation, omi, subject: info.subject, object: info.object,
              trigger: tree.first + start..<tree.first + n + 1, text: tree.words[n].form, hedged: modal(ctx, near: tree.first + v), &graph)
          }
        }
      }
    }
  }

  /// The sentence's tree, parsed only when a tree pass could use it: two entities, and a
  /// frame's verb, a title a body may hold, or a title and a person (parsing costs about as much as the rest of the
  /// pipeline).
  /// `always` parses a sentence whatever it says, for a pass that has found its own reason.
  func syntaxTree(_ ctx: Context, _ graph: KnowledgeGraph, parsed: [SyntaxModel.Word]? = nil, always: Bool = false) -> SentenceTree? {
    guard let syntax, ctx.range.count >= 3, ctx.range.count <= 120, Set(ctx.mentions.map(\.entity)).count >= 2
    else { return nil }
    let person = ctx.mentions.contains { entityType($0.entity, graph) == "Person" }
    guard always || mayReadTree(ctx.range, lemmas: { ctx.lemmas[$0] }, titles: person) else { return nil }
    let words = parsed ?? analyze(ctx.doc, ctx.range, mentions: ctx.docMentions, syntax)
    return SentenceTree(words, first: ctx.range.lowerBound)
  }

  /// Whether a sentence says something the tree patterns read: a frame's verb (an agent
  /// frame's verb or participle, a verb of owning), an event's noun,
  /// a title a body may hold (засновник), or (`titles`, when a person is named) any title.
  func mayReadTree(_ range: Range<Int>, lemmas: (Int) -> Set<String>?, titles: Bool) -> Bool {
    // Each token's few lemmas looked up in the index, not the index's every key in the lemmas.
    func says<V>(_ words: [String: V]) -> Bool {
      range.contains { t in lemmas(t)?.contains { words[$0] != nil } ?? false }
    }
    let eventNoun = range.contains { t in lemmas(t).map { !$0.isDisjoint(with: eventNouns) } ?? false }
    return says(framesByVerb) || says(agentFramesByWord) || says(ownershipVerbs) || eventNoun || titles && says(titleIndex) || says(bodyTitleIndex)
  }

  /// The parses of a document's sentences that `syntaxTree` will likely ask for, keyed by
  /// sentence, found without the graph and so on any thread ahead of the relation stage: as
  /// `syntaxTree` asks, with two names of different base forms for two entities, and a person's
  /// label for a person. A sentence not parsed here is parsed when asked for (one whose second
  /// entity the relation stage adds, "відомство"); the parse is the same either way.
  public func parseAhead(_ doc: AnalyzedDocument) -> [Int: [SyntaxModel.Word]] {
    guard let syntax else { return [:] }
    var names = [Set<String>](repeating: [], count: doc.sentences.count)
    var person = [Bool](repeating: false, count: doc.sentences.count)
    let mentionsOf = sentenceMentions(doc)
    for (si, ms) in mentionsOf.enumerated() {
      for mi in ms {
        names[si].insert(doc.mentions[mi].lemma)
        if doc.mentions[mi].label == "PERS" { person[si] = true }
      }
    }
    var out: [Int: [SyntaxModel.Word]] = [:]
    for (si, sentence) in doc.sentences.enumerated() where names[si].count >= 2 {
      let range = sentence.tokenRange
      guard range.count >= 3, range.count <= 120, mayReadTree(range, lemmas: { tokenLemmas(doc.tokens[$0]) }, titles: person[si])
      else { continue }
      out[si] = analyze(doc, range, mentions: mentionsOf[si], syntax)
    }
    return out
  }

  /// A sentence parsed with what the recogniser knows: the words of person names take
  /// proper-noun tags (capitalised words of two letters or more, not initials), and each
  /// multi-word person name is parsed as one word (`SyntaxModel.analyze`). Bodies' names keep
  /// their words: their inner genitives are what `stateBodies` and the titles read, and parsing
  /// them as one word lost more relations on the development set than it found
  /// (docs/relations.md).
  /// `mentions`: the sentence's, as indices into `doc.mentions` (`sentenceMentions`).
  func analyze(_ doc: AnalyzedDocument, _ range: Range<Int>, mentions: [Int], _ syntax: SyntaxModel) -> [SyntaxModel.Word] {
    let first = range.lowerBound
    var names: Set<Int> = []
    var units: [Range<Int>] = []
    for m in mentions.map({ doc.mentions[$0] }) where range.contains(m.tokenRange.lowerBound) && m.tokenRange.upperBound <= range.upperBound {
      guard m.label == "PERS" else { continue }
      if m.tokenRange.count > 1 { units.append(m.tokenRange.lowerBound - first..<m.tokenRange.upperBound - first) }
      for t in m.tokenRange {
        let text = doc.tokens[t].text
        guard text.count >= 2, text.first?.isUppercase == true, !text.contains(".") else { continue }
        names.insert(t - first)
      }
    }
    return syntax.analyze(range.map { doc.tokens[$0].text }, names: names, units: units)
  }

  /// Adds `relation` from mention `smi` to mention `omi` where each fits its slot's kinds and
  /// the sentence has not stated it already; the evidence covers both and the trigger.
  func addStated(
    _ ctx: Context, _ smi: Int, _ relation: String, _ omi: Int, subject: [String], object: [String],
    trigger: Range<Int>, text: String, hedged: Bool, _ graph: inout KnowledgeGraph
  ) {
    guard smi != omi, let info = patterns.types[relation],
      let (sid, snote) = slotEntity(ctx, smi, allowed: subject, &graph),
      let (oid, onote) = slotEntity(ctx, omi, allowed: object, &graph), sid != oid,
      !stated(graph, sid, relation, oid, symmetric: info.symmetric, in: ctx)
    else { return }
    add(&graph, sid, relation, oid, hedged: hedged, evidence(ctx, covering: [smi, omi], trigger: trigger, text: text, note: snote ?? onote))
  }

  /// Each sentence's mentions, as indices into `doc.mentions`, found in one pass.
  func sentenceMentions(_ doc: AnalyzedDocument) -> [[Int]] {
    var out = [[Int]](repeating: [], count: doc.sentences.count)
    for (mi, m) in doc.mentions.enumerated() where m.sentenceIndex < out.count { out[m.sentenceIndex].append(mi) }
    return out
  }

  /// Evidence from the first to the last token of the mentions and the trigger's tokens.
  func evidence(_ ctx: Context, covering mentions: [Int], trigger: Range<Int>, text: String, note: String?) -> KnowledgeGraph.Evidence {
    let spans = mentions.map { ctx.mentions[$0].mention.tokenRange } + [trigger]
    let from = spans.map(\.lowerBound).min()!, to = spans.map(\.upperBound).max()! - 1
    return evidence(ctx, from: from, to: to, trigger: text, note: note)
  }

  /// Whether the relation already has evidence in this sentence.
  func stated(_ graph: KnowledgeGraph, _ s: String, _ p: String, _ o: String, symmetric: Bool, in ctx: Context) -> Bool {
    guard let r = graph.relation(subject: s, predicate: p, object: o, symmetric: symmetric) else { return false }
    // Evidence comes in reading order: this sentence's is among the latest, and a fact stated a
    // thousand times in one long article is not searched whole each time.
    let doc = ctx.doc.source.id
    return r.evidence.reversed().prefix { $0.document == doc && $0.scalarStart >= ctx.sentence.scalarStart }
      .contains { $0.scalarStart < ctx.sentence.scalarEnd }
  }
}

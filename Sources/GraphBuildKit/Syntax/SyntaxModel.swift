import Foundation

/// The tagger and the parser in one file (`data/syntax.model`), with what both read from a
/// sentence. Trained by `graphbuild train-syntax` on BRUK and the UD Ukrainian-IU source, so
/// it carries their licence, CC BY-NC-SA 4.0.
public struct SyntaxModel: Sendable {
  public static let fileName = "syntax.model"
  public let tagger: MorphTagger
  public let parser: DependencyParser

  public init(tagger: MorphTagger, parser: DependencyParser) {
    self.tagger = tagger
    self.parser = parser
  }

  /// One word's analysis: VESUM tag, lemma, UD part of speech and features, head and relation.
  public struct Word: Sendable, Equatable {
    public var form: String
    public var tag: String
    public var lemma: String
    public var upos: String
    public var feats: String
    public var head: Int
    public var relation: String
  }

  /// The tagger's choices for a sentence, and the words as the parser reads them.
  public func tagged(_ forms: [String], names: Set<Int> = []) -> (tags: [(tag: UInt16, lemma: String, form: UInt64)], words: [DependencyParser.Word]) {
    let morph = tagger.tagIndices(forms, names: names)
    let words = morph.map { DependencyParser.Word(formHash: $0.form, lemma: $0.lemma, atoms: tagger.derived[Int($0.tag)].atoms) }
    return (morph, words)
  }

  /// Tags, lemmatises and parses one sentence of given tokens.
  ///
  /// `names` are the positions of words the recogniser puts inside a person's name (see
  /// `MorphTagger.tagIndices`). Each of `units`, a multi-word name the recogniser found, is
  /// parsed as its head word alone, the first noun of the name: a parser trained on a
  /// treebank attaches the words of unseen names (an inverted "Прізвище Ім'я По-батькові", a
  /// quoted company name) as if they were sentence words, and a name read as one word keeps
  /// the tree around it whole. The name's other words hang on its head as `flat:name`
  /// (punctuation as `punct`).
  ///
  ///     analyze(["Буга", "був", "керівником", "ТОВ", "«", "Енерджі", "трейд", "груп", "»", "."],
  ///             names: [0], units: [3..<9])
  ///     // керівником is the root; ТОВ its nmod; «, Енерджі, трейд, груп, » hang on ТОВ
  public func analyze(_ forms: [String], names: Set<Int> = [], units: [Range<Int>] = []) -> [Word] {
    guard !forms.isEmpty else { return [] }
    let (morph, words) = tagged(forms, names: names)
    var headOf = [Int?](repeating: nil, count: forms.count)
    for u in units where u.count > 1 && u.lowerBound >= 0 && u.upperBound <= forms.count {
      let nouns = u.filter { tagger.derived[Int(morph[$0].tag)].wordClass == "noun" }
      let h = nouns.first ?? u.first { tagger.derived[Int(morph[$0].tag)].upos != "PUNCT" } ?? u.lowerBound
      for i in u where i != h { headOf[i] = h }
    }
    let kept = forms.indices.filter { headOf[$0] == nil }
    var keptAt = [Int?](repeating: nil, count: forms.count)
    for (k, i) in kept.enumerated() { keptAt[i] = k }
    let reduced = parser.parse(kept.map { words[$0] })
    var arcs = kept.indices.map { k in
      let arc = reduced[k]
      return (head: arc.head == 0 ? 0 : kept[arc.head - 1] + 1, relation: arc.relation)
    }
    // A name the parser made a sibling of the noun right before it ("Міністр закордонних справ
    // X провів", both subjects) is that noun's name, as the treebank hangs it (flat:title).
    func dominated(_ j: Int, by w: Int) -> Bool {
      var x = j
      for _ in 0..<forms.count {
        guard let k = keptAt[x] ?? headOf[x].flatMap({ keptAt[$0] }), arcs[k].head > 0 else { return false }
        x = arcs[k].head - 1
        if x == w { return true }
      }
      return false
    }
    for u in units where u.count > 1 {
      guard let hk = u.lazy.compactMap({ keptAt[$0] }).first, u.lowerBound > 0 else { continue }
      let w = (0..<u.lowerBound).reversed().first { i in
        guard let wk = keptAt[i], tagger.derived[Int(morph[i].tag)].upos == "NOUN", arcs[wk].head == arcs[hk].head,
          SentenceTree.universal(arcs[wk].relation) == SentenceTree.universal(arcs[hk].relation)
        else { return false }
        return (i + 1..<u.lowerBound).allSatisfy { dominated($0, by: i) || tagger.derived[Int(morph[$0].tag)].upos == "PUNCT" }
      }
      if let w { arcs[hk] = (w + 1, "flat:title") }
      // A name agrees in case with the noun it names: one hung on a genitive it does not agree
      // with belongs to that genitive's head ("Жінка посадовця X": X is the wife).
      let h = u.lowerBound + (u.firstIndex { keptAt[$0] != nil }.map { $0 - u.startIndex } ?? 0)
      func nounCase(_ i: Int) -> Substring? {
        let d = tagger.derived[Int(morph[i].tag)]
        guard d.upos == "NOUN" || d.upos == "PROPN" else { return nil }
        return d.feats.split(separator: "|").first { $0.hasPrefix("Case=") }
      }
      let (g, r) = arcs[hk]
      if g > 0, ["flat", "appos"].contains(SentenceTree.universal(r)), let own = nounCase(h), let gk = keptAt[g - 1],
        nounCase(g - 1) != own, arcs[gk].relation == "nmod", arcs[gk].head > 0, nounCase(arcs[gk].head - 1) == own
      {
        arcs[hk] = (arcs[gk].head, r)
      }
    }
    return forms.indices.map { i in
      let d = tagger.derived[Int(morph[i].tag)]
      var head: Int, relation: String
      if let h = headOf[i] {
        head = h + 1
        relation = d.upos == "PUNCT" ? "punct" : "flat:name"
      } else {
        (head, relation) = arcs[keptAt[i]!]
      }
      return Word(
        form: forms[i], tag: tagger.tags[Int(morph[i].tag)], lemma: morph[i].lemma, upos: d.upos, feats: d.feats,
        head: head, relation: relation)
    }
  }

  func parseTagged(_ words: [(form: String, lemma: String, tag: String)]) -> [Word] {
    guard !words.isEmpty else { return [] }
    let arcs = parser.parse(words.map { DependencyParser.Word(form: $0.form, lemma: $0.lemma, tag: $0.tag) })
    return words.indices.map { i in
      let t = VESUMTag(words[i].tag)
      return Word(
        form: words[i].form, tag: words[i].tag, lemma: words[i].lemma, upos: t.upos, feats: t.feats,
        head: arcs[i].head, relation: arcs[i].relation)
    }
  }

  /// The sentence with LEMMA, UPOS, XPOS, FEATS, HEAD and DEPREL of its word rows filled in;
  /// its tokens, comments, multiword tokens and empty nodes stay as given.
  ///
  /// With `givenTags`, the file's own XPOS (a VESUM tag) and LEMMA are kept and only the tree
  /// is built: how well the parser does with perfect tags.
  public func annotate(_ sentence: CoNLLUSentence, givenTags: Bool = false) -> CoNLLUSentence {
    var out = sentence
    let rows = sentence.wordRows
    let words = givenTags ? parseTagged(rows.map { (sentence.rows[$0][1], sentence.rows[$0][2], sentence.rows[$0][4]) }) : analyze(rows.map { sentence.rows[$0][1] })
    for (r, w) in zip(rows, words) {
      out.rows[r][2] = w.lemma
      out.rows[r][3] = w.upos
      out.rows[r][4] = w.tag
      out.rows[r][5] = w.feats
      out.rows[r][6] = String(w.head)
      out.rows[r][7] = w.relation
    }
    return out
  }

  // MARK: file

  static let magic = "GBSYNTAX2"

  public func serialized() -> Data {
    var data = Data((Self.magic + "\n").utf8)
    let t = tagger
    func strings(_ list: [String]) {
      data.appendInteger(UInt64(list.count))
      for s in list { data.append(contentsOf: (s + "\n").utf8) }
    }
    strings(t.tags)
    let forms = t.formTags.keys.sorted()
    data.appendInteger(UInt64(forms.count))
    data.appendArray(forms)
    data.appendArray(forms.map { t.formCounts[$0] ?? 0 })
    lists(forms.map { t.formTags[$0]! }, into: &data)
    let suffixes = t.suffixTags.keys.sorted()
    data.appendInteger(UInt64(suffixes.count))
    data.appendArray(suffixes)
    lists(suffixes.map { t.suffixTags[$0]! }, into: &data)
    let lemmaKeys = t.lemmas.keys.sorted()
    data.appendInteger(UInt64(lemmaKeys.count))
    data.appendArray(lemmaKeys)
    for k in lemmaKeys { data.append(contentsOf: (t.lemmas[k]! + "\n").utf8) }
    let ruleKeys = t.lemmaRules.keys.sorted()
    data.appendInteger(UInt64(ruleKeys.count))
    data.appendArray(ruleKeys)
    data.appendArray(ruleKeys.map { UInt8(min(t.lemmaRules[$0]!.strip, 255)) })
    for k in ruleKeys { data.append(contentsOf: (t.lemmaRules[k]!.append + "\n").utf8) }
    t.weights.write(to: &data)
    strings(parser.relations)
    parser.weights.write(to: &data)
    return data
  }

  private func lists(_ lists: [[UInt16]], into data: inout Data) {
    data.appendArray(lists.map { UInt16($0.count) })
    data.appendArray(lists.flatMap { $0 })
  }

  public init(data: Data, file: String) throws {
    var r = BinaryReader(data, file: file)
    guard (try? r.line()) == Self.magic else { throw r.failure("not a graphbuild syntax model") }
    func strings() throws -> [String] {
      let n = Int(try r.integer(UInt64.self))
      guard n < 1 << 24 else { throw r.failure("bad count") }
      return try (0..<n).map { _ in try r.line() }
    }
    func lists(_ n: Int) throws -> [[UInt16]] {
      let counts: [UInt16] = try r.array(count: n)
      let flat: [UInt16] = try r.array(count: counts.reduce(0) { $0 + Int($1) })
      var out: [[UInt16]] = []
      out.reserveCapacity(n)
      var i = 0
      for c in counts {
        out.append(Array(flat[i..<i + Int(c)]))
        i += Int(c)
      }
      return out
    }
    let tags = try strings()
    let nf = Int(try r.integer(UInt64.self))
    let forms: [UInt64] = try r.array(count: nf)
    let counts: [Int32] = try r.array(count: nf)
    let formLists = try lists(nf)
    let ns = Int(try r.integer(UInt64.self))
    let suffixes: [UInt64] = try r.array(count: ns)
    let suffixLists = try lists(ns)
    let nl = Int(try r.integer(UInt64.self))
    let lemmaKeys: [UInt64] = try r.array(count: nl)
    var lemmas: [UInt64: String] = [:]
    lemmas.reserveCapacity(nl)
    for k in lemmaKeys { lemmas[k] = try r.line() }
    let nr = Int(try r.integer(UInt64.self))
    let ruleKeys: [UInt64] = try r.array(count: nr)
    let strips: [UInt8] = try r.array(count: nr)
    var rules: [UInt64: MorphTagger.LemmaRule] = [:]
    rules.reserveCapacity(nr)
    for (k, s) in zip(ruleKeys, strips) { rules[k] = MorphTagger.LemmaRule(strip: Int(s), append: try r.line()) }
    let taggerWeights = try SparseWeights(reading: &r)
    let relations = try strings()
    let parserWeights = try SparseWeights(reading: &r)
    guard taggerWeights.classCount == tags.count, parserWeights.classCount == 1 + 2 * relations.count,
      formLists.allSatisfy({ $0.allSatisfy { Int($0) < tags.count } }),
      suffixLists.allSatisfy({ $0.allSatisfy { Int($0) < tags.count } })
    else { throw r.failure("its parts do not agree") }
    tagger = MorphTagger(
      tags: tags, formTags: Dictionary(uniqueKeysWithValues: zip(forms, formLists)),
      formCounts: Dictionary(uniqueKeysWithValues: zip(forms, counts)),
      suffixTags: Dictionary(uniqueKeysWithValues: zip(suffixes, suffixLists)), lemmas: lemmas,
      lemmaRules: rules, weights: taggerWeights)
    parser = DependencyParser(relations: relations, weights: parserWeights)
  }

  public static func load(_ url: URL) throws -> SyntaxModel {
    let data: Data
    do { data = try Data(contentsOf: url) } catch {
      throw GraphBuildError.badData(file: url.path, reason: "cannot be read; `graphbuild train-syntax` makes it")
    }
    return try SyntaxModel(data: data, file: url.path)
  }
}

import Foundation

/// A word's tag and lemma, as the tagger chose them.
public struct MorphAnalysis: Sendable, Equatable {
  public var tag: String
  public var lemma: String
}

/// A part-of-speech and morphology tagger over VESUM's full tags, trained on BRUK: a greedy
/// left-to-right averaged perceptron that picks, for each word, one of the tags seen with that
/// form (or, for a form never seen, with its ending) in the training text.
///
///     tagger.tag(["Президент", "підписав", "закон", "."]).map(\.tag)
///     // ["noun:anim:m:v_naz", "verb:perf:past:m", "noun:inanim:m:v_zna", "punct"]
public struct MorphTagger: Sendable {
  let tags: [String]
  /// The tags seen with each lower-cased form, by the form's hash; with how often it was seen.
  let formTags: [UInt64: [UInt16]]
  let formCounts: [UInt64: Int32]
  /// The tags seen with each ending (1 to 4 letters, keyed with its length) and word shape.
  let suffixTags: [UInt64: [UInt16]]
  /// Lemmas of known (form, tag) pairs, and ending rewrites for the rest.
  let lemmas: [UInt64: String]
  let lemmaRules: [UInt64: LemmaRule]
  let weights: SparseWeights
  /// What follows from each tag, worked out once.
  let derived: [Derived]
  /// The tags of people's names, for a word the recogniser calls part of a person's name whose
  /// form and ending offer none.
  let properNouns: [UInt16]

  struct Derived: Sendable {
    var upos: String
    var feats: String
    var atoms: DependencyParser.TagAtoms
    var wordClass: Substring
    var isAbbreviation: Bool
    var isProper: Bool
    /// A first name, surname or patronymic (VESUM's fname, lname, pname).
    var isPersonName: Bool
  }

  init(
    tags: [String], formTags: [UInt64: [UInt16]], formCounts: [UInt64: Int32], suffixTags: [UInt64: [UInt16]],
    lemmas: [UInt64: String], lemmaRules: [UInt64: LemmaRule], weights: SparseWeights
  ) {
    self.tags = tags
    self.formTags = formTags
    self.formCounts = formCounts
    self.suffixTags = suffixTags
    self.lemmas = lemmas
    self.lemmaRules = lemmaRules
    self.weights = weights
    let derived = tags.map { t in
      let v = VESUMTag(t)
      return Derived(
        upos: v.upos, feats: v.feats, atoms: DependencyParser.TagAtoms(v), wordClass: v.wordClass,
        isAbbreviation: v.has("abbr"), isProper: v.has("prop"), isPersonName: v.has("fname") || v.has("lname") || v.has("pname"))
    }
    self.derived = derived
    properNouns = derived.indices.filter { derived[$0].isPersonName }.map(UInt16.init)
  }

  struct LemmaRule: Sendable, Hashable {
    var strip: Int
    var append: String
  }

  static let maxSuffix = 4
  /// A form seen this often keeps to its own tags; a rarer one also takes its ending's.
  static let trustedCount: Int32 = 3

  // MARK: word atoms

  /// What the tagger reads of one word, computed once a sentence.
  struct Word {
    var lower: String
    var form: UInt64
    var suffixes: [UInt64]  // index k-1: the last k letters
    var prefix: UInt64
    var shape: UInt64
    var candidates: [UInt16]
    var ambiguity: UInt64
  }

  /// The word's look: digits, Latin letters, capitals, hyphen, apostrophe ("Xx", "LX", "d-").
  static func shape(of scalars: [Unicode.Scalar]) -> String {
    guard !scalars.isEmpty else { return "empty" }
    var upper = 0, lower = 0, digits = 0, latin = false, hyphen = false, apostrophe = false
    for u in scalars {
      let v = u.value
      let cls = CaseMapping.simpleClass(v) ?? (u.properties.isUppercase ? 1 : u.properties.isAlphabetic ? 2 : u.properties.numericType != nil ? 3 : 0)
      switch cls {
      case 1: upper += 1
      case 2: lower += 1
      case 3: digits += 1
      default: break
      }
      if cls == 1 || cls == 2, v < 0x250 { latin = true }
      if v == 0x2D { hyphen = true }
      if v == 0x27 || v == 0x2019 || v == 0x2BC { apostrophe = true }
    }
    if upper + lower == 0 { return digits == scalars.count ? "digits" : digits > 0 ? "d" : "punct" }
    var s = digits > 0 ? "d" : ""
    if latin { s += "L" }
    let firstUpper = (CaseMapping.simpleClass(scalars[0].value) ?? (scalars[0].properties.isUppercase ? 1 : 0)) == 1
    s += firstUpper ? (lower == 0 ? "X" : "Xx") : "x"
    if hyphen { s += "-" }
    if apostrophe { s += "'" }
    return s
  }

  static func shape(of form: String) -> String { shape(of: Array(form.unicodeScalars)) }

  /// Lower case, with ’ and ʼ read as ' (texts spell the apostrophe three ways).
  static func normalized(_ form: String) -> String {
    let lower = form.lowercasedFast()
    guard lower.utf8.contains(where: { $0 == 0xE2 || $0 == 0xCA }) else { return lower }
    return lower.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "ʼ", with: "'")
  }

  /// Hashes of the last 1...maxSuffix letters of a lower-cased form.
  static func suffixKeys(_ lower: [Unicode.Scalar]) -> [UInt64] {
    (1...maxSuffix).map { k in
      var h = FNV1a.offsetBasis
      for u in lower.suffix(k) { h = (h ^ UInt64(u.value)) &* 0x100_0000_01b3 }
      return featureKey(UInt64(k), h)
    }
  }

  static func shapeKey(_ shape: String) -> UInt64 { featureKey(99, FNV1a.hash(shape)) }

  static func words(
    _ forms: [String], formTags: [UInt64: [UInt16]], formCounts: [UInt64: Int32], suffixTags: [UInt64: [UInt16]]
  ) -> [Word] {
    forms.map { form in
      let lower = normalized(form)
      let scalars = Array(lower.unicodeScalars)
      let f = FNV1a.hash(lower)
      let shape = Self.shape(of: Array(form.unicodeScalars))
      let suffixes = suffixKeys(scalars)
      // A compound the dictionary lacks declines in its last part (екс-голова, віце-спікера):
      // it takes that part's readings.
      // (Not a name's: "Агролеон-Захід" is no west.)
      let known = formTags[f] ?? compoundTail(form).flatMap { formTags[FNV1a.hash($0)] }
      var candidates = known ?? []
      if (formCounts[f] ?? 0) < trustedCount {
        let fromEnding =
          shape == "punct" || shape == "digits"
          ? suffixTags[shapeKey(shape)]
          : (suffixes.prefix(max(scalars.count - 1, 0)).reversed().lazy.compactMap { suffixTags[$0] }.first ?? suffixTags[shapeKey(shape)])
        for t in fromEnding ?? [] where !candidates.contains(t) { candidates.append(t) }
      }
      var ambiguity: UInt64 = 7
      if let known {
        for t in known.sorted() { ambiguity = featureKey(ambiguity, UInt64(t)) }
      }
      var prefix = FNV1a.offsetBasis
      for u in scalars.prefix(2) { prefix = (prefix ^ UInt64(u.value)) &* 0x100_0000_01b3 }
      return Word(
        lower: lower, form: f, suffixes: suffixes, prefix: prefix,
        shape: FNV1a.hash(shape), candidates: candidates, ambiguity: ambiguity)
    }
  }

  static let none: UInt64 = 0x5EED
  static let start: UInt64 = 0x57A7

  /// The features of word `i` given the two tags chosen before it.
  static func features(_ words: [Word], _ i: Int, previous p1: UInt64, _ p2: UInt64, into f: inout [UInt64]) {
    f.removeAll(keepingCapacity: true)
    let w = words[i]
    let prev = i > 0 ? words[i - 1] : nil
    let next = i + 1 < words.count ? words[i + 1] : nil
    let next2 = i + 2 < words.count ? words[i + 2] : nil
    f.append(featureKey(1, 0))
    f.append(featureKey(2, w.form))
    for k in 0..<maxSuffix { f.append(featureKey(3 + UInt64(k), w.suffixes[k])) }
    f.append(featureKey(7, w.prefix))
    f.append(featureKey(8, w.shape))
    f.append(featureKey(9, p1))
    f.append(featureKey(10, p1, p2))
    f.append(featureKey(11, p1, w.form))
    f.append(featureKey(12, prev?.form ?? start))
    f.append(featureKey(13, prev?.suffixes[2] ?? start))
    f.append(featureKey(14, next?.form ?? start))
    f.append(featureKey(15, next?.suffixes[2] ?? start))
    f.append(featureKey(16, next2?.form ?? start))
    f.append(featureKey(17, i == 0 ? 1 : 0, w.shape))
    f.append(featureKey(18, w.ambiguity))
    f.append(featureKey(19, next?.ambiguity ?? start))
    f.append(featureKey(20, p1, w.suffixes[2]))
    f.append(featureKey(21, prev?.ambiguity ?? start, w.ambiguity))
    f.append(featureKey(22, w.suffixes[1], next?.suffixes[1] ?? start))
  }

  // MARK: tagging

  /// Tags and lemmatises one sentence's words.
  public func tag(_ forms: [String]) -> [MorphAnalysis] {
    tagIndices(forms).map { MorphAnalysis(tag: tags[Int($0.tag)], lemma: $0.lemma) }
  }

  /// As `tag`, with each tag as its number in `tags` (and `derived`), and the hash of the
  /// normalised form, which the parser reads too.
  ///
  /// `names` are the positions of words inside a person's name: they take a proper-noun tag,
  /// so that an unknown surname (`Буга`) is not read as an adjective and the tree around it holds.
  func tagIndices(_ forms: [String], names: Set<Int> = []) -> [(tag: UInt16, lemma: String, form: UInt64)] {
    let ws = Self.words(forms, formTags: formTags, formCounts: formCounts, suffixTags: suffixTags)
    var scores = [Float](repeating: 0, count: tags.count)
    var feats: [UInt64] = []
    feats.reserveCapacity(32)
    var p1 = Self.start
    var p2 = Self.start
    var out: [(tag: UInt16, lemma: String, form: UInt64)] = []
    out.reserveCapacity(ws.count)
    for i in ws.indices {
      Self.features(ws, i, previous: p1, p2, into: &feats)
      let candidates =
        names.contains(i) ? properCandidates(ws[i])
        : ws[i].candidates.isEmpty ? Array(0..<UInt16(tags.count)) : ws[i].candidates
      weights.score(feats, candidates: candidates, into: &scores)
      var best = candidates[0]
      for c in candidates.dropFirst() where scores[Int(c)] > scores[Int(best)] { best = c }
      out.append((best, lemma(of: forms[i], lower: ws[i].lower, tag: best), ws[i].form))
      p2 = p1
      p1 = UInt64(best) &+ 1000
    }
    return out
  }

  /// A name's word's tags as a person's name: its own, else its longest ending's, else every one.
  func properCandidates(_ w: Word) -> [UInt16] {
    func proper(_ ts: [UInt16]) -> [UInt16] { ts.filter { derived[Int($0)].isPersonName } }
    let own = proper(w.candidates)
    if !own.isEmpty { return own }
    for key in w.suffixes.reversed() {
      let fromEnding = proper(suffixTags[key] ?? [])
      if !fromEnding.isEmpty { return fromEnding }
    }
    return properNouns
  }

  static func lemmaKey(_ lowerHash: UInt64, _ tag: UInt16) -> UInt64 { featureKey(50, lowerHash, UInt64(tag)) }

  static func ruleKey(_ lower: String, _ k: Int, _ tag: UInt16) -> UInt64 {
    featureKey(60 + UInt64(k), FNV1a.hash(String(lower.suffix(k))), UInt64(tag))
  }

  static let maxRuleSuffix = 5

  /// The part after a compound's last hyphen, where it is a lower-case word of its own (at
  /// least three letters): "голови" of "екс-голови".
  static func compoundTail(_ form: String) -> String? {
    guard let dash = form.lastIndex(of: "-"), dash != form.startIndex else { return nil }
    let tail = form[form.index(after: dash)...]
    return tail.count >= 3 && tail.allSatisfy({ $0.isLetter && !$0.isUppercase || "'’ʼ".contains($0) }) ? normalized(String(tail)) : nil
  }

  func lemma(of form: String, lower: String, tag: UInt16) -> String {
    if let known = lemmas[Self.lemmaKey(FNV1a.hash(lower), tag)] { return known }
    if let tail = Self.compoundTail(form), let known = lemmas[Self.lemmaKey(FNV1a.hash(tail), tag)] {
      return lower.dropLast(tail.count) + known
    }
    let t = derived[Int(tag)]
    if t.wordClass == "punct" || t.wordClass == "number" || t.wordClass == "symb" { return form }
    var base = lower
    for k in stride(from: Self.maxRuleSuffix, through: 1, by: -1) where lower.count > k {
      if let rule = lemmaRules[Self.ruleKey(lower, k, tag)] {
        base = String(lower.dropLast(rule.strip)) + rule.append
        break
      }
    }
    if t.isAbbreviation, form.count > 1, form == form.uppercased() { return form }
    if t.isProper || (t.isAbbreviation && form.first?.isUppercase == true) {
      return base.prefix(1).uppercased() + base.dropFirst()
    }
    return base
  }
}

import Foundation

/// Hashed features of tokens for the tagger. Word-intrinsic features are computed once per
/// distinct word form and cached; context features combine the neighbours' cached hashes.
final class FeatureExtractor: @unchecked Sendable {
  /// What the tagger needs of a word form besides its own features: plain values, so that
  /// copying one costs no reference counting.
  struct WordInfo {
    var lowerHash: UInt64
    var shapeHash: UInt64
    var lemmaHash: UInt64
    var suffixHash: UInt64
    var isCapitalized: Bool
    var flagHash: UInt64 = 0
    /// What the word lists say of the word (name classes, kind of place), for its neighbours.
    var listClass: UInt64 = 0
    /// Hash of the exact form: the cache key.
    var key: UInt64 = 0
    /// What the tagger remembers a word by within a document: its lemma, so that "Коваля"
    /// recalls how "Коваль" was tagged.
    var memoryKey: UInt64 { lemmaHash }
  }

  /// What the tagger remembers of the words of a document: the entity type (`Tagger.typeIndex`)
  /// each was last tagged with, by `WordInfo.memoryKey`.
  typealias Memory = [UInt64: Int]

  /// The feature that says how a word was tagged earlier in its document (none: -1).
  static func memoryFeature(_ info: WordInfo, _ memory: Memory) -> UInt64 {
    mix(204, UInt64((memory[info.memoryKey] ?? -1) + 1))
  }

  let lemmatizer: Lemmatizer?
  let gazetteer: Gazetteer?
  // Keyed by a 64-bit hash of the UTF-8 bytes: String keys pay for Unicode normalisation on
  // every lookup, which dominated tagging time.
  private var cache: [UInt64: WordInfo] = [:]
  /// The word-intrinsic feature hashes of each form, by the same key (evicted with `cache`).
  private var intrinsicCache: [UInt64: [UInt64]] = [:]
  private let lock = NSLock()
  /// Precomputed knowledge of frequent forms (`attach`); set once, before tagging starts.
  var forms: FormTable?

  init(lemmatizer: Lemmatizer?, gazetteer: Gazetteer?) {
    self.lemmatizer = lemmatizer
    self.gazetteer = gazetteer
  }

  @inline(__always) static func hash(_ template: UInt64, _ s: String) -> UInt64 {
    FNV1a.hash(s, seed: FNV1a.offsetBasis ^ (template &* 0x9E37_79B9_7F4A_7C15))
  }

  @inline(__always) static func hash(_ template: UInt64, bytes: ArraySlice<UInt8>) -> UInt64 {
    FNV1a.hash(bytes: bytes, seed: FNV1a.offsetBasis ^ (template &* 0x9E37_79B9_7F4A_7C15))
  }

  @inline(__always) static func mix(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 {
    var h = a &+ template &* 0x9E37_79B9_7F4A_7C15
    h ^= b &* 0xC2B2_AE3D_27D4_EB4F
    h ^= h >> 31
    h = h &* 0xBF58_476D_1CE4_E5B9
    h ^= h >> 29
    return h
  }

  static func shape(_ word: String) -> String {
    var out = String.UnicodeScalarView()
    var last: Unicode.Scalar = " "
    for s in word.unicodeScalars {
      guard let c = CaseMapping.simpleClass(s.value) else { return characterShape(word) }
      let k: Unicode.Scalar = c == 1 ? "X" : c == 2 ? "x" : c == 3 ? "d" : s
      if k != last { out.append(k) }
      last = k
    }
    return String(out)
  }

  /// The shape read by Characters: what `shape` gives for words beyond Latin and Cyrillic.
  static func characterShape(_ word: String) -> String {
    var out = ""
    var last: Character = " "
    for c in word {
      let k: Character
      if c.isUppercase { k = "X" } else if c.isLowercase { k = "x" } else if c.isNumber { k = "d" } else { k = c }
      if k != last { out.append(k) }
      last = k
    }
    return out
  }

  func info(_ token: Token) -> WordInfo {
    let word = token.text
    let key = Self.hash(0, word)
    lock.lock()
    if let hit = cache[key] { lock.unlock(); return hit }
    lock.unlock()
    return computeAndCache(token, key: key).0
  }

  /// The word-intrinsic feature hashes of a token's form.
  func intrinsic(_ token: Token) -> [UInt64] {
    let key = Self.hash(0, token.text)
    lock.lock()
    if let hit = intrinsicCache[key] { lock.unlock(); return hit }
    lock.unlock()
    return computeAndCache(token, key: key).1
  }

  private func computeAndCache(_ token: Token, key: UInt64) -> (WordInfo, [UInt64]) {
    var (computed, features) = compute(token.text, kind: token.kind, key: key)
    computed.key = key
    lock.lock()
    if cache.count > 2_000_000 {
      cache.removeAll(keepingCapacity: true)
      intrinsicCache.removeAll(keepingCapacity: true)
    }
    cache[key] = computed
    intrinsicCache[key] = features
    lock.unlock()
    return (computed, features)
  }

  private func compute(_ word: String, kind: Token.Kind, key: UInt64) -> (WordInfo, [UInt64]) {
    let lower = word.lowercasedFast()
    var f: [UInt64] = []
    f.reserveCapacity(20)
    let lowerHash = Self.hash(1, lower)
    f.append(lowerHash)
    f.append(Self.hash(2, word))
    // Suffixes of 1-4 letters and a 3-letter prefix, hashed over the UTF-8 bytes in place.
    let bytes = Array(lower.utf8)
    var starts: [Int] = []
    starts.reserveCapacity(bytes.count)
    for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 { starts.append(i) }
    let letterCount = starts.count
    var suffix3: UInt64 = 0
    for n in 1...4 where letterCount > n {
      let h = Self.hash(10 + UInt64(n), bytes: bytes[starts[letterCount - n]...])
      if n == 3 { suffix3 = h }
      f.append(h)
    }
    if letterCount > 3 { f.append(Self.hash(20, bytes: bytes[..<starts[3]])) }
    let shape = Self.shape(word)
    f.append(Self.hash(3, shape))
    f.append(Self.hash(4, kind.rawValue))
    f.append(Self.hash(5, String(min(letterCount, 12))))
    let capitalized = word.first?.isUppercase ?? false
    let latin = Self.isLatin(word)
    if latin { f.append(Self.hash(6, "latin")) }
    let k =
      (kind == .word ? forms?.knowledge(key) : nil)
      ?? knowledge(word, kind: kind, lower: lower, capitalized: capitalized, latin: latin)
    f.append(contentsOf: k.features)
    // What the neighbours see of the dictionary: the token's kind only. The first entry's
    // paradigm instead scored the same (pooled CV F1 0.811 against 0.812).
    let info = WordInfo(
      lowerHash: lowerHash, shapeHash: Self.hash(3, shape), lemmaHash: k.lemmaHash,
      suffixHash: suffix3, isCapitalized: capitalized, flagHash: Self.hash(21, kind.rawValue), listClass: k.listClass)
    return (info, f)
  }

  /// What the dictionaries and lists say of a form: the costly part of its features (Hunspell,
  /// the lemmatiser, the word lists and the gazetteer), which a `FormTable` holds precomputed.
  struct Knowledge: Equatable {
    var lemmaHash: UInt64
    var listClass: UInt64
    var features: [UInt64]
  }

  /// Computed, never looked up: what a `FormTable` is built from and checked against.
  func knowledge(_ token: Token) -> Knowledge {
    let word = token.text
    return knowledge(word, kind: token.kind, lower: word.lowercasedFast(), capitalized: word.first?.isUppercase ?? false, latin: Self.isLatin(word))
  }

  /// A word with a Latin letter (Reuters, iPhone): neither Hunspell nor VESUM is asked.
  static func isLatin(_ word: String) -> Bool {
    word.unicodeScalars.contains { $0.value < 0x80 && $0.properties.isAlphabetic }
  }

  private func knowledge(_ word: String, kind: Token.Kind, lower: String, capitalized: Bool, latin: Bool) -> Knowledge {
    var f: [UInt64] = []
    var lemmaHash = Self.hash(7, lower)
    var listClass: UInt64 = 0
    if kind == .word && !latin, let lemmatizer, let h = lemmatizer.hunspell {
      // What the dictionary knows: a common word, a name it only knows capitalised, or nothing.
      // A lower-case form is known when it has stems, which the lemmatiser asks for anyway.
      let knownLower = capitalized || word != lower ? h.spell(lower) : h.isKnown(word)
      let knownAsIs = capitalized ? h.spell(word) : knownLower
      let cls = knownLower ? "lower" : (knownAsIs ? "proper" : "unknown")
      f.append(Self.hash(8, cls + (capitalized ? "C" : "")))
      // Paradigm flags of the dictionary entries this form belongs to: a word-class signal.
      var flagSet: Set<Character> = []
      for stem in h.stems(word).prefix(3) {
        if let fl = DictionaryFlags.shared.flags(of: stem) {
          let cap = stem.first?.isUppercase == true ? "C" : "l"
          f.append(Self.hash(21, cap + fl))
          for c in fl { flagSet.insert(c) }
          if fl.isEmpty { f.append(Self.hash(22, cap)) }
        }
      }
      for c in flagSet.sorted() { f.append(Self.hash(23, String(c))) }
      let lemma = lemmatizer.lemma(word)
      lemmaHash = Self.hash(7, lemma.lowercasedFast())
      f.append(lemmaHash)
      if let g = gazetteer {
        listClass = listFeatures(word, lower: lower, capitalized: capitalized, lists: g.wordLists, lemmatizer: lemmatizer, into: &f)
        if let e = g.lookup(lemma) ?? g.lookup(word) { f.append(Self.hash(9, e.type)) }
        if g.country(forAdjective: lemma.lowercasedFast()) != nil { f.append(Self.hash(9, "countryAdj")) }
        if g.governmentHeads.contains(lemma.lowercasedFast()) { f.append(Self.hash(9, "govHead")) }
        if g.companyMarkers.contains(lemma) || g.companyMarkers.contains(lemma.lowercasedFast()) { f.append(Self.hash(9, "company")) }
      }
    } else if let g = gazetteer, let e = g.lookup(word) {
      f.append(Self.hash(9, e.type))
    }
    return Knowledge(lemmaHash: lemmaHash, listClass: listClass, features: f)
  }

  /// Features from VESUM's name classes of the form and from the place names its readings
  /// match; returns a small code of both for the neighbours' features.
  private func listFeatures(
    _ word: String, lower: String, capitalized: Bool, lists: WordLists, lemmatizer: Lemmatizer, into f: inout [UInt64]
  ) -> UInt64 {
    // The kinds of name, not a first name's gender (with it: F1 0.804 against 0.808).
    let classes = lists.nameClasses(lower).kinds
    if !classes.isEmpty {
      f.append(Self.hash(30, String(classes.rawValue) + (capitalized ? "C" : "l")))
      for bit in 0..<6 where classes.rawValue & (1 << bit) != 0 { f.append(Self.hash(31, String(bit))) }
    }
    var place: WordLists.PlaceKind?
    var exact = false
    if capitalized {
      if let k = lists.placeKind(word) {
        place = k
        exact = true
      } else {
        for a in lemmatizer.analyses(word).prefix(4) {
          if let k = lists.placeKind(a.lemma) { place = k; break }
        }
      }
    }
    if let place { f.append(Self.hash(32, String(place.rawValue) + (exact ? "=" : "~"))) }
    return UInt64(classes.rawValue) | UInt64(place?.rawValue ?? 0) << 8
  }

  /// What the whole document says about its words: which appear in lower case somewhere (so a
  /// capital may only mark a sentence start), which appear capitalised mid-sentence.
  struct DocumentStats {
    var lowerSeen: Set<UInt64> = []
    var capitalizedMidSentence: Set<UInt64> = []

    init() {}

    init(tokens: [Token], sentences: [Sentence], infos: [WordInfo]) {
      for s in sentences {
        var first = true
        for t in s.tokenRange where tokens[t].kind == .word {
          if tokens[t].isCapitalized {
            if !first { capitalizedMidSentence.insert(infos[t].lowerHash) }
          } else {
            lowerSeen.insert(infos[t].lowerHash)
          }
          first = false
        }
      }
    }
  }

  /// Feature hashes of a sentence's tokens in one flat array (row i is token i): tagging makes
  /// one allocation a sentence instead of one a token.
  struct FeatureRows {
    var values: [UInt64] = []
    var ends: [Int] = []
    var count: Int { ends.count }
    subscript(i: Int) -> ArraySlice<UInt64> { values[(i == 0 ? 0 : ends[i - 1])..<ends[i]] }

    /// These rows with `extra[i]` added to row i (the encoder's codes).
    func adding(_ extra: ArraySlice<[UInt64]>) -> FeatureRows {
      var out = FeatureRows()
      for i in 0..<count {
        out.values += self[i]
        out.values += extra[extra.startIndex + i]
        out.ends.append(out.values.count)
      }
      return out
    }
  }

  /// Where a neighbour stands from the word being tagged.
  enum Neighbour: Int, CaseIterable {
    case previous, beforePrevious, next, afterNext
  }

  /// Stands for a missing neighbour (before the first word, after the last).
  static let none: UInt64 = 0x1234_5678

  /// The features a word gives the word it neighbours (`nil`: no word there). They depend on
  /// the neighbour's form alone, so tagging caches their scores per form, like intrinsic ones.
  static func neighbourFeatures(_ w: WordInfo?, as position: Neighbour) -> [UInt64] {
    func h(_ template: UInt64, _ field: KeyPath<WordInfo, UInt64>) -> UInt64 { mix(template, w?[keyPath: field] ?? none) }
    switch position {
    case .previous:
      return [h(101, \.lowerHash), h(105, \.shapeHash), h(107, \.lemmaHash), h(114, \.suffixHash), h(125, \.flagHash), h(130, \.listClass)]
    case .beforePrevious:
      return [h(103, \.lowerHash), h(115, \.lemmaHash)]
    case .next:
      return [h(102, \.lowerHash), h(106, \.shapeHash), h(108, \.lemmaHash), h(113, \.suffixHash), h(126, \.flagHash), h(131, \.listClass)]
    case .afterNext:
      return [h(104, \.lowerHash), h(116, \.shapeHash)]
    }
  }

  /// Static features of every token of a sentence (those that do not depend on labels), given
  /// the tokens' word infos (`info`). Without `perForm`, it leaves out what depends on one word
  /// form alone (its intrinsic features and those it gives its neighbours): the tagger adds
  /// their cached scores instead.
  func features(_ tokens: ArraySlice<Token>, infos: ArraySlice<WordInfo>, stats: DocumentStats = DocumentStats(), perForm: Bool = true) -> FeatureRows {
    let infos = Array(infos)
    let toks = Array(tokens)
    let n = infos.count
    var out = FeatureRows()
    out.ends.reserveCapacity(n)
    out.values.reserveCapacity(n * 48)
    let none = Self.none
    // Inside «...» or "..." in this sentence: quoted titles and names.
    var inQuotes = [Bool](repeating: false, count: n)
    var open: Int?
    for i in 0..<n where toks[i].kind == .quote {
      let q = toks[i].text
      if q == "«" || q == "„" || (q == "\"" && open == nil) {
        open = i
      } else if let o = open {
        for k in (o + 1)..<i { inQuotes[k] = true }
        open = nil
      }
    }
    // Runs of capitalised words (names of several words): where each word's run starts and ends.
    var run = [Range<Int>?](repeating: nil, count: n)
    var r = 0
    while r < n {
      guard toks[r].isCapitalized || toks[r].isAllCaps else { r += 1; continue }
      var end = r + 1
      while end < n && (toks[end].isCapitalized || toks[end].isAllCaps) { end += 1 }
      for k in r..<end { run[k] = r..<end }
      r = end
    }
    // Inside quotes, the word before the opening quote: the kind of thing named (закону «...»).
    var quoteHead = [UInt64](repeating: 0, count: n)
    var head: UInt64 = 0
    for i in 0..<n {
      if toks[i].kind == .quote {
        head = head == 0 && i > 0 ? infos[i - 1].lemmaHash : 0
      } else if inQuotes[i] {
        quoteHead[i] = head
      }
    }
    for i in 0..<n {
      defer { out.ends.append(out.values.count) }
      func add(_ h: UInt64) { out.values.append(h) }
      let p1 = i > 0 ? infos[i - 1] : nil
      let p2 = i > 1 ? infos[i - 2] : nil
      let n1 = i + 1 < n ? infos[i + 1] : nil
      let n2 = i + 2 < n ? infos[i + 2] : nil
      if let run = run[i] {
        // Place in the run: 1 alone, 2 first, 3 last, 4 inside.
        let pos: UInt64 = run.count == 1 ? 1 : (i == run.lowerBound ? 2 : (i == run.upperBound - 1 ? 3 : 4))
        add(Self.mix(140, pos &* 8 &+ UInt64(min(run.count, 5))))
        add(Self.mix(141, infos[run.lowerBound].lemmaHash, pos))
      }
      if quoteHead[i] != 0 { add(Self.mix(142, quoteHead[i])) }
      if perForm {
        out.values.append(contentsOf: intrinsic(toks[i]))
        out.values.append(contentsOf: Self.neighbourFeatures(p1, as: .previous))
        out.values.append(contentsOf: Self.neighbourFeatures(p2, as: .beforePrevious))
        out.values.append(contentsOf: Self.neighbourFeatures(n1, as: .next))
        out.values.append(contentsOf: Self.neighbourFeatures(n2, as: .afterNext))
      }
      add(Self.mix(100, 1))  // bias
      add(Self.mix(109, p1?.shapeHash ?? none, infos[i].shapeHash))
      add(Self.mix(110, infos[i].shapeHash, n1?.shapeHash ?? none))
      add(Self.mix(111, p1?.lowerHash ?? none, infos[i].lowerHash))
      add(Self.mix(112, infos[i].lowerHash, n1?.lowerHash ?? none))
      if i == 0 { add(Self.mix(117, 1)) }
      if inQuotes[i] { add(Self.mix(128, 1)); add(Self.mix(129, infos[i].shapeHash)) }
      // A capital in mid-sentence is a strong sign of a name; at the start it says little.
      if i > 0 && infos[i].isCapitalized && toks[i - 1].kind != .quote && toks[i - 1].text != "." {
        add(Self.mix(120, infos[i].shapeHash))
        add(Self.mix(121, p1?.lemmaHash ?? none))
      }
      add(Self.mix(122, p1?.lowerHash ?? none, n1?.lowerHash ?? none))
      add(Self.mix(127, infos[i].flagHash, n1?.flagHash ?? none))
      add(Self.mix(132, infos[i].listClass, n1?.listClass ?? none))
      if infos[i].isCapitalized {
        let lower = infos[i].lowerHash
        add(Self.mix(124, stats.lowerSeen.contains(lower) ? 1 : 0, stats.capitalizedMidSentence.contains(lower) ? 1 : 0))
      }
      add(Self.mix(123, infos[i].lemmaHash, n1?.shapeHash ?? none))
      if i > 0 && toks[i - 1].kind == .quote { add(Self.mix(118, Self.hash(0, toks[i - 1].text))) }
      if i + 1 < n && toks[i + 1].kind == .quote { add(Self.mix(119, 1)) }
    }
    return out
  }
}

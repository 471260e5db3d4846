import Foundation

/// Hashed features of tokens for the tagger. Word-intrinsic features are computed once per
/// distinct word form and cached; context features combine the neighbours' cached hashes.
final class FeatureExtractor: @unchecked Sendable {
  struct WordInfo {
    var intrinsic: [UInt64]
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
  }

  let lemmatizer: Lemmatizer?
  let gazetteer: Gazetteer?
  // Keyed by a 64-bit hash of the UTF-8 bytes: String keys pay for Unicode normalisation on
  // every lookup, which dominated tagging time.
  private var cache: [UInt64: WordInfo] = [:]
  private let lock = NSLock()

  init(lemmatizer: Lemmatizer?, gazetteer: Gazetteer?) {
    self.lemmatizer = lemmatizer
    self.gazetteer = gazetteer
  }

  @inline(__always) static func hash(_ template: UInt64, _ s: String) -> UInt64 {
    FNV1a.hash(s, seed: FNV1a.offsetBasis ^ (template &* 0x9E37_79B9_7F4A_7C15))
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
    var computed = compute(word, kind: token.kind)
    computed.key = key
    lock.lock()
    if cache.count > 2_000_000 { cache.removeAll(keepingCapacity: true) }
    cache[key] = computed
    lock.unlock()
    return computed
  }

  private func compute(_ word: String, kind: Token.Kind) -> WordInfo {
    let lower = word.lowercased()
    var f: [UInt64] = []
    f.reserveCapacity(20)
    f.append(Self.hash(1, lower))
    f.append(Self.hash(2, word))
    let scalars = Array(lower.unicodeScalars)
    var suffix3: UInt64 = 0
    for n in 1...4 where scalars.count > n {
      var v = String.UnicodeScalarView()
      v.append(contentsOf: scalars[(scalars.count - n)...])
      let h = Self.hash(10 + UInt64(n), String(v))
      if n == 3 { suffix3 = h }
      f.append(h)
    }
    if scalars.count > 3 {
      var v = String.UnicodeScalarView()
      v.append(contentsOf: scalars[..<3])
      f.append(Self.hash(20, String(v)))
    }
    let shape = Self.shape(word)
    f.append(Self.hash(3, shape))
    f.append(Self.hash(4, kind.rawValue))
    f.append(Self.hash(5, String(min(scalars.count, 12))))
    let capitalized = word.first?.isUppercase ?? false
    let latin = word.unicodeScalars.contains { $0.value < 0x80 && $0.properties.isAlphabetic }
    if latin { f.append(Self.hash(6, "latin")) }
    var lemmaHash = Self.hash(7, lower)
    var flagHash: UInt64 = Self.hash(21, kind.rawValue)
    var listClass: UInt64 = 0
    if kind == .word && !latin, let lemmatizer, let h = lemmatizer.hunspell {
      // What the dictionary knows: a common word, a name it only knows capitalised, or nothing.
      let knownLower = h.spell(lower)
      let knownAsIs = capitalized ? h.spell(word) : knownLower
      let cls = knownLower ? "lower" : (knownAsIs ? "proper" : "unknown")
      f.append(Self.hash(8, cls + (capitalized ? "C" : "")))
      // Paradigm flags of the dictionary entries this form belongs to: a word-class signal.
      var flagSet: Set<Character> = []
      for stem in h.stems(word).prefix(3) {
        if let fl = DictionaryFlags.shared.flags(of: stem) {
          let cap = stem.first?.isUppercase == true ? "C" : "l"
          if flagHash == 0 { flagHash = Self.hash(21, cap + fl) }
          f.append(Self.hash(21, cap + fl))
          for c in fl { flagSet.insert(c) }
          if fl.isEmpty { f.append(Self.hash(22, cap)) }
        }
      }
      for c in flagSet { f.append(Self.hash(23, String(c))) }
      let lemma = lemmatizer.lemma(word)
      lemmaHash = Self.hash(7, lemma.lowercased())
      f.append(lemmaHash)
      if let g = gazetteer {
        listClass = listFeatures(word, lower: lower, capitalized: capitalized, lists: g.wordLists, lemmatizer: lemmatizer, into: &f)
        if let e = g.lookup(lemma) ?? g.lookup(word) { f.append(Self.hash(9, e.type)) }
        if g.country(forAdjective: lemma.lowercased()) != nil { f.append(Self.hash(9, "countryAdj")) }
        if g.governmentHeads.contains(lemma.lowercased()) { f.append(Self.hash(9, "govHead")) }
        if g.companyMarkers.contains(lemma) || g.companyMarkers.contains(lemma.lowercased()) { f.append(Self.hash(9, "company")) }
      }
    } else if let g = gazetteer, let e = g.lookup(word) {
      f.append(Self.hash(9, e.type))
    }
    return WordInfo(
      intrinsic: f, lowerHash: Self.hash(1, lower), shapeHash: Self.hash(3, shape), lemmaHash: lemmaHash,
      suffixHash: suffix3, isCapitalized: capitalized, flagHash: flagHash, listClass: listClass)
  }

  /// Features from VESUM's name classes of the form and from the place names its readings
  /// match; returns a small code of both for the neighbours' features.
  private func listFeatures(
    _ word: String, lower: String, capitalized: Bool, lists: WordLists, lemmatizer: Lemmatizer, into f: inout [UInt64]
  ) -> UInt64 {
    let classes = lists.nameClasses(lower)
    if !classes.isEmpty {
      f.append(Self.hash(30, String(classes.rawValue) + (capitalized ? "C" : "l")))
      for bit in 0..<4 where classes.rawValue & (1 << bit) != 0 { f.append(Self.hash(31, String(bit))) }
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
    return UInt64(classes.rawValue) | UInt64(place?.rawValue ?? 0) << 4
  }

  /// What the whole document says about its words: which appear in lower case somewhere (so a
  /// capital may only mark a sentence start), which appear capitalised mid-sentence.
  struct DocumentStats {
    var lowerSeen: Set<UInt64> = []
    var capitalizedMidSentence: Set<UInt64> = []

    init() {}

    init(tokens: [Token], sentences: [Sentence], extractor: FeatureExtractor) {
      for s in sentences {
        var first = true
        for t in s.tokenRange where tokens[t].kind == .word {
          let tok = tokens[t]
          if tok.isCapitalized {
            if !first { capitalizedMidSentence.insert(extractor.info(tok).lowerHash) }
          } else {
            lowerSeen.insert(extractor.info(tok).lowerHash)
          }
          first = false
        }
      }
    }
  }

  /// Static features of every token of a sentence (those that do not depend on labels).
  func features(_ tokens: ArraySlice<Token>, stats: DocumentStats = DocumentStats()) -> [[UInt64]] {
    featuresAndInfos(tokens, stats: stats).0
  }

  func featuresAndInfos(_ tokens: ArraySlice<Token>, stats: DocumentStats = DocumentStats(), includeIntrinsic: Bool = true) -> ([[UInt64]], [WordInfo]) {
    let infos = tokens.map { info($0) }
    let toks = Array(tokens)
    let n = infos.count
    var out: [[UInt64]] = []
    out.reserveCapacity(n)
    let none: UInt64 = 0x1234_5678
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
      var f: [UInt64] = []
      let p1 = i > 0 ? infos[i - 1] : nil
      let p2 = i > 1 ? infos[i - 2] : nil
      let n1 = i + 1 < n ? infos[i + 1] : nil
      let n2 = i + 2 < n ? infos[i + 2] : nil
      f.reserveCapacity(infos[i].intrinsic.count + 40)
      if let run = run[i] {
        // Place in the run: 1 alone, 2 first, 3 last, 4 inside.
        let pos: UInt64 = run.count == 1 ? 1 : (i == run.lowerBound ? 2 : (i == run.upperBound - 1 ? 3 : 4))
        f.append(Self.mix(140, pos &* 8 &+ UInt64(min(run.count, 5))))
        f.append(Self.mix(141, infos[run.lowerBound].lemmaHash, pos))
      }
      if quoteHead[i] != 0 { f.append(Self.mix(142, quoteHead[i])) }
      if includeIntrinsic { f.append(contentsOf: infos[i].intrinsic) }
      f.append(Self.mix(100, 1))  // bias
      f.append(Self.mix(101, p1?.lowerHash ?? none))
      f.append(Self.mix(102, n1?.lowerHash ?? none))
      f.append(Self.mix(103, p2?.lowerHash ?? none))
      f.append(Self.mix(104, n2?.lowerHash ?? none))
      f.append(Self.mix(105, p1?.shapeHash ?? none))
      f.append(Self.mix(106, n1?.shapeHash ?? none))
      f.append(Self.mix(107, p1?.lemmaHash ?? none))
      f.append(Self.mix(108, n1?.lemmaHash ?? none))
      f.append(Self.mix(109, p1?.shapeHash ?? none, infos[i].shapeHash))
      f.append(Self.mix(110, infos[i].shapeHash, n1?.shapeHash ?? none))
      f.append(Self.mix(111, p1?.lowerHash ?? none, infos[i].lowerHash))
      f.append(Self.mix(112, infos[i].lowerHash, n1?.lowerHash ?? none))
      f.append(Self.mix(113, n1?.suffixHash ?? none))
      f.append(Self.mix(114, p1?.suffixHash ?? none))
      f.append(Self.mix(115, p2?.lemmaHash ?? none))
      f.append(Self.mix(116, n2?.shapeHash ?? none))
      if i == 0 { f.append(Self.mix(117, 1)) }
      if inQuotes[i] { f.append(Self.mix(128, 1)); f.append(Self.mix(129, infos[i].shapeHash)) }
      // A capital in mid-sentence is a strong sign of a name; at the start it says little.
      if i > 0 && infos[i].isCapitalized && toks[i - 1].kind != .quote && toks[i - 1].text != "." {
        f.append(Self.mix(120, infos[i].shapeHash))
        f.append(Self.mix(121, p1?.lemmaHash ?? none))
      }
      f.append(Self.mix(122, p1?.lowerHash ?? none, n1?.lowerHash ?? none))
      f.append(Self.mix(125, p1?.flagHash ?? none))
      f.append(Self.mix(126, n1?.flagHash ?? none))
      f.append(Self.mix(127, infos[i].flagHash, n1?.flagHash ?? none))
      f.append(Self.mix(130, p1?.listClass ?? none))
      f.append(Self.mix(131, n1?.listClass ?? none))
      f.append(Self.mix(132, infos[i].listClass, n1?.listClass ?? none))
      if infos[i].isCapitalized {
        let lower = infos[i].lowerHash
        f.append(Self.mix(124, stats.lowerSeen.contains(lower) ? 1 : 0, stats.capitalizedMidSentence.contains(lower) ? 1 : 0))
      }
      f.append(Self.mix(123, infos[i].lemmaHash, n1?.shapeHash ?? none))
      if i > 0 && toks[i - 1].kind == .quote { f.append(Self.mix(118, Self.hash(0, toks[i - 1].text))) }
      if i + 1 < n && toks[i + 1].kind == .quote { f.append(Self.mix(119, 1)) }
      out.append(f)
    }
    return (out, infos)
  }
}

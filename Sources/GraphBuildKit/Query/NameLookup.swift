import Foundation

/// Finds an entity from a name in any script or form: exact, inflected (Зеленського),
/// transliterated under any common system (Zelensky, Zelenskyy, Selenskyj), then fuzzy.
/// Used by query, render --focus and the resolver's cross-run matching.
public struct NameLookup: Sendable {
  public struct Candidate: Sendable, Equatable {
    public var id: String
    public var name: String
    /// 4 exact, 3 inflected, 2 transliterated, 1 fuzzy; the fraction orders within a tier.
    public var score: Double
  }

  struct Key: Sendable {
    var id: String
    var exact: Set<String>
    var skeletons: Set<String>
    var consonants: Set<String>
    /// Word skeletons in sorted order, so that "Zelenskyi Volodymyr" finds "Volodymyr Zelenskyi".
    var wordSets: Set<String>
    /// Each word of each name, normalised, so that a lone inflected surname finds the person.
    var words: Set<String>
  }

  /// Candidates at or above this score are a name, an alias or an inflected form of it.
  public static let sureScore = 2.8

  private var keys: [Key] = []
  private var names: [String: String] = [:]
  private let lemmatizer: Lemmatizer?

  /// English and other conventional first-name and place forms that no letter mapping reaches.
  static let conventions: [String: String] = [
    "alexander": "oleksandr", "aleksandr": "oleksandr", "alyaksandr": "oleksandr", "aliaksandr": "oleksandr",
    "svetlana": "svitlana", "sviatlana": "svitlana", "vladimir": "volodymyr", "uladzimir": "volodymyr",
    "kiev": "kyiv", "kharkov": "kharkiv", "odessa": "odesa", "lvov": "lviv", "nikolay": "mykola",
    "mikhail": "mykhailo", "sergei": "serhii", "sergey": "serhii", "andrei": "andrii", "andrey": "andrii",
    "yuri": "yurii", "yury": "yurii", "dmitry": "dmytro", "alexei": "oleksii", "alexey": "oleksii",
    "pyotr": "petro", "peter": "petro", "victor": "viktor", "john": "dzhon", "donald": "donald",
    "belarus": "bilorus", "byelorussia": "bilorus", "moscow": "moskva", "warsaw": "varshava",
  ]

  public init(graph: KnowledgeGraph, lemmatizer: Lemmatizer? = .shared) {
    self.lemmatizer = lemmatizer
    for e in graph.entities.values {
      var forms = Set([e.name, e.latinName] + e.aliases)
      if let en = e.englishName { forms.insert(en) }
      forms.remove("")
      var exact: Set<String> = []
      var skeletons: Set<String> = []
      var consonants: Set<String> = []
      var wordSets: Set<String> = []
      var nameWords: Set<String> = []
      for f in forms {
        for w in Gazetteer.normalize(f).split(separator: " ") where w.count > 2 { nameWords.insert(String(w)) }
        exact.insert(Gazetteer.normalize(f))
        let latin = Self.latin(f)
        skeletons.insert(Self.skeleton(latin))
        consonants.insert(Self.consonants(Self.skeleton(latin)))
        // BGN/PCGN through ICU (Foundation's transform), which spells some letters otherwise.
        if Self.isCyrillic(f), let bgn = f.applyingTransform(StringTransform("Ukrainian-Latin/BGN"), reverse: false) {
          skeletons.insert(Self.skeleton(Self.latin(bgn)))
        }
        // Each word alone, so that "Zelensky" finds "Володимир Зеленський".
        let words = latin.split(separator: " ")
        wordSets.insert(Self.skeleton(latin).split(separator: " ").sorted().joined(separator: " "))
        if words.count > 1 {
          for w in words where w.count > 2 {
            skeletons.insert(Self.skeleton(String(w)))
            consonants.insert(Self.consonants(Self.skeleton(String(w))))
          }
        }
      }
      keys.append(Key(id: e.id, exact: exact, skeletons: skeletons, consonants: consonants, wordSets: wordSets, words: nameWords))
      names[e.id] = e.name
    }
    keys.sort { $0.id < $1.id }
  }

  /// Whether there are no names to look up.
  public var isEmpty: Bool { keys.isEmpty }

  static func isCyrillic(_ s: String) -> Bool { s.unicodeScalars.contains { $0.value >= 0x400 && $0.value <= 0x4FF } }

  /// Latin, lower-case, ASCII: KMU 2010 for Cyrillic, accents dropped for Latin (Lukašenka).
  static func latin(_ s: String) -> String {
    let l = isCyrillic(s) ? KMU2010.transliterate(s) : s
    let ascii = l.applyingTransform(.toLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false) ?? l
    return ascii.lowercased().map { $0.isLetter || $0 == " " ? String($0) : ($0 == "-" ? " " : "") }.joined()
  }

  /// A spelling-neutral key: the letter groups that romanisation systems spell differently
  /// are folded together (kh/h/g, ts/c/tz, ya/ia/a, y/i/j, w/v, double letters).
  static func skeleton(_ latin: String) -> String {
    var words = latin.split(separator: " ").map { w -> String in
      var s = String(w)
      if let c = conventions[s] { s = c }
      return s
    }
    words = words.map { w in
      var s = w
      for (a, b) in [
        ("shch", "s"), ("sch", "s"), ("tch", "c"), ("ch", "c"), ("sh", "s"), ("zh", "z"), ("kh", "h"), ("ts", "c"),
        ("tz", "c"), ("cz", "c"), ("lz", "lc"), ("nz", "nc"), ("ck", "k"), ("x", "ks"), ("q", "k"), ("w", "v"), ("ph", "f"), ("ou", "ov"),
        ("yu", "u"), ("iu", "u"), ("ju", "u"), ("ya", "a"), ("ia", "a"), ("ja", "a"), ("ye", "e"), ("ie", "e"), ("je", "e"),
        ("yi", "i"), ("ji", "i"), ("y", "i"), ("j", "i"), ("g", "h"), ("ee", "i"), ("oo", "u"),
      ] {
        s = Self.replacing(a, with: b, in: s)
      }
      // "c" before a back vowel or a consonant is "k" (Colin ~ Kolin, Macron ~ Makron).
      var out = ""
      let chars = Array(s)
      for (i, c) in chars.enumerated() {
        if c == "c", i + 1 < chars.count, !"eiy".contains(chars[i + 1]) { out.append("k"); continue }
        if let last = out.last, last == c { continue }
        out.append(c)
      }
      return out
    }
    return words.joined(separator: " ")
  }

  /// `replacingOccurrences` for ASCII, without Foundation's string bridging: it runs 34 times
  /// for each word of each name.
  static func replacing(_ target: String, with replacement: String, in s: String) -> String {
    guard s.utf8.allSatisfy({ $0 < 0x80 }) else { return s.replacingOccurrences(of: target, with: replacement) }
    let t = Array(target.utf8)
    let bytes = Array(s.utf8)
    guard bytes.count >= t.count, !t.isEmpty else { return s }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 4)
    var i = 0
    var changed = false
    while i < bytes.count {
      if bytes[i] == t[0], i + t.count <= bytes.count, bytes[i..<(i + t.count)].elementsEqual(t) {
        out.append(contentsOf: replacement.utf8)
        i += t.count
        changed = true
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return changed ? String(decoding: out, as: UTF8.self) : s
  }

  /// The skeleton without vowels after the first letter: endings and vowel spellings differ most.
  static func consonants(_ skeleton: String) -> String {
    skeleton.split(separator: " ").map { w -> String in
      guard let first = w.first else { return "" }
      return String(first) + w.dropFirst().filter { !"aeiou".contains($0) }
    }.joined(separator: " ")
  }

  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0...b.count)
    var cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      cur[0] = i
      for j in 1...b.count {
        cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&prev, &cur)
    }
    return prev[b.count]
  }

  /// Ranked candidates for a query, best first.
  public func candidates(_ query: String, limit: Int = 5) -> [Candidate] {
    let q = Gazetteer.normalize(query)
    guard !q.isEmpty else { return [] }
    var best: [String: Double] = [:]
    func offer(_ id: String, _ score: Double) { best[id] = max(best[id] ?? 0, score) }
    var inflected: Set<String> = []
    if Self.isCyrillic(query), let lemmatizer {
      let words = query.split(separator: " ").map(String.init)
      inflected.insert(Gazetteer.normalize(lemmatizer.lemmatizeName(words, isPerson: true)))
      inflected.insert(Gazetteer.normalize(lemmatizer.lemmatizeName(words, isPerson: false)))
      if words.count == 1 { for a in lemmatizer.analyses(query).prefix(4) { inflected.insert(Gazetteer.normalize(a.lemma)) } }
    }
    let qs = Self.skeleton(Self.latin(query))
    let qc = Self.consonants(qs)
    for k in keys {
      if k.exact.contains(q) { offer(k.id, 4); continue }
      if !inflected.isDisjoint(with: k.exact) { offer(k.id, 3); continue }
      if k.words.contains(q) { offer(k.id, 2.9); continue }
      if !inflected.isDisjoint(with: k.words) { offer(k.id, 2.8); continue }
      if k.skeletons.contains(qs) { offer(k.id, 2.5); continue }
      if k.wordSets.contains(qs.split(separator: " ").sorted().joined(separator: " ")) { offer(k.id, 2.4); continue }
      if k.consonants.contains(qc) && qc.count >= 3 { offer(k.id, 2); continue }
      if k.consonants.contains(qc) && qc.count == 2 { offer(k.id, 1.85); continue }
      // Fuzzy: typos and spellings that folding does not reach.
      var bestRatio = 0.0
      for s in k.skeletons {
        let d = Self.distance(s, qs)
        let ratio = 1 - Double(d) / Double(max(s.count, qs.count))
        bestRatio = max(bestRatio, ratio)
      }
      if bestRatio >= 0.7 { offer(k.id, 1 + bestRatio) }
    }
    return best.map { Candidate(id: $0.key, name: names[$0.key] ?? $0.key, score: $0.value) }
      .sorted { ($0.score, $1.name) > ($1.score, $0.name) }
      .prefix(limit).map { $0 }
  }

  /// The one entity a query names, or an error that offers the closest names.
  public func resolve(_ query: String) throws -> String {
    let c = candidates(query)
    guard let top = c.first, top.score >= 1.8 else {
      throw GraphBuildError.unknownEntity(name: query, suggestions: suggestions(query))
    }
    return top.id
  }

  /// The closest names, however loose, for "did you mean".
  public func suggestions(_ query: String, limit: Int = 3) -> [String] {
    let qs = Self.skeleton(Self.latin(query))
    var scored: [(Int, String)] = []
    for k in keys {
      let d = k.skeletons.map { Self.distance($0, qs) }.min() ?? Int.max
      scored.append((d, names[k.id] ?? k.id))
    }
    return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
  }
}

import Foundation

/// Finds an entity from a name in any script or form: exact, inflected (Зеленського),
/// transliterated under any common system (Zelensky, Zelenskyy, Selenskyj), then fuzzy.
/// Used by query, render --focus and the resolver's cross-run matching.
public struct NameLookup: Sendable, NameKeys {
  public struct Candidate: Sendable, Equatable {
    public var id: String
    public var name: String
    /// 4 exact, 3 inflected, 2 transliterated, 1 fuzzy; the fraction orders within a tier.
    public var score: Double
  }

  struct Key: Sendable {
    var id: String
    var exact: Set<String>
    /// Each word of each name, normalised, so that a lone inflected surname finds the person.
    var words: Set<String>
    /// The names as written, for the spelling keys.
    var forms: Set<String>
  }

  /// Romanisation-neutral keys of one entity's names.
  struct Spelling: Sendable {
    var skeletons: Set<String> = []
    var consonants: Set<String> = []
    /// Word skeletons in sorted order, so that "Zelenskyi Volodymyr" finds "Volodymyr Zelenskyi".
    var wordSets: Set<String> = []
  }

  /// The spelling keys and their indexes, made on first use: most queries are settled by a
  /// name, an alias or an inflected form, and making them is most of the cost of a lookup.
  final class Spellings: @unchecked Sendable {
    private let lock = NSLock()
    /// Each key's spellings, and each spelling tier's strings -> the keys that hold them.
    typealias Made = (keys: [Spelling], skeleton: [String: [Int]], wordSet: [String: [Int]], consonant: [String: [Int]])
    private var made: Made?

    func get(_ keys: [Key]) -> Made {
      lock.lock()
      defer { lock.unlock() }
      if let made { return made }
      // A key's keys are the union of its forms' keys, and forms recur across keys (a city in
      // many bodies' names): each distinct form is romanised once, on every core (ICU's
      // transforms are most of the cost).
      let forms = Array(Set(keys.flatMap(\.forms)))
      let perForm = parallelMap(forms, jobs: ProcessInfo.processInfo.activeProcessorCount) { NameLookup.spelling(of: [$0]) }
      let ofForm = Dictionary(uniqueKeysWithValues: zip(forms, perForm))
      let spellings = keys.map { key in
        key.forms.reduce(into: Spelling()) { k, f in
          guard let one = ofForm[f] else { return }
          k.skeletons.formUnion(one.skeletons)
          k.consonants.formUnion(one.consonants)
          k.wordSets.formUnion(one.wordSets)
        }
      }
      var skeleton: [String: [Int]] = [:]
      var wordSet: [String: [Int]] = [:]
      var consonant: [String: [Int]] = [:]
      for (i, k) in spellings.enumerated() {
        for x in k.skeletons { skeleton[x, default: []].append(i) }
        for x in k.wordSets { wordSet[x, default: []].append(i) }
        for x in k.consonants { consonant[x, default: []].append(i) }
      }
      made = (spellings, skeleton, wordSet, consonant)
      return made!
    }
  }

  /// Candidates at or above this score are a name, an alias or an inflected form of it.
  public static let sureScore = 2.8

  private var keys: [Key] = []
  private var keyOf: [String: Int] = [:]
  private var names: [String: String] = [:]
  /// The longest name's length: a query far longer names nothing here, and its spelling and
  /// fuzzy tiers, quadratic in its length, are not tried.
  public private(set) var longestName = 0
  /// Each tier's strings -> the keys (indices) that hold them: a query looks up, not scans.
  private var exactIndex: [String: [Int]] = [:]
  private var wordIndex: [String: [Int]] = [:]
  private var spellings = Spellings()
  /// Asked for only by a query in Cyrillic: opening Hunspell is half a Latin query's time.
  private let lemmatizer: @Sendable () -> Lemmatizer?

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

  public init(graph: KnowledgeGraph, lemmatizer: @autoclosure @escaping @Sendable () -> Lemmatizer? = Lemmatizer.shared) {
    self.lemmatizer = lemmatizer
    for e in graph.entities.values.sorted(by: { $0.id < $1.id }) { add(e) }
  }

  /// Adds an entity's names and the forms its mentions wrote them in (`mentionTexts`, when only
  /// some are new: those of the document just resolved).
  public mutating func add(_ e: KnowledgeGraph.Entity, mentionTexts: [String]? = nil) {
    add(id: e.id, name: e.name, forms: [e.name, e.latinName, e.englishName ?? ""] + e.aliases + (mentionTexts ?? e.mentions.map(\.text)))
  }

  /// Adds names of an entity, new or already here: the resolver keeps one lookup over the
  /// graph as each document leaves it, so that a document meets the same names whether the
  /// earlier ones were extracted in this run or in another. Costs in the new forms only.
  public mutating func add(id: String, name: String, forms: [String]) {
    let i: Int
    if let known = keyOf[id] {
      i = known
    } else {
      i = keys.count
      keyOf[id] = i
      keys.append(Key(id: id, exact: [], words: [], forms: []))
    }
    names[id] = name
    var changed = false
    for f in forms where !f.isEmpty && keys[i].forms.insert(f).inserted {
      changed = true
      longestName = max(longestName, f.count)
      let n = Gazetteer.normalize(f)
      if keys[i].exact.insert(n).inserted { exactIndex[n, default: []].append(i) }
      for w in n.split(separator: " ") where w.count > 2 {
        if keys[i].words.insert(String(w)).inserted { wordIndex[String(w), default: []].append(i) }
      }
    }
    if changed { spellings = Spellings() }
  }

  static func spelling<Forms: Sequence<String>>(of forms: Forms) -> Spelling {
    var k = Spelling()
    for f in forms {
      let latin = Self.latin(f)
      let skeleton = Self.skeleton(latin)
      k.skeletons.insert(skeleton)
      k.consonants.insert(Self.consonants(skeleton))
      // BGN/PCGN through ICU (Foundation's transform), which spells some letters otherwise.
      if Self.isCyrillic(f), let bgn = f.applyingTransform(StringTransform("Ukrainian-Latin/BGN"), reverse: false) {
        k.skeletons.insert(Self.skeleton(Self.latin(bgn)))
      }
      // Each word alone, so that "Zelensky" finds "Володимир Зеленський".
      let words = latin.split(separator: " ")
      k.wordSets.insert(skeleton.split(separator: " ").sorted().joined(separator: " "))
      if words.count > 1 {
        for w in words where w.count > 2 {
          let ws = Self.skeleton(String(w))
          k.skeletons.insert(ws)
          k.consonants.insert(Self.consonants(ws))
        }
      }
    }
    return k
  }

  /// Whether there are no names to look up.
  public var isEmpty: Bool { keys.isEmpty }

  static func isCyrillic(_ s: String) -> Bool { s.unicodeScalars.contains { $0.value >= 0x400 && $0.value <= 0x4FF } }

  /// Latin, lower-case, ASCII: KMU 2010 for Cyrillic, accents dropped for Latin (Lukašenka).
  static func latin(_ s: String) -> String {
    let l = isCyrillic(s) ? KMU2010.transliterate(s) : s
    // ICU's transforms leave ASCII as it is, and KMU 2010 gives ASCII: they run for the rest.
    let ascii = l.utf8.allSatisfy { $0 < 0x80 } ? l : l.applyingTransform(.toLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false) ?? l
    return ascii.lowercasedFast().map { $0.isLetter || $0 == " " ? String($0) : ($0 == "-" ? " " : "") }.joined()
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
      var s = Array(w.utf8)
      for (a, b) in folds { s = replacing(a, with: b, in: s) }
      // Graphemes only where there are letters beyond ASCII (ICU could not romanise them).
      if s.allSatisfy({ $0 < 0x80 }) {
        return String(decoding: hardeningC(s, c: UInt8(ascii: "c"), k: UInt8(ascii: "k"), soft: Array("eiy".utf8)), as: UTF8.self)
      }
      return String(hardeningC(Array(String(decoding: s, as: UTF8.self)), c: "c", k: "k", soft: Array("eiy")))
    }
    return words.joined(separator: " ")
  }

  /// The letter groups `skeleton` folds, in order (each pass sees the one before).
  static let foldPairs: [(String, String)] = [
    ("shch", "s"), ("sch", "s"), ("tch", "c"), ("ch", "c"), ("sh", "s"), ("zh", "z"), ("kh", "h"), ("ts", "c"),
    ("tz", "c"), ("cz", "c"), ("lz", "lc"), ("nz", "nc"), ("ck", "k"), ("x", "ks"), ("q", "k"), ("w", "v"), ("ph", "f"), ("ou", "ov"),
    ("yu", "u"), ("iu", "u"), ("ju", "u"), ("ya", "a"), ("ia", "a"), ("ja", "a"), ("ye", "e"), ("ie", "e"), ("je", "e"),
    ("yi", "i"), ("ji", "i"), ("y", "i"), ("j", "i"), ("g", "h"), ("ee", "i"), ("oo", "u"),
  ]
  static let folds: [([UInt8], [UInt8])] = foldPairs.map { (Array($0.0.utf8), Array($0.1.utf8)) }

  /// "c" before a back vowel or a consonant is "k" (Colin ~ Kolin, Macron ~ Makron); a doubled
  /// letter is one.
  static func hardeningC<T: Equatable>(_ s: [T], c: T, k: T, soft: [T]) -> [T] {
    var out: [T] = []
    out.reserveCapacity(s.count)
    for (i, x) in s.enumerated() {
      if x == c, i + 1 < s.count, !soft.contains(s[i + 1]) { out.append(k); continue }
      if let last = out.last, last == x { continue }
      out.append(x)
    }
    return out
  }

  /// `replacingOccurrences` of ASCII over UTF-8 bytes (an ASCII byte is never part of another
  /// letter): skeletons are made for every name of every node each time a graph is queried, and
  /// Foundation's took most of that.
  static func replacing(_ target: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
    guard let first = target.first, bytes.contains(first), bytes.count >= target.count else { return bytes }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 4)
    var i = 0
    while i < bytes.count {
      if bytes[i] == first, i + target.count <= bytes.count, bytes[i..<(i + target.count)].elementsEqual(target) {
        out.append(contentsOf: replacement)
        i += target.count
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return out
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

  /// An answer to a query: the entity, and whether it was found by a name, an alias or an
  /// inflected or romanised form of one (else it is the closest spelling: a guess to say so).
  public struct Match: Sendable, Equatable {
    public var id: String
    public var name: String
    public var isGuess: Bool
  }

  // MARK: NameKeys

  public func keys(_ tier: NameTier, _ text: String) -> [Int] {
    switch tier {
    case .exact: return exactIndex[text] ?? []
    case .word: return wordIndex[text] ?? []
    case .skeleton: return spellings.get(keys).skeleton[text] ?? []
    case .wordSet: return spellings.get(keys).wordSet[text] ?? []
    case .consonant: return spellings.get(keys).consonant[text] ?? []
    }
  }

  public func skeletons(of key: Int) -> Set<String> { spellings.get(keys).keys[key].skeletons }

  public func skeletons(lengths: ClosedRange<Int>?) -> [String] {
    let all = spellings.get(keys).skeleton.keys
    guard let lengths else { return Array(all) }
    return all.filter { lengths.contains($0.count) }
  }

  public func entity(of key: Int) -> (id: String, name: String) {
    let id = keys[key].id
    return (id, names[id] ?? id)
  }

  public func lemmatizerForQuery() -> Lemmatizer? { lemmatizer() }

  /// Every key's entity, names and spelling keys, for the index that stores them.
  func tables() -> [(id: String, name: String, exact: Set<String>, words: Set<String>, spelling: Spelling)] {
    let sp = spellings.get(keys)
    return keys.enumerated().map { i, k in (k.id, names[k.id] ?? k.id, k.exact, k.words, sp.keys[i]) }
  }
}

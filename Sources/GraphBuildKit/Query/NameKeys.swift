import Foundation

/// The tables a name is looked up in, best tier first: normalised names and forms, their
/// words, then the spelling keys that romanisation systems agree on.
public enum NameTier: Int, Sendable, CaseIterable {
  case exact = 0, word, skeleton, wordSet, consonant
}

/// Where a lookup's keys live: in memory, made from a graph (`NameLookup`), or in the index
/// beside the graph file (`GraphIndex`). The ranking below is the same for both, so a query
/// answers the same from either.
///
/// A key is one entity's set of names, numbered by its source; `keys(.exact, "коваленко")`
/// gives the keys that hold that normalised name.
public protocol NameKeys {
  /// The longest name's length in characters: a query far longer names nothing here.
  var longestName: Int { get }
  func keys(_ tier: NameTier, _ text: String) -> [Int]
  /// The spelling skeletons of one key's names.
  func skeletons(of key: Int) -> Set<String>
  /// Every distinct skeleton whose length is in `lengths` (all when nil): the fuzzy tier
  /// compares each spelling once, however many keys hold it, and only those near the query's
  /// length; `keys(.skeleton, s)` gives the keys that hold one.
  func skeletons(lengths: ClosedRange<Int>?) -> [String]
  /// The entity id and name of a key.
  func entity(of key: Int) -> (id: String, name: String)
  /// Made only when a query needs inflected forms (opening Hunspell is half a Latin query's time).
  func lemmatizerForQuery() -> Lemmatizer?
}

extension NameKeys {
  /// Ranked candidates for a query, best first.
  public func candidates(_ query: String, limit: Int = 5, sureOnly: Bool = false) -> [NameLookup.Candidate] {
    let tooLong = isTooLong(query)
    let q = Gazetteer.normalize(tooLong ? String(query.prefix(longestName + 1)) : query)
    guard !q.isEmpty else { return [] }
    let exact = keys(.exact, q)
    var inflected: Set<String> = []
    // The best candidate of all is a name or a form as written where there is one: Hunspell,
    // most of a query's time, is opened only when none is.
    let bestIsExact = limit == 1 && !exact.isEmpty
    if !tooLong, !bestIsExact, NameLookup.isCyrillic(query), let lemmatizer = lemmatizerForQuery() {
      let words = query.split(separator: " ").map(String.init)
      inflected.insert(Gazetteer.normalize(lemmatizer.lemmatizeName(words, isPerson: true)))
      inflected.insert(Gazetteer.normalize(lemmatizer.lemmatizeName(words, isPerson: false)))
      if words.count == 1 { for a in lemmatizer.analyses(query).prefix(4) { inflected.insert(Gazetteer.normalize(a.lemma)) } }
    }
    // Each key scores by the first tier it meets, best first; a tier's keys come from its index.
    var score: [Int: Double] = [:]
    func offer(_ found: [Int], _ s: Double) { for k in found where score[k] == nil { score[k] = s } }
    offer(exact, 4)
    for i in inflected.sorted() { offer(keys(.exact, i), 3) }
    offer(keys(.word, q), 2.9)
    for i in inflected.sorted() { offer(keys(.word, i), 2.8) }
    let qs = tooLong || sureOnly ? "" : NameLookup.skeleton(NameLookup.latin(query))
    // Spelling tiers need letters to compare: "1 + 1" and emoji have none.
    if !qs.isEmpty && qs.contains(where: \.isLetter) {
      let qc = NameLookup.consonants(qs)
      offer(keys(.skeleton, qs), 2.5)
      offer(keys(.wordSet, qs.split(separator: " ").sorted().joined(separator: " ")), 2.4)
      // Consonants alone are a weak key: believed only when the whole spelling is close too.
      func close(_ found: [Int], _ threshold: Double) -> [Int] {
        found.filter { k in skeletons(of: k).contains { Self.ratio($0, qs) >= threshold } }
      }
      if qc.count >= 3 { offer(close(keys(.consonant, qc), 0.6), 2) }
      if qc.count == 2 { offer(close(keys(.consonant, qc), 0.75), 1.85) }
      // Fuzzy: typos and spellings that folding does not reach. A skeleton whose length is far
      // from the query's cannot come within 0.7 of it: |s - q| <= 0.3 max(s, q) bounds s to
      // [0.7 q, q / 0.7].
      let qLength = qs.count
      let lengths = Int((0.7 * Double(qLength)).rounded(.down))...Int((Double(qLength) / 0.7).rounded(.up))
      var fuzzy: [Int: Double] = [:]
      for s in skeletons(lengths: lengths) {
        let longer = max(s.count, qLength)
        guard Double(abs(s.count - qLength)) <= 0.3 * Double(longer) else { continue }
        let r = Self.ratio(s, qs)
        guard r >= 0.7 else { continue }
        for k in keys(.skeleton, s) where score[k] == nil { fuzzy[k] = max(fuzzy[k] ?? 0, 1 + r) }
      }
      score.merge(fuzzy) { old, _ in old }
    }
    var best: [String: (name: String, score: Double)] = [:]
    for (k, s) in score {
      let e = entity(of: k)
      if s > best[e.id]?.score ?? 0 { best[e.id] = (e.name, s) }
    }
    return best.map { NameLookup.Candidate(id: $0.key, name: $0.value.name, score: $0.value.score) }
      .sorted { ($0.score, $1.name, $1.id) > ($1.score, $0.name, $0.id) }
      .prefix(limit).map { $0 }
  }

  func isTooLong(_ query: String) -> Bool { query.count > 2 * longestName + 16 }

  /// 1 minus the edit distance over the longer length.
  static func ratio(_ a: String, _ b: String) -> Double {
    let longer = max(a.count, b.count)
    return longer == 0 ? 0 : 1 - Double(NameLookup.distance(a, b)) / Double(longer)
  }

  /// The one entity a query names, or an error that offers the closest names.
  public func resolve(_ query: String) throws -> String { try match(query).id }

  public func match(_ query: String) throws -> NameLookup.Match {
    // A sure candidate outranks every spelling one: those are made only when none is found.
    if let sure = candidates(query, limit: 1, sureOnly: true).first { return NameLookup.Match(id: sure.id, name: sure.name, isGuess: false) }
    let c = candidates(query)
    guard let top = c.first, top.score >= 1.8 else {
      throw GraphBuildError.unknownEntity(name: query, suggestions: suggestions(query))
    }
    return NameLookup.Match(id: top.id, name: top.name, isGuess: top.score < 2.4)
  }

  /// The closest names, however loose, for "did you mean".
  public func suggestions(_ query: String, limit: Int = 3) -> [String] {
    guard !isTooLong(query) else { return [] }
    let qs = NameLookup.skeleton(NameLookup.latin(query))
    guard qs.contains(where: \.isLetter) else { return [] }
    // Each key's distance is that of its closest skeleton: walking the skeletons from the
    // closest, a key is met first at its own; every key as close as the `limit`-th is kept, so
    // that ties are ordered by name as a scan of all keys would order them.
    var scored: [(Int, String)] = []
    var met: Set<Int> = []
    for (d, s) in skeletons(lengths: nil).map({ (NameLookup.distance($0, qs), $0) }).sorted(by: { $0 < $1 }) {
      if met.count >= limit, let last = scored.last, d > last.0 { break }
      for k in keys(.skeleton, s) where met.insert(k).inserted { scored.append((d, entity(of: k).name)) }
    }
    return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
  }
}

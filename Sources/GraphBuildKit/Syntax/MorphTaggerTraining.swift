import Foundation

extension MorphTagger {
  /// Trains on gold-tagged sentences: the tag and lemma dictionaries from all of them, then
  /// `epochs` greedy passes of the perceptron in a fixed shuffled order (`seed`), so the same
  /// data gives the same model.
  public static func train(
    _ sentences: [[TaggedWord]], epochs: Int = 5, seed: UInt64 = 1, minUpdates: Int = 0,
    progress: (String) -> Void = { _ in }
  ) -> MorphTagger {
    var tagIndex: [String: UInt16] = [:]
    var tags: [String] = []
    func index(_ t: String) -> UInt16 {
      if let i = tagIndex[t] { return i }
      let i = UInt16(tags.count)
      tags.append(t)
      tagIndex[t] = i
      return i
    }
    var formTagCounts: [UInt64: [UInt16: Int32]] = [:]
    var suffixTagCounts: [UInt64: [UInt16: Int32]] = [:]
    var formCounts: [UInt64: Int32] = [:]
    var lemmaCounts: [UInt64: [String: Int32]] = [:]
    var ruleCounts: [UInt64: [LemmaRule: Int32]] = [:]
    var ruleSource: [UInt64: (String, Int, UInt16)] = [:]
    var lemmaSource: [UInt64: (String, UInt16)] = [:]
    for s in sentences {
      for w in s {
        let t = index(w.tag)
        let lower = normalized(w.form)
        let f = FNV1a.hash(lower)
        formCounts[f, default: 0] += 1
        formTagCounts[f, default: [:]][t, default: 0] += 1
        let shape = Self.shape(of: w.form)
        suffixTagCounts[shapeKey(shape), default: [:]][t, default: 0] += 1
        if shape != "punct" && shape != "digits" {
          let scalars = Array(lower.unicodeScalars)
          for (k, key) in suffixKeys(scalars).enumerated() where scalars.count > k + 1 {
            suffixTagCounts[key, default: [:]][t, default: 0] += 1
          }
        }
        lemmaCounts[lemmaKey(f, t), default: [:]][w.lemma, default: 0] += 1
        if lemmaSource[lemmaKey(f, t)] == nil { lemmaSource[lemmaKey(f, t)] = (w.form, t) }
        let lowerLemma = normalized(w.lemma)
        let common = zip(lower, lowerLemma).prefix { $0 == $1 }.count
        let rule = LemmaRule(strip: lower.count - common, append: String(lowerLemma.dropFirst(common)))
        for k in 1...maxRuleSuffix where lower.count > k {
          ruleCounts[ruleKey(lower, k, t), default: [:]][rule, default: 0] += 1
          ruleSource[ruleKey(lower, k, t)] = (lower, k, t)
        }
      }
    }
    func ranked(_ counts: [UInt16: Int32], atLeast: Int32 = 1) -> [UInt16] {
      counts.filter { $0.value >= atLeast }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
    }
    func mostFrequent<K: Hashable & Comparable>(_ counts: [K: Int32]) -> K {
      counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
    }
    let formTags = formTagCounts.mapValues { ranked($0) }
    // An ending's tags: those seen at least twice with it, so one typo does not add a class.
    let suffixTags = suffixTagCounts.mapValues { ranked($0, atLeast: 2) }.filter { !$0.value.isEmpty }
    var lemmaRules = ruleCounts.mapValues { counts -> LemmaRule in
      counts.max { ($0.value, $1.key.strip, $1.key.append) < ($1.value, $0.key.strip, $0.key.append) }!.key
    }
    // A rule for a longer ending that says what the shorter one says adds nothing.
    lemmaRules = lemmaRules.filter { key, rule in
      guard let (lower, k, t) = ruleSource[key], k > 1 else { return true }
      return lemmaRules[ruleKey(lower, k - 1, t)] != rule
    }
    // Only the lemmas the rules get wrong are kept.
    let ruled = MorphTagger(
      tags: tags, formTags: [:], formCounts: [:], suffixTags: [:], lemmas: [:], lemmaRules: lemmaRules,
      weights: SparseWeights(classCount: 0, rows: []))
    var lemmas: [UInt64: String] = [:]
    for (key, counts) in lemmaCounts {
      let (form, t) = lemmaSource[key]!
      let best = mostFrequent(counts)
      if ruled.lemma(of: form, lower: normalized(form), tag: t) != best { lemmas[key] = best }
    }
    progress("tagger: \(tags.count) tags, \(formCounts.count) forms")

    let trainer = PerceptronTrainer(classCount: tags.count)
    var order = Array(sentences.indices)
    var rng = SplitMix(seed: seed)
    var scores = [Float](repeating: 0, count: tags.count)
    var feats: [UInt64] = []
    for epoch in 1...epochs {
      order.shuffle(using: &rng)
      var right = 0
      var total = 0
      for si in order {
        let s = sentences[si]
        let ws = words(s.map(\.form), formTags: formTags, formCounts: formCounts, suffixTags: suffixTags)
        var p1 = start
        var p2 = start
        for i in ws.indices {
          let gold = tagIndex[s[i].tag]!
          features(ws, i, previous: p1, p2, into: &feats)
          var candidates = ws[i].candidates
          if !candidates.contains(gold) { candidates.append(gold) }
          trainer.score(feats, candidates: candidates, into: &scores)
          var best = candidates[0]
          for c in candidates.dropFirst() where scores[Int(c)] > scores[Int(best)] { best = c }
          trainer.update(feats, truth: Int(gold), guess: Int(best))
          if best == gold { right += 1 }
          total += 1
          p2 = p1
          p1 = UInt64(best) &+ 1000
        }
      }
      progress(String(format: "tagger epoch %d: %.4f of training tags right", epoch, Double(right) / Double(max(total, 1))))
    }
    let weights = trainer.averaged(minUpdates: minUpdates)
    progress("tagger: \(weights.keyCount) features, \(weights.entryCount) weights, \(lemmas.count) lemmas, \(lemmaRules.count) rules")
    return MorphTagger(
      tags: tags, formTags: formTags, formCounts: formCounts, suffixTags: suffixTags, lemmas: lemmas,
      lemmaRules: lemmaRules, weights: weights)
  }
}


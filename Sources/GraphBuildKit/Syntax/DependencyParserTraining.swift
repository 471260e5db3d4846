import Foundation

/// A sentence for training the parser: its words and, where the treebank gives them, each
/// word's gold head (0 = root, nil = not annotated) and relation.
public struct TreebankSentence: Sendable {
  public var words: [TaggedWord]
  public var arcs: [(head: Int, relation: String)?]

  public init(words: [TaggedWord], arcs: [(head: Int, relation: String)?]) {
    self.words = words
    self.arcs = arcs
  }

  /// A CoNLL-U sentence's words (form, lemma, XPOS as the VESUM tag) and tree.
  public init(_ s: CoNLLUSentence) {
    words = s.wordRows.map { TaggedWord(form: s.rows[$0][1], lemma: s.rows[$0][2], tag: s.rows[$0][4]) }
    arcs = s.heads
  }
}

extension DependencyParser {
  /// UD Ukrainian's relation subtypes. The treebank's source has more of its own
  /// (`conj:parataxis`, `acl:relless`): those are trained as their universal relation.
  static let subtypes: Set<String> = [
    "flat:title", "flat:name", "flat:foreign", "flat:range", "flat:repeat", "flat:abs", "nummod:gov",
    "det:numgov", "det:nummod", "xcomp:pred", "advcl:pred", "advcl:svc", "parataxis:discourse",
    "parataxis:rel", "nsubj:pass", "advmod:det", "acl:adv", "acl:relcl", "compound:svc", "appos:nonnom",
  ]

  public static func trainingRelation(_ relation: String) -> String {
    if subtypes.contains(relation) { return relation }
    return String(relation.prefix { $0 != ":" })
  }

  /// Trains on the sentences with at least one gold arc: `epochs` passes in a fixed shuffled
  /// order; from the second on, the parser follows its own wrong move nine times in ten, so it
  /// learns to recover from its mistakes (Goldberg and Nivre 2012).
  public static func train(
    _ sentences: [TreebankSentence], epochs: Int = 10, seed: UInt64 = 1, minUpdates: Int = 0,
    progress: (String) -> Void = { _ in }
  ) -> DependencyParser {
    let usable = sentences.filter { s in !s.words.isEmpty && s.arcs.contains { $0 != nil } }
    var relationIndex: [String: Int] = [:]
    var relations: [String] = []
    for s in usable {
      for a in s.arcs.compactMap({ $0 }) {
        let r = trainingRelation(a.relation)
        if relationIndex[r] == nil {
          relationIndex[r] = relations.count
          relations.append(r)
        }
      }
    }
    let shell = DependencyParser(relations: relations, weights: SparseWeights(classCount: 0, rows: []))
    let classCount = shell.classCount
    let trainer = PerceptronTrainer(classCount: classCount)
    let inputs = usable.map { s in [Word(root: ())] + s.words.map { Word(form: $0.form, lemma: $0.lemma, tag: $0.tag) } }
    let golds = usable.map { s -> ArcHybrid.Gold in
      let n = s.words.count
      var heads = [Int](repeating: -1, count: n + 1)
      var labels = [Int](repeating: -1, count: n + 1)
      for (i, a) in s.arcs.enumerated() {
        guard let a, a.head >= 0, a.head <= n else { continue }
        heads[i + 1] = a.head
        labels[i + 1] = relationIndex[trainingRelation(a.relation)]!
      }
      return ArcHybrid.Gold(heads: heads, labels: labels)
    }
    progress("parser: \(usable.count) sentences, \(relations.count) relations")
    var order = Array(usable.indices)
    var rng = SplitMix(seed: seed)
    var feats: [UInt64] = []
    var scores = [Float](repeating: 0, count: classCount)
    let nr = relations.count
    for epoch in 1...epochs {
      order.shuffle(using: &rng)
      var right = 0
      var total = 0
      for si in order {
        let words = inputs[si]
        let gold = golds[si]
        let marks = punctuationCounts(words)
        var state = ArcHybrid(count: words.count - 1)
        while !state.isTerminal {
          features(state, words, punctuationBefore: marks, into: &feats)
          for k in scores.indices { scores[k] = 0 }
          trainer.score(feats, into: &scores)
          let guess = shell.bestMove(state, scores: scores)
          let costs = state.arcCosts(gold)
          let s0 = state.stackWord(0) ?? 0
          let s1 = state.stackWord(1) ?? 0
          let b0 = state.bufferWord(0) ?? 0
          func cost(_ c: Int) -> Int {
            if c == 0 { return costs.shift }
            if c <= nr {
              guard costs.left != Int.max else { return Int.max }
              return costs.left + (gold.heads[s0] == b0 && gold.labels[s0] != c - 1 ? 1 : 0)
            }
            guard costs.right != Int.max else { return Int.max }
            return costs.right + (gold.heads[s0] == s1 && gold.labels[s0] != c - 1 - nr ? 1 : 0)
          }
          var truth = -1
          var truthCost = Int.max
          for c in 0..<classCount {
            let k = cost(c)
            if k == Int.max { continue }
            if k < truthCost || (k == truthCost && scores[c] > scores[truth]) {
              truth = c
              truthCost = k
            }
          }
          let guessCost = cost(guess)
          if guessCost == truthCost {
            trainer.update(feats, truth: guess, guess: guess)
            right += 1
            state.apply(shell.move(guess))
          } else {
            trainer.update(feats, truth: truth, guess: guess)
            let explore = epoch > 1 && rng.next() % 10 != 0
            state.apply(shell.move(explore ? guess : truth))
          }
          total += 1
        }
      }
      progress(String(format: "parser epoch %d: %.4f of moves right", epoch, Double(right) / Double(max(total, 1))))
    }
    let weights = trainer.averaged(minUpdates: minUpdates)
    progress("parser: \(weights.keyCount) features, \(weights.entryCount) weights")
    return DependencyParser(relations: relations, weights: weights)
  }
}

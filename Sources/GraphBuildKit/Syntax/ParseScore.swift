/// Attachment scores of predicted trees against gold ones, over every word that has a gold
/// head (punctuation included), as the CoNLL 2018 shared task counts them: LAS compares the
/// universal part of the relation (`flat:title` counts as `flat`); `exactLAS` the whole label.
public struct ParseScore: Sendable, Equatable {
  public private(set) var words = 0
  public private(set) var heads = 0
  public private(set) var labelled = 0
  public private(set) var exact = 0
  public private(set) var lemmas = 0
  public private(set) var lemmaWords = 0

  public init() {}

  public var uas: Double { Double(heads) / Double(max(words, 1)) }
  public var las: Double { Double(labelled) / Double(max(words, 1)) }
  public var exactLAS: Double { Double(exact) / Double(max(words, 1)) }
  public var lemmaAccuracy: Double { Double(lemmas) / Double(max(lemmaWords, 1)) }

  static func universal(_ r: String) -> Substring { r.prefix { $0 != ":" } }

  /// Adds one sentence: `gold` as read from the file, `predicted` as annotated.
  public mutating func add(gold: CoNLLUSentence, predicted: CoNLLUSentence) {
    for r in gold.wordRows {
      let g = gold.rows[r], p = predicted.rows[r]
      if g[2] != "_" {
        lemmaWords += 1
        if g[2].lowercased() == p[2].lowercased() { lemmas += 1 }
      }
      guard Int(g[6]) != nil, g[7] != "_" else { continue }
      words += 1
      guard g[6] == p[6] else { continue }
      heads += 1
      if Self.universal(g[7]) == Self.universal(p[7]) { labelled += 1 }
      if g[7] == p[7] { exact += 1 }
    }
  }
}

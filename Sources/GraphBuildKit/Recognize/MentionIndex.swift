/// Which mentions cover each token, kept up to date as mentions are added and dropped, so that
/// finding the mentions a span overlaps costs the span's length, not the document's mentions
/// (a scan of every mention for every candidate name made long documents quadratic).
///
///     var index = MentionIndex(mentions)      // mentions[0] covers tokens 3..<5
///     index.overlapping(4..<6)                // [0]
///     index.drop([0]); mentions = index.kept(mentions)
struct MentionIndex {
  private var byToken: [Int: [Int]] = [:]
  private var dropped: Set<Int> = []

  init(_ mentions: [Mention]) {
    for (i, m) in mentions.enumerated() { add(i, m.tokenRange) }
  }

  mutating func add(_ mention: Int, _ tokens: Range<Int>) {
    for t in tokens { byToken[t, default: []].append(mention) }
  }

  mutating func drop(_ mentions: [Int]) { dropped.formUnion(mentions) }

  /// The mentions not dropped that share a token with `tokens`, in their order.
  func overlapping(_ tokens: Range<Int>) -> [Int] {
    var found: Set<Int> = []
    for t in tokens { for m in byToken[t] ?? [] where !dropped.contains(m) { found.insert(m) } }
    return found.sorted()
  }

  /// `mentions` without the dropped ones, in order; indices shift, so the index is then spent.
  func kept(_ mentions: [Mention]) -> [Mention] {
    dropped.isEmpty ? mentions : mentions.indices.filter { !dropped.contains($0) }.map { mentions[$0] }
  }
}

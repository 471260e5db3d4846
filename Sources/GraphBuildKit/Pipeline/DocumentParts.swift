/// A long document cut into parts that are read one after another, so that its tokens, tags and
/// trees are held a part at a time and its mentions come out as each part is done. A part ends
/// at the last line break before the limit, else at the last sentence's end, else at a space;
/// an article of ordinary length is one part.
///
/// Parts are ranges of the text, made into strings one at a time as they are read, so a long
/// article is held once.
///
///     DocumentParts.cut("Перший абзац.\nДругий абзац.", maxScalars: 20).map { $0.text(of: whole) }
///     // ["Перший абзац.\n", "Другий абзац."], at scalars 0 and 14
public enum DocumentParts {
  public struct Part: Sendable {
    /// The offset of the part's first scalar in the whole text.
    public var scalarBase: Int
    public var range: Range<String.Index>
    public var isWhole: Bool

    public func text(of whole: String) -> String { isWhole ? whole : String(whole.unicodeScalars[range]) }
  }

  /// Scalars in a part at most: about 60 news articles, far longer than any one.
  public static let maxScalars = 200_000

  /// The parts, each with the offset of its first scalar in the whole text.
  public static func cut(_ text: String, maxScalars: Int = maxScalars) -> [Part] {
    let scalars = text.unicodeScalars
    guard scalars.count > maxScalars else { return [Part(scalarBase: 0, range: text.startIndex..<text.endIndex, isWhole: true)] }
    var parts: [Part] = []
    var start = scalars.startIndex
    var base = 0
    while start < scalars.endIndex {
      let limit = scalars.index(start, offsetBy: maxScalars, limitedBy: scalars.endIndex) ?? scalars.endIndex
      var end = limit
      if limit < scalars.endIndex {
        end = lastCut(in: scalars[start..<limit]) ?? limit
      }
      parts.append(Part(scalarBase: base, range: start..<end, isWhole: false))
      base += scalars.distance(from: start, to: end)
      start = end
    }
    return parts
  }

  /// Just after the last line break, else the last full stop, ! or ? before a space, else the
  /// last space; nil if the span has none of them.
  static func lastCut(in span: String.UnicodeScalarView.SubSequence) -> String.Index? {
    var sentenceEnd: String.Index?
    var space: String.Index?
    var i = span.endIndex
    var after: Unicode.Scalar?
    while i > span.startIndex {
      i = span.index(before: i)
      let c = span[i]
      if c == "\n" { return span.index(after: i) }
      if sentenceEnd == nil, ".!?".unicodeScalars.contains(c), after == " " { sentenceEnd = span.index(after: i) }
      if space == nil, c == " " { space = span.index(after: i) }
      after = c
    }
    return sentenceEnd ?? space
  }
}

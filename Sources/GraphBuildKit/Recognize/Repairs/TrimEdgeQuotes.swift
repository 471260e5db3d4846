/// Quotes at a span's edges go, unless they pair with one inside it; a span that leaves a quote
/// open takes the closing quote after it.
///
///     Угоду підписала «Альфа» вчора.        span «Альфа»        -> Альфа
///     Угоду підписало ТОВ «Альфа» вчора.    span ТОВ «Альфа     -> ТОВ «Альфа»
struct TrimEdgeQuotes: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let tokens = document.tokens
    var range = span.range
    while range.count > 1 && tokens[range.lowerBound].kind == .quote { range = (range.lowerBound + 1)..<range.upperBound }
    while range.count > 1 && tokens[range.upperBound - 1].kind == .quote
      && tokens[range.dropLast()].filter({ $0.kind == .quote }).count % 2 == 0
    {
      range = range.lowerBound..<(range.upperBound - 1)
    }
    if tokens[range].filter({ $0.kind == .quote }).count % 2 == 1, range.upperBound < tokens.count,
      ["»", "”", "\""].contains(tokens[range.upperBound].text)
    {
      range = range.lowerBound..<(range.upperBound + 1)
    }
    span.range = range
    return .next
  }
}

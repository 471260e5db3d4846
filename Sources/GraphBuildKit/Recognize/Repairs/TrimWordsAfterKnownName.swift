/// A known place or body followed only by lower-case words is that name alone: the tagger ran
/// on into the next word.
///
///     Делегація прибуде Варшавою наприкінці тижня.   span Варшавою наприкінці   -> Варшавою
struct TrimWordsAfterKnownName: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let tokens = document.tokens
    let range = span.range
    if span.label != "PERS", range.count > 1, let (head, entry) = document.recognizer.knownParts(range, tokens: tokens).first,
      head.lowerBound == range.lowerBound, head.upperBound < range.upperBound,
      tokens[head.upperBound..<range.upperBound].allSatisfy({ $0.kind == .word && !$0.isCapitalized && !$0.isAllCaps })
    {
      span.range = head
      span.label = entry.nerLabel
    }
    return .next
  }
}

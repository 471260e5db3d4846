/// A person's name ends at its last capitalised word.
///
///     Призначили Олега Серебряна віцепрем'єром.   span Олега Серебряна віцепрем'єром   -> Олега Серебряна
struct TrimPersonAfterLastCapital: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let tokens = document.tokens
    var range = span.range
    while span.label == "PERS", range.count > 1, tokens[range.upperBound - 1].kind == .word,
      !tokens[range.upperBound - 1].isCapitalized, !tokens[range.upperBound - 1].isAllCaps
    {
      range = range.lowerBound..<(range.upperBound - 1)
    }
    span.range = range
    return .next
  }
}

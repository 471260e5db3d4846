/// A name other than a person's does not open with a lower-case word: such a lead goes.
///
///     Вона стала союзником Росії.   span союзником Росії   -> Росії
struct DropLowerCaseLead: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let tokens = document.tokens
    var range = span.range
    while span.label != "PERS", range.count > 1, tokens[range.lowerBound].kind == .word, !tokens[range.lowerBound].isCapitalized,
      !tokens[range.lowerBound].isAllCaps, tokens[range.lowerBound + 1].isCapitalized || tokens[range.lowerBound + 1].isAllCaps
    {
      range = (range.lowerBound + 1)..<range.upperBound
    }
    span.range = range
    return .next
  }
}

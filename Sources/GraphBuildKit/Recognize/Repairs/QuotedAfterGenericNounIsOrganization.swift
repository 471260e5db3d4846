/// A name in quotes right after a generic noun is an organisation's, whatever the tagger read.
///
///     Угоду уклала компанія «Вектор».   span Вектор (LOC)   -> Вектор (ORG)
struct QuotedAfterGenericNounIsOrganization: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let tokens = document.tokens
    let range = span.range
    if span.label != "ORG", range.lowerBound > 1, tokens[range.lowerBound - 1].kind == .quote,
      document.recognizer.isGenericNoun(tokens[range.lowerBound - 2].text), range.upperBound < tokens.count, tokens[range.upperBound].kind == .quote
    {
      span.label = "ORG"
    }
    return .next
  }
}

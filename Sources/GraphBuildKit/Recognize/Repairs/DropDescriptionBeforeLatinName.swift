/// The words describing a company before its name in Latin letters are no part of the name.
///
///     Контракт отримала литовська енергетична група Ignitis.   span енергетична група Ignitis   -> Ignitis
struct DropDescriptionBeforeLatinName: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let tokens = document.tokens
    let range = span.range
    if let firstLatin = range.first(where: { Recognizer.isLatinName(tokens[$0]) }), firstLatin > range.lowerBound,
      range[firstLatin...].allSatisfy({ Recognizer.isLatinName(tokens[$0]) }), document.recognizer.isCompanyNoun(tokens[firstLatin - 1].text),
      tokens[range.lowerBound..<firstLatin].allSatisfy({ $0.kind == .word && !Recognizer.isLatinName($0) })
    {
      span.range = firstLatin..<range.upperBound
    }
    return .next
  }
}

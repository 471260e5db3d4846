/// A name in Latin letters runs on through the capitalised Latin words after it (the tagger
/// knows little of Latin words); the span's tokens are then covered.
///
///     Про це пише Wall Street Journal.   span Wall   -> Wall Street Journal
struct ExtendLatinName: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let end = document.sentences[span.sentenceIndex].tokenRange.upperBound
    span.range = Recognizer.extendLatinName(span.range, tokens: document.tokens, end: end) { !document.covered[$0] }
    for t in span.range { document.covered[t] = true }
    return .next
  }
}

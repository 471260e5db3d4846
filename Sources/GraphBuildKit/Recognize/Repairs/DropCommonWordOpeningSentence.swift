/// A single word that opens a sentence and is a common word with a capital names nothing.
///
///     Вчора уряд ухвалив рішення.   span Вчора   -> no mention
struct DropCommonWordOpeningSentence: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    document.recognizer.isCommonWordAtSentenceStart(span.range, tokens: document.tokens, sentences: document.sentences, sentence: span.sentenceIndex)
      ? .done : .next
  }
}

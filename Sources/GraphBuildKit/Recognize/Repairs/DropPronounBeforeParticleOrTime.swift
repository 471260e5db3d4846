/// A sentence-opening word that is a place and a pronoun both, before a particle or a time, is
/// the pronoun.
///
///     Того ж дня уряд ухвалив рішення.   span Того   -> no mention
///     Того підписало угоду з Ганою.      span Того   kept (the state)
struct DropPronounBeforeParticleOrTime: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    document.recognizer.isPronounBeforeParticleOrTime(span.range, tokens: document.tokens, sentence: document.sentences[span.sentenceIndex])
      ? .done : .next
  }
}

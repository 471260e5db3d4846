/// A title that opens the sentence is no part of the name after it; a body's own name stays
/// whole.
///
///     Президент Франції заявив про це.   span Президент Франції   -> Франції
///     Уряд Японії ухвалив рішення.       span Уряд Японії         -> Японії (the state's government, read by the relation stage)
///     Міністерство фінансів України повідомило.   span kept whole
struct DropTitleOpeningSentence: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let r = document.recognizer
    let tokens = document.tokens
    let sentence = document.sentences[span.sentenceIndex]
    var range = span.range
    while range.count > 1, Recognizer.opensSentence(range.lowerBound, tokens: tokens, sentence: sentence),
      r.isCommonNoun(tokens[range.lowerBound].text),
      !r.isInstitutionNoun(tokens[range.lowerBound].text)
        || r.knownEntry(tokens[(range.lowerBound + 1)..<range.upperBound].map(\.text))?.type == "Country",
      tokens[range.lowerBound + 1].isCapitalized || tokens[range.lowerBound + 1].isAllCaps,
      r.knownEntry(tokens[range].map(\.text)) == nil
    {
      range = (range.lowerBound + 1)..<range.upperBound
    }
    span.range = range
    return .next
  }
}

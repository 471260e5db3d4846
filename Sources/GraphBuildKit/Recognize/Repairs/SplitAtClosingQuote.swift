/// A closing quote inside a span ends a name: before it an organisation, after it a person.
///
///     Голова «Укрзалізниці» Олександр Перцовський заявив.   span Укрзалізниці» Олександр Перцовський
///                                                            -> Укрзалізниці (ORG) + Олександр Перцовський (PERS)
struct SplitAtClosingQuote: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let tokens = document.tokens
    let range = span.range
    guard let q = range.dropLast().first(where: { tokens[$0].text == "»" || tokens[$0].text == "“" }), q > range.lowerBound, q + 1 < range.upperBound
    else { return .next }
    for t in range { document.covered[t] = true }
    document.mentions.append(document.mention(range.lowerBound..<q, label: span.label == "PERS" ? "ORG" : span.label, sentence: span.sentenceIndex))
    for (part, label) in SplitStateAndPerson.split((q + 1)..<range.upperBound, label: "PERS", recognizer: document.recognizer, tokens: tokens) {
      document.mentions.append(document.mention(part, label: label, sentence: span.sentenceIndex))
    }
    return .done
  }
}

/// No name opens with a state and a preposition: such a span is the known names in it.
///
///     Спецпосланець США з питань Молдови прибув.   span США з питань Молдови   -> США + Молдови
struct SplitStatesBeforePreposition: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let tokens = document.tokens
    let range = span.range
    guard span.label != "PERS", range.count > 2, case let parts = document.recognizer.knownParts(range, tokens: tokens), parts.count > 1,
      parts[0].0.lowerBound == range.lowerBound, ["Country", "City"].contains(parts[0].1.type),
      Token.prepositions.contains(tokens[parts[0].0.upperBound].text.lowercasedFast())
    else { return .next }
    for (part, entry) in parts { document.add(part, label: entry.nerLabel, sentence: span.sentenceIndex) }
    return .done
  }
}

/// A body's name ends at its proper name: a lower-case word after it that the dictionary reads
/// only as an adjective in the nominative is the sentence's predicate, not part of the name.
///
///     зазначив, що Державна служба статистики України зацікавлена в ...
///     span Державна служба статистики України зацікавлена -> Державна служба статистики України
struct TrimPredicateAfterName: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let tokens = document.tokens
    let last = span.range.upperBound - 1
    guard span.label == "ORG", span.range.count >= 3, tokens[last].kind == .word, !tokens[last].isCapitalized, !tokens[last].isAllCaps,
      tokens[last - 1].isCapitalized || tokens[last - 1].isAllCaps
    else { return .next }
    let word = tokens[last].text.lowercasedFast()
    let known = document.recognizer.lemmatizer.analyses(word).filter { $0.score >= 4 }
    // A nominative's ending, and none of an oblique case ("-ій" is both).
    let nominative = ["ий", "ій", "а", "я", "е", "є", "і"].contains { word.hasSuffix($0) } && Lemmatizer.adjectiveCases(word)?.contains("nom") ?? true
    if nominative, !known.isEmpty, known.allSatisfy(\.isAdjective) { span.range = span.range.lowerBound..<last }
    return .next
  }
}

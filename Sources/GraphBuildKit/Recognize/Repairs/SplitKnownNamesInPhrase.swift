/// A MISC span with lower-case words that holds several known names is those names; with one
/// it is the title of a law or a work, and stays.
///
///     Зустрілися зі Сполученими Штатами та їхнім союзником Росією.   span Сполученими ... Росією
///                                                                     -> Сполученими Штатами + Росією
///     Набув чинності Закон України «Про санкції».                    span kept whole
struct SplitKnownNamesInPhrase: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let tokens = document.tokens
    guard span.label == "MISC", tokens[span.range].contains(where: { $0.kind == .word && !$0.isCapitalized && !$0.isAllCaps }) else { return .next }
    let parts = document.recognizer.knownParts(span.range, tokens: tokens)
    guard parts.count > 1 else { return .next }
    for (part, entry) in parts { document.add(part, label: entry.nerLabel, sentence: span.sentenceIndex) }
    return .done
  }
}

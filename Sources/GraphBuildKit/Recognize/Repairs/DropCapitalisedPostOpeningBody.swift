/// A post written with a capital, as official texts write them, is no part of the body's name
/// after it: the post's holder is a person, the body is what the post is of.
///
///     заступника Голови Федерації профспілок України   span Голови Федерації профспілок України
///                                                      -> Федерації профспілок України
///     Президент Європейської ради Шарль Мішель         span Президент Європейської ради -> Європейської ради
///     Міністерство закордонних справ                   span kept whole
struct DropCapitalisedPostOpeningBody: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let r = document.recognizer
    let tokens = document.tokens
    let range = span.range
    guard span.label == "ORG", range.count > 1, r.knownEntry(tokens[range].map(\.text)) == nil else { return .next }
    let first = tokens[range.lowerBound]
    let next = tokens[range.lowerBound + 1]
    // The post itself, in any case, with the body's name going on in capitals after it.
    guard first.kind == .word, first.isCapitalized, !first.isAllCaps, r.isPersonTitle(first.text),
      next.isCapitalized || next.isAllCaps || ["«", "\"", "„", "“"].contains(next.text)
    else { return .next }
    span.range = (range.lowerBound + 1)..<range.upperBound
    return .next
  }
}

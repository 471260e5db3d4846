/// A dash at a span's edge is punctuation between the name and its neighbours, not part of the
/// name.
///
///     Організатори виставки «X» - Асоціація філателістів України.   span - Асоціація філателістів України
///                                                                  -> Асоціація філателістів України
struct TrimEdgeDashes: SpanRepair {
  static let dashes: Set<String> = ["-", "–", "—", "‒", "―"]

  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let tokens = document.tokens
    var range = span.range
    while range.count > 1, Self.dashes.contains(tokens[range.lowerBound].text) { range = (range.lowerBound + 1)..<range.upperBound }
    while range.count > 1, Self.dashes.contains(tokens[range.upperBound - 1].text) { range = range.lowerBound..<(range.upperBound - 1) }
    span.range = range
    return .next
  }
}

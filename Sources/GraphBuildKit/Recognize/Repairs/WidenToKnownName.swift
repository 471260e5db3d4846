/// A one-word span that starts a known name of two or three words is that name, with its label.
///
///     Речник Білого дому відповів.   span Білого   -> Білого дому (its known label)
struct WidenToKnownName: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let tokens = document.tokens
    let range = span.range
    guard range.count == 1, range.upperBound < tokens.count else { return .next }
    for n in [2, 1] where range.upperBound + n <= tokens.count {
      let wider = range.lowerBound..<(range.upperBound + n)
      guard tokens[wider].allSatisfy({ $0.kind == .word }), !wider.dropFirst().contains(where: { document.covered[$0] }),
        let entry = document.recognizer.knownEntry(tokens[wider].map(\.text))
      else { continue }
      span.range = wider
      span.label = entry.nerLabel
      break
    }
    return .next
  }
}

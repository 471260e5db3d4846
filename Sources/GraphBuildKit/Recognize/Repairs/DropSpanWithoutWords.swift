/// A span of quotes and punctuation alone names nothing.
///
///     Він сказав: «...»   span «...»   -> no mention
struct DropSpanWithoutWords: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    document.tokens[span.range].contains(where: { $0.kind == .word || $0.kind == .number }) ? .next : .done
  }
}

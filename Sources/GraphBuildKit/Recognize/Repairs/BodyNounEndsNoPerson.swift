/// A person's name does not end in the capitalised noun for a body (Сили, Фондом) unless one of
/// its words is a first name: such a span is an organisation.
///
///     Служив у Збройних Силах.   span Збройних Силах (PERS)   -> Збройних Силах (ORG)
struct BodyNounEndsNoPerson: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let r = document.recognizer
    let tokens = document.tokens
    let last = tokens[span.range.upperBound - 1]
    if span.label == "PERS", span.range.count > 1, last.isCapitalized, r.isInstitutionNoun(last.text), r.isCommonNoun(last.text),
      !tokens[span.range].contains(where: { r.isFirstName($0.text) })
    {
      span.label = "ORG"
    }
    return .next
  }
}

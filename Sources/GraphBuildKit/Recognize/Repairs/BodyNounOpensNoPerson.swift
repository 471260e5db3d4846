/// A person's name does not open with the common noun for a body (Рада is a first name too)
/// unless a first name follows it: such a span is an organisation.
///
///     Рада ЄС продовжила санкції.   span Рада ЄС (PERS)   -> Рада ЄС (ORG)
struct BodyNounOpensNoPerson: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let r = document.recognizer
    let tokens = document.tokens
    let range = span.range
    if span.label == "PERS", range.count > 1, r.isInstitutionNoun(tokens[range.lowerBound].text), r.isCommonNoun(tokens[range.lowerBound].text),
      !tokens[range.dropFirst()].contains(where: { r.isFirstName($0.text) })
    {
      span.label = "ORG"
    }
    return .next
  }
}

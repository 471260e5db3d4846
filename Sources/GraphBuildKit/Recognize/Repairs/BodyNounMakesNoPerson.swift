/// A person's name neither opens nor ends with the common noun for a body (Рада is a first name
/// too; Сили, Фондом) unless a first name stands among its other words: such a span is an
/// organisation.
///
///     Рада ЄС продовжила санкції.      span Рада ЄС (PERS)          -> Рада ЄС (ORG)
///     Служив у Збройних Силах.         span Збройних Силах (PERS)   -> Збройних Силах (ORG)
struct BodyNounMakesNoPerson: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let r = document.recognizer
    let tokens = document.tokens
    let range = span.range
    guard span.label == "PERS", range.count > 1 else { return .next }
    func isBodyNoun(_ token: Token) -> Bool { r.isInstitutionNoun(token.text) && r.isCommonNoun(token.text) }
    let first = tokens[range.lowerBound], last = tokens[range.upperBound - 1]
    if isBodyNoun(first), !tokens[range.dropFirst()].contains(where: { r.isFirstName($0.text) }) {
      span.label = "ORG"
    } else if last.isCapitalized, isBodyNoun(last), !tokens[range].contains(where: { r.isFirstName($0.text) }) {
      span.label = "ORG"
    }
    return .next
  }
}

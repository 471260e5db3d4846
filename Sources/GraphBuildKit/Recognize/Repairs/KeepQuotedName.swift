/// The name is what stands in the quotes when the words before them describe it; a capitalised
/// name before the quotes is part of the name.
///
///     Заяву зробив генеральний директор «Укрзалізниці».   span директор «Укрзалізниці»   -> Укрзалізниці
///     Відкрився Центр народного мистецтва «Петриківка».   span kept whole
struct KeepQuotedName: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let r = document.recognizer
    let tokens = document.tokens
    var range = span.range
    let lead = tokens[range.lowerBound]
    let officialLead = lead.isAllCaps
      || lead.isCapitalized
        && (!Recognizer.opensSentence(range.lowerBound, tokens: tokens, sentence: document.sentences[span.sentenceIndex])
          // "Компанія «Гродно Азот»" opening a sentence: the company's noun is no part of its name.
          || r.isInstitutionNoun(lead.text) && !r.isCompanyNoun(lead.text))
    guard let q = range.dropFirst().first(where: { tokens[$0].text == "«" || tokens[$0].text == "„" }), q + 1 < range.upperBound, !officialLead
    else { return .next }
    range = (q + 1)..<range.upperBound
    // Its closing quote goes with the opening one ("рада НАК «Нафтогаз України»").
    if range.count > 1, tokens[range.upperBound - 1].kind == .quote, !tokens[range.dropLast()].contains(where: { $0.kind == .quote }) {
      range = range.lowerBound..<(range.upperBound - 1)
    }
    span.range = range
    return .next
  }
}

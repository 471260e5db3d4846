/// A title before a known name is no part of it; the name of a body, and a person's post, are
/// kept whole.
///
///     Генеральний секретар НАТО прибув.        span Генеральний секретар НАТО   -> НАТО
///     зустріч Комісара Європейського Союзу     span Комісара Європейського Союзу (PERS) -> Європейського Союзу
///     Міністерство фінансів України заявило.   span kept whole
struct DropTitleBeforeKnownName: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let r = document.recognizer
    let tokens = document.tokens
    let range = span.range
    // (A post the tagger read as a person's or a place's name goes too: "Комісара Європейського Союзу".)
    guard span.label == "ORG" || span.label == "MISC" || r.isPersonTitle(tokens[range.lowerBound].text),
      range.count > 1, r.knownEntry(tokens[range].map(\.text)) == nil,
      let (tail, entry) = r.knownParts(range, tokens: tokens).last, tail.upperBound == range.upperBound, tail.lowerBound > range.lowerBound,
      !tokens[range.lowerBound..<tail.lowerBound].contains(where: { tok in
        // A person's post is no body's name ("Міністр енергетики України").
        if r.isPersonTitle(tok.text) { return false }
        return r.isInstitutionNoun(tok.text) || !r.isCommonNoun(tok.text) && !(r.lemmatizer.analyses(tok.text.lowercasedFast()).first?.isAdjective ?? false)
      })
    else { return .next }
    document.add(tail, label: entry.nerLabel, sentence: span.sentenceIndex)
    return .done
  }
}

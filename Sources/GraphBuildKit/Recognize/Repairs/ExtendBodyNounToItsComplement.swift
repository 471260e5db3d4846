/// A body's name that the tagger ended on its institution noun goes on through the lower-case
/// words after it, as `ExtendBodyNameInLowerCase` reads them: the noun's complement in the
/// genitive is part of the name, and a name seldom ends on the bare noun once one follows.
///
///     членкиня Української асоціації дослідниць жіночої історії   Української асоціації (ORG)
///                                                                -> Української асоціації дослідниць жіночої історії
struct ExtendBodyNounToItsComplement: DocumentRepair {
  func repair(_ document: inout RepairDocument) {
    let r = document.recognizer
    let tokens = document.tokens
    for i in document.mentions.indices where document.mentions[i].label == "ORG" && document.mentions[i].known == nil {
      let m = document.mentions[i]
      let last = m.tokenRange.upperBound - 1
      guard tokens[last].kind == .word, !tokens[last].isAllCaps, r.isInstitutionNoun(tokens[last].text) else { continue }
      let end = ExtendBodyNameInLowerCase.lowerCaseEnd(after: m.tokenRange, sentence: document.sentences[m.sentenceIndex], in: document)
      // A noun in the nominative right after the body is the clause's, not the name's
      // ("у Фонді кошти закінчилися").
      guard end > m.tokenRange.upperBound, !isNominative(tokens[m.tokenRange.upperBound].text, r) else { continue }
      for t in m.tokenRange.upperBound..<end { document.covered[t] = true }
      document.mentions[i] = document.mention(m.tokenRange.lowerBound..<end, label: "ORG", sentence: m.sentenceIndex)
    }
  }

  /// A noun in the nominative, singular or plural, by its likeliest reading. A feminine noun's
  /// plural is its genitive singular too (історії), and a noun in -ння or -ття keeps one form
  /// for both cases (гарантування): those may be the complement.
  private func isNominative(_ word: String, _ r: Recognizer) -> Bool {
    let lower = word.lowercasedFast()
    guard let lemma = r.lemmatizer.analyses(lower).first?.lemma else { return false }
    if lemma == lower { return !lemma.hasSuffix("ння") && !lemma.hasSuffix("ття") }
    return !lemma.hasSuffix("а") && !lemma.hasSuffix("я") && r.lemmatizer.nominativePlural(lemma) == lower
  }
}

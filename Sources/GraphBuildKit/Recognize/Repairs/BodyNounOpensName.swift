/// A capitalised noun for a body (`governmentHeads`, `institutionNouns`: Представництво, Кабінет,
/// Посольство, Міністерство, Інститут) right before an organisation or a state is the first
/// word of the body's name, which the tagger left out: the body is not its state, nor the
/// union or ministry it belongs to.
///
///     голова Представництва Європейського Союзу в Україні   Європейського Союзу (ORG)
///                                                          -> Представництва Європейського Союзу (ORG)
///
/// At a sentence's start too (`Кабінет Міністрів України ухвалив`), but never a post (Голова,
/// Міністр), nor `Уряд`, which the relation stage reads as its state.
struct BodyNounOpensName: DocumentRepair {
  func repair(_ document: inout RepairDocument) {
    let r = document.recognizer
    let tokens = document.tokens
    for i in document.mentions.indices where ["ORG", "LOC"].contains(document.mentions[i].label) {
      let m = document.mentions[i]
      let b = m.tokenRange.lowerBound - 1
      let sentence = document.sentences[m.sentenceIndex]
      guard b >= 0, sentence.tokenRange.contains(b), !document.covered[b], tokens[b].kind == .word, tokens[b].isCapitalized, !tokens[b].isAllCaps,
        !r.isPersonTitle(tokens[b].text), isBodyNoun(tokens[b].text, r)
      else { continue }
      document.covered[b] = true
      document.mentions[i] = document.mention(b..<m.tokenRange.upperBound, label: "ORG", sentence: m.sentenceIndex)
    }
  }

  func isBodyNoun(_ word: String, _ r: Recognizer) -> Bool {
    let lemmas = r.lemmatizer.analyses(word.lowercasedFast()).prefix(3).filter { !$0.isAdjective }.map { $0.lemma.lowercasedFast() }
    // A state's government acts for its state ("Уряд Японії запровадив санкції"): it stays out.
    if lemmas.contains("уряд") { return false }
    return lemmas.contains { r.gazetteer.governmentHeads.contains($0) || r.gazetteer.institutionNouns.contains($0) }
  }
}

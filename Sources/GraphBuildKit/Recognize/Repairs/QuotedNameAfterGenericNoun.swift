/// A capitalised name in quotes after a generic noun is an organisation, whether the tagger
/// found it or not; a place inside the quotes is the company's name.
///
///     Кредит надав банку «Мир».                     no mention    -> Мир (ORG)
///     Угоду уклала компанія «Казахстан темір жоли».  Казахстан (LOC) -> Казахстан темір жоли (ORG)
struct QuotedNameAfterGenericNoun: DocumentRepair {
  func repair(_ document: inout RepairDocument) {
    let r = document.recognizer
    let tokens = document.tokens
    var index = MentionIndex(document.mentions)
    for (si, sentence) in document.sentences.enumerated() {
      for t in sentence.tokenRange where t + 2 < sentence.tokenRange.upperBound && (tokens[t].text == "«" || tokens[t].text == "„" || tokens[t].text == "\"") {
        guard t > sentence.tokenRange.lowerBound, r.isGenericNoun(tokens[t - 1].text),
          let close = (t + 1..<min(sentence.tokenRange.upperBound, t + 8)).first(where: { tokens[$0].kind == .quote }),
          close > t + 1, tokens[t + 1].isCapitalized || tokens[t + 1].isAllCaps || tokens[t + 1].kind == .number
        else { continue }
        if (t + 1..<close).contains(where: { document.covered[$0] }) {
          // Unless the tagger's name runs past the quotes.
          let inside = index.overlapping((t + 1)..<close)
          guard
            inside.allSatisfy({
              document.mentions[$0].tokenRange.lowerBound > t && document.mentions[$0].tokenRange.upperBound <= close && document.mentions[$0].label == "LOC"
            })
          else { continue }
          index.drop(inside)
        }
        document.add((t + 1)..<close, label: "ORG", sentence: si)
        index.add(document.mentions.count - 1, (t + 1)..<close)
      }
    }
    document.mentions = index.kept(document.mentions)
  }
}

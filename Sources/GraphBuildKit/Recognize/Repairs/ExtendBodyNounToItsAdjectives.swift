/// A body's name that the tagger began at its capitalised noun takes the capitalised adjectives
/// right before it, which agree with the noun and name the body with it.
///
///     Він служив у Збройних Силах України.   Силах України (ORG)   -> Збройних Силах України
struct ExtendBodyNounToItsAdjectives: DocumentRepair {
  func repair(_ document: inout RepairDocument) {
    let r = document.recognizer
    let tokens = document.tokens
    for i in document.mentions.indices where document.mentions[i].label == "ORG" && document.mentions[i].known == nil {
      let m = document.mentions[i]
      let first = m.tokenRange.lowerBound
      // (Not before an abbreviation or a legal form: "Сімферопольське ТОВ «X»" says the seat.)
      guard tokens[first].isCapitalized, !tokens[first].isAllCaps, r.isInstitutionNoun(tokens[first].text) else { continue }
      let sentenceStart = document.sentences[m.sentenceIndex].tokenRange.lowerBound
      var start = first
      while start > sentenceStart, case let t = start - 1, !document.covered[t], !document.tagged[t], tokens[t].kind == .word,
        tokens[t].isCapitalized, !tokens[t].isAllCaps, case let lower = tokens[t].text.lowercasedFast(),
        // (-о is an adverb's, which the dictionary also reads as an adjective's: Щорічно.)
        !lower.hasSuffix("о"), r.lemmatizer.isAdjective(lower)
      {
        start = t
      }
      guard start < first else { continue }
      for t in start..<first { document.covered[t] = true }
      document.mentions[i] = document.mention(start..<m.tokenRange.upperBound, label: "ORG", sentence: m.sentenceIndex)
    }
  }
}

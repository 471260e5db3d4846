/// An organisation's name is not a lone adjective: a capitalised adjective tagged ORG goes on
/// through the lower-case nouns after it, as `ExtendBodyNameInLowerCase` reads them, when one
/// of them is a noun.
///
///     Її прийняли до Національної спілки художників.   Національної (ORG)   -> Національної спілки художників
struct ExtendAdjectiveToItsNoun: DocumentRepair {
  func repair(_ document: inout RepairDocument) {
    let r = document.recognizer
    let tokens = document.tokens
    for i in document.mentions.indices where document.mentions[i].label == "ORG" && document.mentions[i].known == nil {
      let m = document.mentions[i]
      let range = m.tokenRange
      guard range.count == 1, tokens[range.lowerBound].isCapitalized, !tokens[range.lowerBound].isAllCaps,
        r.lemmatizer.isAdjective(tokens[range.lowerBound].text)
      else { continue }
      let end = ExtendBodyNameInLowerCase.lowerCaseEnd(after: range, sentence: document.sentences[m.sentenceIndex], in: document)
      guard end > range.upperBound, (range.upperBound..<end).contains(where: { r.isCommonNoun(tokens[$0].text) }) else { continue }
      for t in range.upperBound..<end { document.covered[t] = true }
      document.mentions[i] = document.mention(range.lowerBound..<end, label: "ORG", sentence: m.sentenceIndex)
    }
  }
}

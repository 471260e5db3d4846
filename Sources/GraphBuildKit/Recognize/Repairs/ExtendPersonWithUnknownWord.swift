/// A capitalised word the dictionary does not know, right after a short person's name, is the
/// rest of the name.
///
///     Брифінг провела Керолайн Лівітт.   Керолайн   -> Керолайн Лівітт
struct ExtendPersonWithUnknownWord: DocumentRepair {
  func repair(_ document: inout RepairDocument) {
    let r = document.recognizer
    let tokens = document.tokens
    guard let h = r.lemmatizer.hunspell else { return }
    for i in document.mentions.indices where document.mentions[i].label == "PERS" && document.mentions[i].tokenRange.count < 3 {
      let next = document.mentions[i].tokenRange.upperBound
      guard next < tokens.count, !document.covered[next], tokens[next].isCapitalized, tokens[next].kind == .word,
        tokens[next].scalarStart - tokens[next - 1].scalarEnd == 1,
        document.mentions.allSatisfy({ !$0.tokenRange.contains(next) }),
        !h.spell(tokens[next].text.lowercasedFast()), r.knownEntry([tokens[next].text]) == nil
      else { continue }
      document.covered[next] = true
      document.mentions[i] = document.mention(document.mentions[i].tokenRange.lowerBound..<(next + 1), label: "PERS", sentence: document.mentions[i].sentenceIndex)
    }
  }
}

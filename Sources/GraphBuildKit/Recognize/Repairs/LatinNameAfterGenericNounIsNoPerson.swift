/// A name in Latin letters right after a generic noun (мережа, платформа, проєкт, видання) is
/// that thing's name, not a person's: the tagger reads two capitalised Latin words as a name and
/// a first name and a surname alike. A Cyrillic name keeps its label there, since the noun's
/// owner follows it in the genitive ("компанії Ріната Ахметова").
///
///     Він написав у мережі Meta Threads про це.   Meta Threads (PERS)   -> Meta Threads (ORG)
struct LatinNameAfterGenericNounIsNoPerson: DocumentRepair {
  func repair(_ document: inout RepairDocument) {
    let r = document.recognizer
    let tokens = document.tokens
    for i in document.mentions.indices where document.mentions[i].label == "PERS" {
      let range = document.mentions[i].tokenRange
      guard range.lowerBound > 0, tokens[range.lowerBound - 1].kind == .word, r.isGenericNoun(tokens[range.lowerBound - 1].text),
        tokens[range].allSatisfy(Recognizer.isLatinName)
      else { continue }
      document.mentions[i] = document.mention(range, label: "ORG", sentence: document.mentions[i].sentenceIndex)
    }
  }
}

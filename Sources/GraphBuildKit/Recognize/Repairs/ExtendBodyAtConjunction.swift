/// A body's name the tagger cut at a conjunction of its lower-case nouns goes on through the
/// next noun when both are in an oblique case.
///
///     Заяву оприлюднило Міністерство розвитку громад і територій.   Міністерство розвитку громад
///                                                                  -> Міністерство розвитку громад і територій
struct ExtendBodyAtConjunction: DocumentRepair {
  func repair(_ document: inout RepairDocument) {
    let r = document.recognizer
    let tokens = document.tokens
    for i in document.mentions.indices where document.mentions[i].label == "ORG" && document.mentions[i].tokenRange.count >= 2 {
      let range = document.mentions[i].tokenRange
      let last = tokens[range.upperBound - 1]
      guard range.upperBound + 1 < tokens.count, ["і", "й", "та"].contains(tokens[range.upperBound].text),
        case let next = tokens[range.upperBound + 1], next.kind == .word, !next.isCapitalized, !next.isAllCaps, !document.covered[range.upperBound + 1],
        last.kind == .word, !last.isCapitalized, r.isInstitutionNoun(tokens[range.lowerBound].text),
        r.oblique(last.text), r.oblique(next.text),
        range.upperBound + 2 >= tokens.count || tokens[range.upperBound + 2].kind != .word || tokens[range.upperBound + 2].isCapitalized
      else { continue }
      document.covered[range.upperBound] = true
      document.covered[range.upperBound + 1] = true
      document.mentions[i] = document.mention(range.lowerBound..<(range.upperBound + 2), label: "ORG", sentence: document.mentions[i].sentenceIndex)
    }
  }
}

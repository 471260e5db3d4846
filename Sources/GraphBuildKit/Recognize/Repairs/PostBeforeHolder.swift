/// A post the tagger took for a body, right before its holder, is no body: a title in lower-case
/// words goes; one that names a state keeps the state.
///
///     Заяву зробив Міністр оборони Денис Шмигаль.         Міністр оборони (ORG)          -> no mention
///     Відповіла Міністр енергетики Сербії Дубравка Джедович.  Міністр енергетики Сербії (ORG) -> Сербії (LOC)
struct PostBeforeHolder: DocumentRepair {
  func repair(_ document: inout RepairDocument) {
    let r = document.recognizer
    let tokens = document.tokens
    let personStartsAt = Set(document.mentions.filter { $0.label == "PERS" }.map(\.tokenRange.lowerBound))
    let repaired = document.mentions.flatMap { m -> [Mention] in
      guard m.label == "ORG", m.known == nil, personStartsAt.contains(m.tokenRange.upperBound), r.isPersonTitle(tokens[m.tokenRange.lowerBound].text)
      else { return [m] }
      let words = tokens[m.tokenRange].dropFirst()
      if words.allSatisfy({ $0.kind == .word && !$0.isCapitalized && !$0.isAllCaps }) { return [] }
      guard let c = words.firstIndex(where: { $0.isCapitalized }), words[..<c].allSatisfy({ $0.kind == .word && !$0.isCapitalized }),
        r.knownEntry(tokens[c..<m.tokenRange.upperBound].map(\.text))?.type == "Country"
      else { return [m] }
      return [document.mention(c..<m.tokenRange.upperBound, label: "LOC", sentence: m.sentenceIndex)]
    }
    document.mentions = repaired
  }
}

/// A body's name goes on through its remit (`з питань`, `у справах` and what they govern: lower-case
/// nouns and adjectives, coordinated, or a name) and through `при` and the body or office it is
/// attached to. NER-UK's annotators take these into the name: all 15 of the names in its training
/// halves followed by `з питань`, `у справах` or `при` and a capital hold them.
///
///     у Комітеті Ради Європи з питань рівності між чоловіками   Комітеті Ради Європи з питань (ORG)
///                                                              -> Комітеті Ради Європи з питань рівності
///     Національної комісії України у справах ЮНЕСКО            Національної комісії України, ЮНЕСКО (ORG)
///                                                              -> Національної комісії України у справах ЮНЕСКО
///     Представництва України при ЄС                            Представництва України, ЄС -> one name
struct ExtendBodyNameThroughItsRemit: DocumentRepair {
  static let remits: Set<[String]> = [["з", "питань"], ["із", "питань"], ["у", "справах"], ["в", "справах"]]

  /// Where a name's remit or its `при` begins, if it has one: what follows is no parent of the
  /// body (`Комітет з питань Європейського Союзу`), or, after `при`, the only one.
  static func remitStart(_ tokens: [Token], in range: Range<Int>) -> Int? {
    range.dropFirst().first { t in
      tokens[t].text == "при" || t + 1 < range.upperBound && remits.contains([tokens[t].text.lowercasedFast(), tokens[t + 1].text.lowercasedFast()])
    }
  }

  func repair(_ document: inout RepairDocument) {
    let r = document.recognizer
    let tokens = document.tokens
    let starts = Dictionary(document.mentions.indices.map { (document.mentions[$0].tokenRange.lowerBound, $0) }, uniquingKeysWith: { a, _ in a })
    var absorbed: Set<Int> = []
    func remit(at t: Int) -> Bool {
      t + 1 < tokens.count && Self.remits.contains([tokens[t].text.lowercasedFast(), tokens[t + 1].text.lowercasedFast()])
    }
    for i in document.mentions.indices where document.mentions[i].label == "ORG" && document.mentions[i].known == nil && !absorbed.contains(i) {
      let m = document.mentions[i]
      let sentence = document.sentences[m.sentenceIndex].tokenRange
      guard m.tokenRange.contains(where: { tokens[$0].kind == .word && r.isInstitutionNoun(tokens[$0].text) }) else { continue }
      var end = m.tokenRange.upperBound
      var complement: (end: Int, mention: Int?)?
      if m.tokenRange.count > 2, remit(at: end - 2) {
        complement = complementEnd(from: end, sentence, starts, document)
      } else if end + 2 < sentence.upperBound, remit(at: end) {
        complement = complementEnd(from: end + 2, sentence, starts, document)
      } else if end + 1 < sentence.upperBound, tokens[end].text == "при" {
        complement = attachedEnd(from: end + 1, sentence, starts, document)
      }
      guard let (newEnd, named) = complement, newEnd > end else { continue }
      if let named {
        if named == i { continue }
        absorbed.insert(named)
      }
      while end < newEnd {
        document.covered[end] = true
        end += 1
      }
      document.mentions[i] = document.mention(m.tokenRange.lowerBound..<newEnd, label: "ORG", sentence: m.sentenceIndex)
    }
    document.mentions = document.mentions.indices.filter { !absorbed.contains($0) }.map { document.mentions[$0] }
  }

  /// Where a remit's complement ends: a name (the mention it is), or lower-case nouns and
  /// adjectives, joined by a coordinator or a comma (`геодезії, картографії та кадастру`).
  private func complementEnd(from c: Int, _ sentence: Range<Int>, _ starts: [Int: Int], _ document: RepairDocument) -> (end: Int, mention: Int?)? {
    guard c < sentence.upperBound else { return nil }
    if let named = starts[c], document.mentions[named].label != "PERS" { return (document.mentions[named].tokenRange.upperBound, named) }
    let r = document.recognizer
    let tokens = document.tokens
    func time(_ t: Int) -> Bool {
      t < sentence.upperBound && !Recognizer.timeNouns.isDisjoint(with: r.lemmatizer.analyses(tokens[t].text.lowercasedFast()).prefix(3).map(\.lemma))
    }
    // (Not a time after the name: "з питань кадастру минулого тижня".)
    func word(_ t: Int) -> Bool {
      t < sentence.upperBound && ExtendBodyNameInLowerCase.isNameWord(tokens[t], r) && !time(t) && !time(t + 1)
    }
    var end = c
    while end - c < 8 {
      if word(end) {
        end += 1
      } else if end > c, [",", "і", "й", "та"].contains(tokens[end].text.lowercasedFast()), word(end + 1) {
        end += 2
      } else {
        break
      }
    }
    return end > c ? (end, nil) : nil
  }

  /// Where what a body is attached to ends (`при ЄС`, `при Президентові України`): a name other
  /// than a person's, after at most one capitalised word.
  private func attachedEnd(from c: Int, _ sentence: Range<Int>, _ starts: [Int: Int], _ document: RepairDocument) -> (end: Int, mention: Int?)? {
    for start in [c, c + 1] where start < sentence.upperBound {
      if start == c + 1 && !(document.tokens[c].isCapitalized && document.tokens[c].kind == .word) { break }
      if let named = starts[start], document.mentions[named].label != "PERS" { return (document.mentions[named].tokenRange.upperBound, named) }
    }
    return nil
  }
}

/// An abbreviation of a common noun names no one entity: VESUM marks it an abbreviation and
/// nothing more, and no world knowledge names it.
///
///     Про це повідомили ЗМІ.   ЗМІ (ORG)   -> no mention
struct DropCommonAbbreviation: DocumentRepair {
  func repair(_ document: inout RepairDocument) {
    let tokens = document.tokens
    let lists = document.recognizer.gazetteer.wordLists
    document.mentions.removeAll { m in
      m.tokenRange.count == 1 && m.known == nil && tokens[m.tokenRange.lowerBound].isAllCaps
        && lists.nameClasses(tokens[m.tokenRange.lowerBound].text.lowercasedFast()) == .abbreviation
    }
  }
}

/// A name whose head noun is the noun for a law, a text, a work or a historical event (закон,
/// декларація, літопис, фільм, революція: `miscClassNouns` in the gazetteer) names that thing,
/// not an organisation. Events a body holds (фестиваль, конкурс, форум) stay as tagged: NER-UK
/// labels them ORG as often as not.
///
///     Підписали Декларацію прав народів.   Декларацію прав народів (ORG)   -> (MISC)
///     Це був Галицько-Волинський літопис.   Галицько-Волинський літопис (ORG)  -> (MISC)
struct WorkIsNoOrganization: DocumentRepair {
  /// Classes whose nouns never head a body's name.
  static let workClasses: Set<String> = ["Legislation", "Movie", "Book", "MusicComposition", "CreativeWork"]
  static let historicalEvents: Set<String> = ["війна", "революція", "битва", "повстання"]

  func repair(_ document: inout RepairDocument) {
    let r = document.recognizer
    let tokens = document.tokens
    for i in document.mentions.indices where document.mentions[i].label == "ORG" && document.mentions[i].known == nil {
      let range = document.mentions[i].tokenRange
      // The head: the first word that is not an adjective.
      guard let head = range.first(where: { tokens[$0].kind == .word && r.lemmatizer.analyses(tokens[$0].text.lowercasedFast()).first?.isAdjective != true })
      else { continue }
      let lemma = r.lemmatizer.lemma(tokens[head].text.lowercasedFast()).lowercasedFast()
      guard Self.historicalEvents.contains(lemma) || r.gazetteer.miscClasses[lemma].map(Self.workClasses.contains) == true else { continue }
      document.mentions[i] = document.mention(range, label: "MISC", sentence: document.mentions[i].sentenceIndex)
    }
  }
}

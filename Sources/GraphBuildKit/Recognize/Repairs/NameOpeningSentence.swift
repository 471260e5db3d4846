/// A word opening a sentence says little to the tagger by its capital. One that VESUM knows only
/// as a person's name, and the dictionary not as a common word (коваль is one), is a person; only as a
/// geographical name, a place.
///
///     Симоненка зустріли на вокзалі.    no mention   -> Симоненка (PERS)
///     Ворсклу перейшли вбрід.           no mention   -> Ворсклу (LOC)
struct NameOpeningSentence: DocumentRepair {
  func repair(_ document: inout RepairDocument) {
    let r = document.recognizer
    let tokens = document.tokens
    guard let h = r.lemmatizer.hunspell else { return }
    for (si, sentence) in document.sentences.enumerated() {
      guard let t = sentence.tokenRange.first(where: { tokens[$0].kind == .word }), !document.covered[t], tokens[t].isCapitalized,
        !tokens[t].isAllCaps, Recognizer.opensSentence(t, tokens: tokens, sentence: sentence)
      else { continue }
      let word = tokens[t].text
      let classes = r.gazetteer.wordLists.nameClasses(word.lowercasedFast()).kinds
      guard !classes.isEmpty, !h.spell(word.lowercasedFast()) else { continue }
      let label: String
      if WordLists.NameClasses.personal.isSuperset(of: classes) { label = "PERS" } else if classes == .geographical { label = "LOC" } else { continue }
      document.add(t..<(t + 1), label: label, sentence: si)
    }
  }
}

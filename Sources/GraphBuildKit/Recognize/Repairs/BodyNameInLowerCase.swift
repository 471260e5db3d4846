/// A body's name no mention holds (the tagger left it out, or a repair dropped its span): a capitalised body's noun mid-sentence (Спілки, Центру),
/// or capitalised adjectives before a body's noun in lower case (Збройних сил), going on in
/// lower case as `ExtendBodyNameInLowerCase` reads it, then through the name of a state or body
/// right after it, whose part it names.
///
///     Вона очолює виконавчу раду Спілки українських підприємців.   -> Спілки українських підприємців (ORG)
///     Спікерка Палати представників Ненсі Пелосі                   -> Палати представників (ORG)
///     Він командувач Збройних сил України.   України (LOC)         -> Збройних сил України (ORG)
///     головнокомандувач Об’єднаних збройних сил НАТО                -> Об’єднаних збройних сил НАТО (ORG)
struct BodyNameInLowerCase: DocumentRepair {
  func repair(_ document: inout RepairDocument) {
    let r = document.recognizer
    let tokens = document.tokens
    for (si, sentence) in document.sentences.enumerated() {
      var t = sentence.tokenRange.lowerBound
      while t < sentence.tokenRange.upperBound {
        defer { t += 1 }
        guard !document.covered[t], tokens[t].kind == .word, tokens[t].isCapitalized, !tokens[t].isAllCaps,
          !Recognizer.opensSentence(t, tokens: tokens, sentence: sentence)
        else { continue }
        // A capitalised adjective and up to two more, then the body's noun.
        var h = t
        while h < min(sentence.tokenRange.upperBound, t + 3), !document.covered[h], h == t || !tokens[h].isCapitalized,
          r.lemmatizer.isAdjective(tokens[h].text), !isBodyNoun(tokens[h].text, r)
        {
          h += 1
        }
        guard h < sentence.tokenRange.upperBound, !document.covered[h], tokens[h].kind == .word,
          isBodyNoun(tokens[h].text, r), r.isCommonNoun(tokens[h].text), !r.isFirstName(tokens[h].text),
          h == t || !tokens[h].isCapitalized
        else { continue }
        var end = ExtendBodyNameInLowerCase.lowerCaseEnd(after: t..<h + 1, sentence: sentence, in: document)
        // A name's words in lower case open with an adjective in the genitive ("Спілки
        // українських підприємців") or a noun in the genitive plural ("Палати представників");
        // "Церкви були такі" is a sentence going on.
        if end > h + 1, !Self.genitiveAdjective(tokens[h + 1].text, r), !Self.genitivePluralNoun(tokens[h + 1].text, r) { end = h + 1 }
        // The genitive's adjectives and its one noun: what follows is the sentence's ("Палати
        // представників минулого року").
        var k = h + 1
        while k < end, Self.genitiveAdjective(tokens[k].text, r) { k += 1 }
        if k < end { k += 1 }
        end = min(end, k)
        // The state or body it is of ("України", "НАТО"), one name right after it.
        var ofName = false
        if let next = document.mentions.firstIndex(where: { $0.tokenRange.lowerBound == end }),
          ["LOC", "ORG"].contains(document.mentions[next].label), document.mentions[next].known?.type == "Country" || document.mentions[next].label == "ORG"
        {
          end = document.mentions[next].tokenRange.upperBound
          document.mentions.remove(at: next)
          ofName = true
        }
        guard end > h + 1 || ofName, end - t >= 2 else { continue }
        document.add(t..<end, label: "ORG", sentence: si)
        t = end - 1
      }
    }
  }

  /// A body's noun, or one in the plural whose plural is a body's noun (`сил`: сили).
  func isBodyNoun(_ word: String, _ r: Recognizer) -> Bool {
    if r.isInstitutionNoun(word) { return true }
    return r.lemmatizer.analyses(word.lowercasedFast()).prefix(2).contains { a in
      r.lemmatizer.nominativePlural(a.lemma).map { r.gazetteer.institutionNouns.contains($0) } ?? false
    }
  }

  static func genitivePluralNoun(_ word: String, _ r: Recognizer) -> Bool {
    let lower = word.lowercasedFast()
    return (lower.hasByteSuffix("ів") || lower.hasByteSuffix("їв")) && r.isCommonNoun(word)
  }

  static func genitiveAdjective(_ word: String, _ r: Recognizer) -> Bool {
    Lemmatizer.adjectiveCases(word)?.contains("gen") == true && r.lemmatizer.isAdjective(word)
  }
}

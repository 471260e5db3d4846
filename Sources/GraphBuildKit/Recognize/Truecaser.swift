/// Headlines set in capitals (ЗЕЛЕНСЬКИЙ ЗУСТРІВСЯ З МАКРОНОМ): every word looks like an
/// abbreviation to the tagger, and a name found there would be a node of its own (МАКРОНОМ
/// beside Макрон). Such a sentence is read in the case its words have elsewhere: as the same
/// document writes them, else lower case for a word the dictionary knows, capitalised for one it
/// does not, capitals kept for abbreviations (США, НАТО). Case changes letter for letter, so
/// offsets stay those of the original.
struct Truecaser {
  let hunspell: Hunspell?
  let gazetteer: Gazetteer

  /// At least this many words of three letters or more, and all words in capitals, make a
  /// sentence a capitals headline.
  static let minimumWords = 3

  /// The text with its capitals sentences recased, or nil when it has none.
  func recase(_ text: ScalarText, tokens: [Token], sentences: [Sentence]) -> String? {
    let isCaps = sentences.map { s in
      let words = s.tokenRange.filter { tokens[$0].kind == .word && tokens[$0].text.unicodeScalars.count > 1 }
      return words.filter({ tokens[$0].text.unicodeScalars.count > 2 }).count >= Self.minimumWords && words.allSatisfy({ tokens[$0].isAllCaps })
    }
    guard isCaps.contains(true) else { return nil }
    let capsSentences = zip(sentences, isCaps).filter(\.1).map(\.0)
    // How the document writes a word outside such sentences: capitalised mid-sentence, or in lower case.
    var capitalized: [String: Int] = [:]
    var lower: [String: Int] = [:]
    for (s, caps) in zip(sentences, isCaps) where !caps {
      for t in s.tokenRange.dropFirst() where tokens[t].kind == .word && !tokens[t].isAllCaps {
        let key = tokens[t].text.lowercasedFast()
        if tokens[t].isCapitalized { capitalized[key, default: 0] += 1 } else { lower[key, default: 0] += 1 }
      }
    }
    var scalars = text.scalars
    for s in capsSentences {
      var first = true
      for t in s.tokenRange where tokens[t].kind == .word {
        defer { first = false }
        let word = tokens[t].text
        let lowered = word.lowercasedFast()
        let title = lowered.prefix(1).uppercased() + lowered.dropFirst()
        let known = gazetteer.lookup(word) != nil
        let cased: String
        if capitalized[lowered, default: 0] + lower[lowered, default: 0] > 0 {
          cased = capitalized[lowered, default: 0] > lower[lowered, default: 0] || first ? title : lowered
        } else if (known || gazetteer.wordLists.nameClasses(lowered).contains(.abbreviation))
          && (word.unicodeScalars.count <= 5 && !(hunspell?.spell(lowered) ?? false) || !(hunspell?.spell(title) ?? false))
        {
          cased = word  // США, НАТО, МАГАТЕ; not КИЇВ, which the dictionary knows as Київ
        } else if known {
          cased = title  // КИЇВ, though "київ" is a form of "кий"
        } else if hunspell?.spell(lowered) ?? false {
          cased = first ? title : lowered
        } else {
          cased = title
        }
        let new = Array(cased.unicodeScalars)
        // Only where no letter changes its length (no ß), so that offsets hold.
        guard new.count == tokens[t].scalarEnd - tokens[t].scalarStart, new.count == word.unicodeScalars.count else { continue }
        for (k, c) in new.enumerated() { scalars[tokens[t].scalarStart + k] = c }
      }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}

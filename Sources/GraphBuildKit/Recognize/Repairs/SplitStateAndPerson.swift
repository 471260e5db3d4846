/// The last span pass: a span the tagger ran together across a state, a body or a company and
/// the person after it is split in two, and every part is recorded.
///
///     Зустрівся з президентом Франції Емманюелем Макроном.   span Франції Емманюелем Макроном
///                                                           -> Франції (LOC) + Емманюелем Макроном (PERS)
struct SplitStateAndPerson: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let sentenceEnd = document.sentences[span.sentenceIndex].tokenRange.upperBound
    let parts = Self.split(
      span.range, label: span.label, recognizer: document.recognizer, tokens: document.tokens,
      free: { $0 < sentenceEnd && !document.covered[$0] && !document.tagged[$0] },
      personAt: { $0 < sentenceEnd && document.personStarts.contains($0) })
    for (part, label) in parts { document.add(part, label: label, sentence: span.sentenceIndex) }
    return .done
  }

  /// The parts of a span with their labels. `free` says whether a token after the span belongs
  /// to no other span, so that a person the tagger cut short ("Японії Сігеру" | "Ісіба") can
  /// take it; `personAt`, whether a person's span starts there, which the person at the end will
  /// be merged with.
  static func split(
    _ range: Range<Int>, label: String, recognizer r: Recognizer, tokens: [Token],
    free: (Int) -> Bool = { _ in false }, personAt: (Int) -> Bool = { _ in false }
  ) -> [(Range<Int>, String)] {
    guard range.count >= 2 else { return [(range, label)] }
    for cut in range.lowerBound + 1..<range.upperBound {
      let head = tokens[range.lowerBound..<cut].map(\.text)
      let rest = tokens[cut..<range.upperBound]
      // "Генеральний директор MOL Жолт Гернаді": a company's Latin name and the person after it.
      if label == "ORG", tokens[range.lowerBound..<cut].allSatisfy(Recognizer.isLatinName), rest.count >= 2,
        rest.allSatisfy({ $0.kind == .word && $0.isCapitalized && !$0.isAllCaps && !Recognizer.isLatinName($0) }), r.couldBePerson(rest)
      {
        return [(range.lowerBound..<cut, "ORG"), (cut..<range.upperBound, "PERS")]
      }
      // "компанія Азербайджану SOCAR": a state in Cyrillic before a name in Latin letters is
      // where the body is from, not part of its name.
      if label != "PERS", rest.allSatisfy(Recognizer.isLatinName), !tokens[range.lowerBound..<cut].contains(where: Recognizer.isLatinName),
        let e = r.knownEntry(head), e.type == "Country" || e.type == "City"
      {
        return [(range.lowerBound..<cut, "LOC"), (cut..<range.upperBound, "ORG")]
      }
      // The person's words may end in initials ("Дещицею А.Б.").
      let initial = { (k: Int) in tokens[k].text == "." && tokens[k - 1].kind == .word && tokens[k - 1].text.count == 1 }
      guard rest.first?.kind == .word, (cut..<range.upperBound).allSatisfy({ tokens[$0].isCapitalized && tokens[$0].kind == .word || initial($0) }),
        rest.filter({ $0.kind == .word }).count <= 3
      else { continue }
      // A name in Latin letters goes on in them: "Free Russia Foundation" holds no state and
      // no person.
      if Recognizer.isLatinName(tokens[cut - 1]), rest.contains(where: Recognizer.isLatinName) { continue }
      // The head is a known state, city or body ("Білорусі", "МЗС Фінляндії") and the rest a
      // person: two or three capitalised words, or one the dictionary knows as a given name.
      let last = r.knownEntry([tokens[cut - 1].text])
      let headEntry = r.knownEntry(head)
      // An abbreviation, then a full name opening with a given name ("голова РДА Василь П."):
      // the body and the person. (Not a legal form, which is the person's firm: "ФОП Ганна К.")
      if headEntry == nil, cut == range.lowerBound + 1, tokens[range.lowerBound].isAllCaps, tokens[range.lowerBound].kind == .word,
        !r.gazetteer.companyMarkers.contains(head[0]), !r.gazetteer.privateForms.contains(head[0].lowercasedFast()),
        rest.count >= 2, rest.allSatisfy({ !$0.isAllCaps }), r.isFirstName(rest.first!.text), r.couldBePerson(rest)
      {
        return [(range.lowerBound..<cut, "ORG"), (cut..<range.upperBound, "PERS")]
      }
      // A town GeoNames knows, or a region VESUM lists as a place ("Київщини"), then a full name
      // opening with a given name ("Нової Каховки Володимир Коваленко"): the town's head and
      // the person.
      // (Not a surname that is a town too: "Мельник Андрій Володимирович".)
      if label == "PERS", headEntry == nil, rest.count >= 2, r.isFirstName(rest.first!.text),
        head.allSatisfy({ r.gazetteer.wordLists.nameClasses($0.lowercasedFast()).isDisjoint(with: .personal) }), r.couldBePerson(rest),
        r.gazetteer.wordLists.placeKind(r.baseForm(head, label: "LOC")) != nil
          || head.count == 1 && r.gazetteer.wordLists.nameClasses(head[0].lowercasedFast()).contains(.geographical)
      {
        return [(range.lowerBound..<cut, "LOC"), (cut..<range.upperBound, "PERS")]
      }
      guard headEntry != nil || (last.map { $0.type == "Country" || $0.type == "City" } ?? false) else { continue }
      var personEnd = range.upperBound
      var nameEnd = personEnd
      if rest.count == 1, personEnd < tokens.count, tokens[personEnd].isCapitalized, tokens[personEnd].kind == .word {
        if free(personEnd) {
          personEnd += 1
          nameEnd = personEnd
        } else if personAt(personEnd) {
          nameEnd = personEnd + 1
        }
      }
      let headType = headEntry?.type
      let place = headEntry != nil && (headType == "Country" || headType == "City")
      // A person's name does not open with a state's: what the tagger read as one person after
      // a state is the person ("Південної Кореї Ан Док Гином"), whatever the dictionary knows.
      let personAfterState = label == "PERS" && place && nameEnd - cut >= 2
      // A word the tagger left between a body and the person it found goes with the person
      // ("МЗС Китаю Лінь" | "Цзянь").
      let joinsPerson = rest.count == 1 && nameEnd > personEnd && last.map { $0.type == "Country" } ?? false
      guard personAfterState || joinsPerson || (nameEnd - cut >= 2 ? r.couldBePerson(tokens[cut..<nameEnd]) : r.isFirstName(rest.first!.text))
      else { continue }
      return [(range.lowerBound..<cut, place ? "LOC" : "ORG"), (cut..<personEnd, "PERS")]
    }
    // "Голова Роменської міської ТВК Надія" | "Лавриненко": a body's name that ends in a given
    // name, right before a person's span or a capitalised word no span holds, gives it to the
    // person. (Not after "імені" or a saint's word: "церкви Святого Миколая".)
    if label != "PERS", range.count >= 2, case let last = range.upperBound - 1, tokens[last].kind == .word, tokens[last].isCapitalized,
      !tokens[last].isAllCaps, r.isFirstName(tokens[last].text), tokens[last - 1].kind == .word,
      !["імені", "ім", "святого", "святої", "святих", "св"].contains(tokens[last - 1].text.lowercasedFast()),
      tokens[range.lowerBound..<last].contains(where: { $0.isAllCaps || $0.isCapitalized }),
      range.upperBound < tokens.count, tokens[range.upperBound].kind == .word, tokens[range.upperBound].isCapitalized,
      personAt(range.upperBound) || free(range.upperBound) && r.couldBePerson(tokens[last...range.upperBound])
    {
      return [(range.lowerBound..<last, label), (last..<(personAt(range.upperBound) ? last + 1 : range.upperBound + 1), "PERS")]
    }
    // "Офісу президента Андрій Єрмак": a name with a lower-case word in it ends in a person.
    if tokens[range].contains(where: { $0.kind == .word && !$0.isCapitalized && !$0.isAllCaps }) {
      for cut in (range.lowerBound + 1)..<range.upperBound {
        let rest = tokens[cut..<range.upperBound]
        // Not a name in a name: "університету імені Тараса Шевченка", "історія з Тіною Кароль".
        let before = tokens[cut - 1].text.lowercasedFast()
        guard rest.allSatisfy({ $0.isCapitalized && $0.kind == .word }), rest.count <= 3, r.isFirstName(tokens[cut].text),
          tokens[cut - 1].kind == .word, !tokens[cut - 1].isCapitalized, !Token.prepositions.contains(before),
          !["імені", "ім"].contains(before)
        else { continue }
        return [(range.lowerBound..<cut, label == "PERS" ? "ORG" : label), (cut..<range.upperBound, "PERS")]
      }
    }
    return [(range, label)]
  }
}

/// Puts the mentions in text order, then joins two person spans side by side, or with name
/// particles between them, into the one name the tagger cut; two names that each hold a first
/// name are two people.
///
///     Брифінг провела Керолайн Лівітт.          Керолайн + Лівітт     -> Керолайн Лівітт
///     Виступила Урсула фон дер Ляєн.            Урсула + Ляєн         -> Урсула фон дер Ляєн
///     Згадали Івана Дзюбу Михайлину Коцюбинську.  two people, kept apart
///     начальник управління Київщини Олексій Ткач.  Київщини (LOC) + Олексій Ткач
struct MergeAdjacentPersons: DocumentRepair {
  func repair(_ document: inout RepairDocument) {
    let r = document.recognizer
    let tokens = document.tokens
    document.mentions.sort { $0.scalarStart < $1.scalarStart }
    var merged: [Mention] = []
    for m in document.mentions {
      // A lone word the dictionary knows only as a place, before a name that opens with a given
      // name, is the place ("начальник управління Київщини" + "Олексій П.").
      if let last = merged.last, last.label == "PERS", m.label == "PERS", last.tokenRange.count == 1,
        last.tokenRange.upperBound == m.tokenRange.lowerBound, last.sentenceIndex == m.sentenceIndex,
        case let classes = r.gazetteer.wordLists.nameClasses(tokens[last.tokenRange.lowerBound].text.lowercasedFast()),
        classes.contains(.geographical), classes.isDisjoint(with: .personal), r.isFirstName(tokens[m.tokenRange.lowerBound].text)
      {
        merged[merged.count - 1] = document.mention(last.tokenRange, label: "LOC", sentence: last.sentenceIndex)
        merged.append(m)
        continue
      }
      if let last = merged.last, last.label == "PERS", m.label == "PERS",
        last.tokenRange.upperBound == m.tokenRange.lowerBound
          || (last.tokenRange.upperBound..<m.tokenRange.lowerBound).allSatisfy({ r.gazetteer.nameParticles.contains(tokens[$0].text) }),
        last.sentenceIndex == m.sentenceIndex,
        !(tokens[last.tokenRange].contains { r.isFirstName($0.text) } && tokens[m.tokenRange].contains { r.isFirstName($0.text) })
      {
        merged[merged.count - 1] = document.mention(last.tokenRange.lowerBound..<m.tokenRange.upperBound, label: "PERS", sentence: m.sentenceIndex)
      } else {
        merged.append(m)
      }
    }
    document.mentions = merged
  }
}

/// World knowledge the tagger missed: names of states, their short forms, cities and bodies,
/// up to three words, longest first. A known name of several words replaces the tagged names
/// inside it; one a tagged name runs beyond is left alone.
///
///     Делегація Верховної Ради прибула.   Верховної (PERS) + Ради (PERS)   -> Верховної Ради (ORG, known)
///     Переговори відбулися в Кишиневі.    no mention                       -> Кишиневі (LOC, known)
struct AddKnownNames: DocumentRepair {
  func repair(_ document: inout RepairDocument) {
    let r = document.recognizer
    let tokens = document.tokens
    var index = MentionIndex(document.mentions)
    for (si, sentence) in document.sentences.enumerated() {
      var t = sentence.tokenRange.lowerBound
      while t < sentence.tokenRange.upperBound {
        var matched = 0
        for n in stride(from: 3, through: 1, by: -1) where t + n <= sentence.tokenRange.upperBound {
          let range = t..<(t + n)
          let covers = range.contains { document.covered[$0] }
          guard !covers || n > 1, tokens[range].allSatisfy({ $0.kind == .word }), tokens[t].isCapitalized || tokens[t].isAllCaps
          else { continue }
          // Scanned only for a covered range of several capitalised words: not on every word.
          let inside = covers ? index.overlapping(range) : []
          guard
            inside.allSatisfy({
              range.lowerBound <= document.mentions[$0].tokenRange.lowerBound && document.mentions[$0].tokenRange.upperBound <= range.upperBound
            })
          else { continue }
          // After a capitalised word mid-sentence the name is part of a longer one the tagger
          // left out ("Закону України", "Державного Герба України", "Східна Україна").
          let inLongerName = t > sentence.tokenRange.lowerBound + 1 && !document.covered[t - 1] && tokens[t - 1].isCapitalized
            && !tokens[t - 1].isAllCaps && !Recognizer.opensSentence(t - 1, tokens: tokens, sentence: sentence)
          if !inLongerName, !r.isCommonWordAtSentenceStart(range, tokens: tokens, sentences: document.sentences, sentence: si, orKnown: true),
            !r.isPronounBeforeParticleOrTime(range, tokens: tokens, sentence: sentence),
            let entry = r.knownEntry(tokens[range].map(\.text))
          {
            if !inside.isEmpty {
              // Only a name the tagger split or mistyped: not one it found whole.
              guard inside.count > 1 || document.mentions[inside[0]].tokenRange != range else { continue }
              index.drop(inside)
            }
            var m = document.mention(range, label: entry.nerLabel, sentence: si)
            m.known = entry
            m.type = entry.type
            document.mentions.append(m)
            index.add(document.mentions.count - 1, range)
            for k in range { document.covered[k] = true }
            matched = n
            break
          }
        }
        t += max(matched, 1)
      }
    }
    document.mentions = index.kept(document.mentions)
  }
}

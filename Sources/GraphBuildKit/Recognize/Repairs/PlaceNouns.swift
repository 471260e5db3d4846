/// NER-UK counts a place's generic word as part of its name: before it, after an adjective, and
/// shared by places in a list. A person's name after such a word is the place's; a state or a
/// city the world knows keeps its own name.
///
///     Мітинг пройшов на вулиці Івасюка.                Івасюка (PERS)   -> вулиці Івасюка (LOC)
///     Обстріли Луганської й Донецької областей.         Луганської, Донецької -> Луганської й Донецької областей
struct PlaceNouns: DocumentRepair {
  static let obliquePluralEndings = ["ах", "ях", "ами", "ями"]
  static let pluralEndings = ["ей", "ях", "ів", "ах", "ями", "ами"]
  static let listWords: Set<String> = [",", "і", "й", "та", "в", "у"]

  func repair(_ document: inout RepairDocument) {
    let r = document.recognizer
    let lemmatizer = r.lemmatizer
    let gazetteer = r.gazetteer
    let tokens = document.tokens
    var used = [Bool](repeating: false, count: tokens.count)
    for m in document.mentions { for t in m.tokenRange { used[t] = true } }
    func isPlaceNoun(_ t: Int, _ nouns: Set<String>, singular: Bool = false) -> Bool {
      guard t >= 0, t < tokens.count, !used[t], tokens[t].kind == .word, !tokens[t].isCapitalized, !tokens[t].isAllCaps else { return false }
      // Plural before a name: "на вулицях Києва" names the city, not a street.
      let word = tokens[t].text
      if singular && Self.obliquePluralEndings.contains(where: { word.hasByteSuffix($0) }) { return false }
      return nouns.contains(word) || nouns.contains(lemmatizer.lemma(word).lowercasedFast())
    }
    // A plural form of a generic place word ("областей", "округах"): it can name several places.
    func isPluralPlaceNoun(_ t: Int) -> Bool {
      let word = tokens[t].text
      return gazetteer.placeNounsAfter.contains(lemmatizer.lemma(word).lowercasedFast()) && Self.pluralEndings.contains { word.hasByteSuffix($0) }
    }
    var out = document.mentions
    var swallowed: Set<Int> = []
    for i in out.indices where (out[i].label == "LOC" || out[i].label == "PERS") && out[i].known == nil {
      let range = out[i].tokenRange
      var start = range.lowerBound
      var end = range.upperBound
      let s = range.lowerBound
      if s >= 2, tokens[s - 1].text == ".", !used[s - 1], isPlaceNoun(s - 2, gazetteer.placeNounsBefore, singular: true) {
        start = s - 2  // an abbreviation: "вул. Хрещатик"
      } else if isPlaceNoun(s - 1, gazetteer.placeNounsBefore, singular: true), tokens[s].scalarStart - tokens[s - 1].scalarEnd == 1 {
        start = s - 1
      }
      if out[i].label == "LOC", isPlaceNoun(end, gazetteer.placeNounsAfter), lemmatizer.analyses(tokens[end - 1].text).first?.isAdjective == true {
        end += 1
      }
      // Places that share a plural generic word are one name: "Луганської й Донецької
      // областей", "Херсонському, Вінницькому та Одеському округах".
      if end > start + 1, isPluralPlaceNoun(end - 1) {
        var k = start - 1
        while k > 0 {
          var word = k
          while word >= 0, Self.listWords.contains(tokens[word].text) { word -= 1 }
          guard word < k, word >= 0, tokens[word].isCapitalized, lemmatizer.analyses(tokens[word].text).first?.isAdjective == true else { break }
          start = word
          k = word - 1
        }
      }
      guard start != range.lowerBound || end != range.upperBound else { continue }
      for t in start..<end { used[t] = true }
      for j in out.indices where j != i && out[j].tokenRange.lowerBound >= start && out[j].tokenRange.upperBound <= end {
        swallowed.insert(j)
      }
      out[i] = document.mention(start..<end, label: "LOC", sentence: out[i].sentenceIndex)
    }
    document.mentions = out.indices.filter { !swallowed.contains($0) }.map { out[$0] }
  }
}

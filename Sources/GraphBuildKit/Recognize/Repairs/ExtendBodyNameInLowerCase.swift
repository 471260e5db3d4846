/// A body's noun alone, capitalised mid-sentence and tagged as a person, opens a body's name
/// that goes on in lower case, up to a preposition, a conjunction or a verb.
///
///     Санкції проти Корпусу вартових ісламської революції запровадили.   span Корпусу (PERS)
///                                                                       -> Корпусу вартових ісламської революції (ORG)
struct ExtendBodyNameInLowerCase: SpanRepair {
  /// Conjunctions, relative, demonstrative and possessive pronouns: no body's name goes on
  /// through them ("Раду цієї організації", "Фонду його дружини").
  static let stopWords: Set<String> = [
    "і", "й", "та", "а", "але", "що", "як", "який", "яка", "які",
    "цей", "ця", "це", "ці", "цього", "цієї", "цих", "цьому", "цій", "цим", "цією", "цими",
    "той", "те", "ті", "того", "тієї", "тих", "тому", "тій", "тим", "тією", "тими",
    "його", "її", "їх", "їхній", "їхня", "їхнє", "їхні", "їхнього", "їхньої", "їхніх", "їхньому", "їхнім", "їхньою",
    "свій", "своя", "своє", "свої", "свого", "своєї", "своїх", "своєму", "своїм", "своєю",
  ]

  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let r = document.recognizer
    let tokens = document.tokens
    let range = span.range
    let sentence = document.sentences[span.sentenceIndex]
    guard span.label == "PERS", range.count == 1, tokens[range.lowerBound].isCapitalized,
      !Recognizer.opensSentence(range.lowerBound, tokens: tokens, sentence: sentence),
      r.isInstitutionNoun(tokens[range.lowerBound].text), r.isCommonNoun(tokens[range.lowerBound].text),
      !r.isFirstName(tokens[range.lowerBound].text)
    else { return .next }
    let end = Self.lowerCaseEnd(after: range, sentence: sentence, in: document)
    span.range = range.lowerBound..<end
    span.label = "ORG"
    return .next
  }

  /// Where a body's name that goes on in lower case after `range` ends: through up to four
  /// lower-case nouns and adjectives no mention or tagged span holds, up to a preposition, a
  /// conjunction, a verb or a word that never inflects (тощо, також: a dictionary entry
  /// without affixes). A coordinator between two adjectives is inside the name, whose noun
  /// follows them ("управління лісового та мисливського господарства").
  static func lowerCaseEnd(after range: Range<Int>, sentence: Sentence, in document: RepairDocument) -> Int {
    let r = document.recognizer
    let tokens = document.tokens
    func isAdjective(_ t: Int) -> Bool { r.lemmatizer.isAdjective(tokens[t].text) }
    func extends(_ t: Int) -> Bool {
      t < sentence.tokenRange.upperBound && !document.covered[t] && !document.tagged[t] && isNameWord(tokens[t], r)
        && !neverInflects(tokens[t].text.lowercasedFast())
    }
    var end = range.upperBound
    while end - range.upperBound < 4 {
      if extends(end) {
        end += 1
      } else if end > range.upperBound, end + 2 < sentence.tokenRange.upperBound, ["і", "й", "та"].contains(tokens[end].text.lowercasedFast()),
        isAdjective(end - 1), extends(end + 1), isAdjective(end + 1), extends(end + 2)
      {
        end += 2
      } else {
        break
      }
    }
    return end
  }

  /// A lower-case noun or adjective that may go on a body's name: no preposition, pronoun,
  /// conjunction or verb.
  static func isNameWord(_ token: Token, _ r: Recognizer) -> Bool {
    let lower = token.text.lowercasedFast()
    return token.kind == .word && !token.isCapitalized && !token.isAllCaps && !Token.prepositions.contains(lower)
      && !stopWords.contains(lower) && !r.isVerbForm(token.text) && (r.isCommonNoun(token.text) || r.lemmatizer.isAdjective(token.text))
  }

  /// A dictionary entry without affixes that is no noun's irregular genitive plural (дітей,
  /// людей, дівчат, which the dictionary also lists bare): an adverb, a particle, a conjunction.
  static func neverInflects(_ lower: String) -> Bool {
    DictionaryFlags.shared.flags(of: lower) == "" && !["ей", "ат", "ят"].contains { lower.hasSuffix($0) }
  }
}

/// A body's noun alone, capitalised mid-sentence and tagged as a person, opens a body's name
/// that goes on in lower case, up to a preposition, a conjunction or a verb.
///
///     Санкції проти Корпусу вартових ісламської революції запровадили.   span Корпусу (PERS)
///                                                                       -> Корпусу вартових ісламської революції (ORG)
struct ExtendBodyNameInLowerCase: SpanRepair {
  static let stopWords: Set<String> = ["і", "й", "та", "а", "але", "що", "як", "який", "яка", "які"]

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
  /// conjunction or a verb.
  static func lowerCaseEnd(after range: Range<Int>, sentence: Sentence, in document: RepairDocument) -> Int {
    let r = document.recognizer
    let tokens = document.tokens
    var end = range.upperBound
    while end < sentence.tokenRange.upperBound, end - range.lowerBound <= 4, !document.covered[end], !document.tagged[end], tokens[end].kind == .word,
      !tokens[end].isCapitalized, !tokens[end].isAllCaps, !Token.prepositions.contains(tokens[end].text.lowercasedFast()),
      !stopWords.contains(tokens[end].text.lowercasedFast()),
      !r.isVerbForm(tokens[end].text),
      r.isCommonNoun(tokens[end].text) || r.lemmatizer.analyses(tokens[end].text.lowercasedFast()).first?.isAdjective == true
    {
      end += 1
    }
    return end
  }
}

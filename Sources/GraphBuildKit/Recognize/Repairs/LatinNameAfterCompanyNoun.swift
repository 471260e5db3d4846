/// A name in Latin letters after a company's noun, unquoted, is an organisation: relabelled if
/// the tagger saw it as anything else, added if it did not see it.
///
///     Кредит видав банку OTP.                no mention or OTP (LOC)   -> OTP (ORG)
///     Турбіни постачає компанія General Electric.                      -> General Electric (ORG)
struct LatinNameAfterCompanyNoun: DocumentRepair {
  func repair(_ document: inout RepairDocument) {
    let r = document.recognizer
    let tokens = document.tokens
    for i in document.mentions.indices {
      let range = document.mentions[i].tokenRange
      guard document.mentions[i].label != "ORG", range.lowerBound > 0, r.isCompanyNoun(tokens[range.lowerBound - 1].text),
        tokens[range].allSatisfy({ $0.kind == .word && FeatureExtractor.isLatin($0.text) })
      else { continue }
      document.mentions[i] = document.mention(range, label: "ORG", sentence: document.mentions[i].sentenceIndex)
    }
    for (si, sentence) in document.sentences.enumerated() {
      var t = sentence.tokenRange.lowerBound + 1
      while t < sentence.tokenRange.upperBound {
        defer { t += 1 }
        func latinName(_ k: Int) -> Bool {
          k < sentence.tokenRange.upperBound && !document.covered[k] && tokens[k].kind == .word
            && (tokens[k].isCapitalized || tokens[k].isAllCaps) && FeatureExtractor.isLatin(tokens[k].text)
        }
        guard latinName(t), r.isCompanyNoun(tokens[t - 1].text) else { continue }
        var end = t + 1
        while latinName(end) { end += 1 }
        document.add(t..<end, label: "ORG", sentence: si)
        t = end
      }
    }
  }
}

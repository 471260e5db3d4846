import Testing
@testable import GraphBuildKit

@Suite struct SentenceSplitterTests {
  func sentences(_ s: String) -> [String] {
    let text = ScalarText(s)
    let tokens = Tokenizer().tokenize(text)
    return SentenceSplitter().split(tokens, in: text).map { text.slice($0.scalarStart, $0.scalarEnd) }
  }

  @Test func initialsAndAbbreviationsDoNotEndSentences() {
    #expect(sentences("Вірш написав Т. Шевченко у 1840 р. Він жив на вул. Хрещатик. Дж. Коул приїхав.") == [
      "Вірш написав Т. Шевченко у 1840 р. Він жив на вул. Хрещатик.", "Дж. Коул приїхав.",
    ])
  }

  @Test func abbreviationsInCapitalsEndSentences() {
    #expect(sentences("Санкції запровадили США. Потім ЄС.") == ["Санкції запровадили США.", "Потім ЄС."])
  }

  @Test func aStopInsideARunOfCapitalsIsAnAbbreviations() {
    #expect(sentences("Його очолює ТОВ «ГРАНД ТРЕЙД КО.ЛТД» – фірма з Китаю. Потім ЄС.") == [
      "Його очолює ТОВ «ГРАНД ТРЕЙД КО.ЛТД» – фірма з Китаю.", "Потім ЄС.",
    ])
  }

  @Test func closingQuoteStaysWithItsSentence() {
    #expect(sentences("Він сказав: «Ми готові.» Потім пішов.") == ["Він сказав: «Ми готові.»", "Потім пішов."])
  }

  @Test func lineBreakEndsALineWithoutStop() {
    #expect(sentences("Заголовок без крапки\nПерше речення.") == ["Заголовок без крапки", "Перше речення."])
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct TokenizerTests {
  func texts(_ s: String) -> [String] { Tokenizer().tokenize(ScalarText(s)).map(\.text) }

  @Test(arguments: ["в'язнів", "в’язниць", "мʼята", "Більче-Волицько-Угерське", "Кошиць-Зеленський", "78-річного"])
  func wordsStayWhole(_ word: String) {
    #expect(texts("про \(word) тут") == ["про", word, "тут"])
  }

  @Test func invisibleMarksInAWordAreDroppedFromItsText() {
    // Soft hyphen and zero-width space inside words, a zero-width space after one.
    let text = "Зелен\u{AD}ський і Шоль\u{200B}цом\u{200B} тут"
    let tokens = Tokenizer().tokenize(ScalarText(text))
    #expect(tokens.map(\.text) == ["Зеленський", "і", "Шольцом", "тут"])
    #expect(tokens[0].scalarStart == 0 && tokens[0].scalarEnd == 11)
    #expect(tokens[1].scalarStart == 12)
  }

  @Test func quotesAndDashesAreTheirOwnTokens() {
    #expect(texts("«Белавіа» – „так“ \"ні\"") == ["«", "Белавіа", "»", "–", "„", "так", "“", "\"", "ні", "\""])
  }

  @Test func numbersAndDates() {
    let tokens = Tokenizer().tokenize(ScalarText("7,08 млн грн 11.09.2025 22 листопада"))
    #expect(tokens.map(\.text) == ["7,08", "млн", "грн", "11.09.2025", "22", "листопада"])
    #expect(tokens[0].kind == .number)
    #expect(tokens[3].kind == .date)
  }

  @Test func offsetsAreScalarsIntoTheOriginal() {
    let text = "😀 Лукашенко, так."
    let tokens = Tokenizer().tokenize(ScalarText(text))
    let scalars = Array(text.unicodeScalars)
    for t in tokens {
      var v = String.UnicodeScalarView()
      v.append(contentsOf: scalars[t.scalarStart..<t.scalarEnd])
      #expect(String(v) == t.text)
    }
    #expect(tokens[1].scalarStart == 2)
  }

  @Test func preTokenisedTextGivesTheSameWords() {
    #expect(texts("Тарас Шевченко , поет .") == texts("Тарас Шевченко, поет."))
  }
}

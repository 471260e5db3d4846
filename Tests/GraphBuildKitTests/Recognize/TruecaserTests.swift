import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct TruecaserTests {
  let recognizer = Fixtures.recognizer

  func recased(_ s: String) -> String? {
    let text = ScalarText(s)
    let tokens = Tokenizer().tokenize(text)
    let truecaser = Truecaser(hunspell: recognizer.lemmatizer.hunspell, gazetteer: recognizer.gazetteer)
    return truecaser.recase(text, tokens: tokens, sentences: SentenceSplitter().split(tokens, in: text))
  }

  @Test func aCapitalsHeadlineTakesItsWordsUsualCase() {
    #expect(recased("США ЗАПРОВАДИЛИ САНКЦІЇ ПРОТИ ШОЛЬЦА\n\nТекст.") == "США запровадили санкції проти Шольца\n\nТекст.")
    // The document's own spelling wins: it writes Мрія capitalised, as a name.
    #expect(recased("ЛІТАК МРІЯ ЗГОРІВ\n\nЛітак «Мрія» згорів у Гостомелі.")?.hasPrefix("Літак Мрія згорів") == true)
  }

  @Test func textWithoutCapitalsSentencesIsLeftAlone() {
    #expect(recased("НАТО і ЄС підтримали Україну. США теж.") == nil)
    #expect(recased("ЄС ТА НАТО") == nil)  // two words of three letters are no headline
    #expect(recased("ЄС, НАТО І ООН ПІДТРИМАЛИ КИЇВ") == "ЄС, НАТО і ООН підтримали Київ")
  }

  @Test func headlineNamesJoinTheBodysAndQuoteTheOriginal() {
    let text = "МАКРОН ЗУСТРІВСЯ З ШОЛЬЦОМ У ПАРИЖІ\n\nПрезидент Франції Емманюель Макрон зустрівся з канцлером Олафом Шольцом у Парижі."
    let doc = recognizer.analyze(Fixtures.document(text))
    let headline = doc.mentions.filter { $0.sentenceIndex == 0 }
    #expect(Set(headline.map(\.lemma)) == ["Макрон", "Шольц", "Париж"])
    #expect(headline.map(\.text) == ["МАКРОН", "ШОЛЬЦОМ", "ПАРИЖІ"])
    #expect(headline.allSatisfy { ScalarText(text).slice($0.scalarStart, $0.scalarEnd) == $0.text })
    #expect(doc.sentenceText(0) == "МАКРОН ЗУСТРІВСЯ З ШОЛЬЦОМ У ПАРИЖІ")
  }
}

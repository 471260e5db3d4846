import Testing
@testable import GraphBuildKit

@Suite struct DocumentPartsTests {
  @Test func anOrdinaryArticleIsOnePart() {
    let parts = DocumentParts.cut("Перший абзац.\nДругий абзац.")
    #expect(parts.count == 1 && parts[0].scalarBase == 0)
  }

  @Test func partsEndAtALineBreakThenASentenceThenASpace() {
    #expect(DocumentParts.cut("Перший абзац.\nДругий абзац.", maxScalars: 20).map(\.text) == ["Перший абзац.\n", "Другий абзац."])
    #expect(DocumentParts.cut("Одне речення. Друге речення.", maxScalars: 20).map(\.text) == ["Одне речення.", " Друге речення."])
    #expect(DocumentParts.cut("слово слово слово", maxScalars: 8).map(\.text) == ["слово ", "слово ", "слово"])
    #expect(DocumentParts.cut("абвгґдеєжзиіїй", maxScalars: 5).map(\.text) == ["абвгґ", "деєжз", "иіїй"])
  }

  /// The parts put together are the text, and each part's base is its first scalar's offset.
  @Test(arguments: [7, 30, 64, 1_000])
  func partsCoverTheTextWithTheirOffsets(_ limit: Int) {
    let text = String(repeating: "Рада ухвалила закон.\nМіністр заявив: «Так» 🙂 і пішов. ", count: 9)
    let parts = DocumentParts.cut(text, maxScalars: limit)
    #expect(parts.map(\.text).joined() == text)
    var base = 0
    for part in parts {
      #expect(part.scalarBase == base)
      #expect(part.text.unicodeScalars.count <= limit)
      base += part.text.unicodeScalars.count
    }
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct DocumentPartsTests {
  @Test func anOrdinaryArticleIsOnePart() {
    let parts = DocumentParts.cut("Перший абзац.\nДругий абзац.")
    #expect(parts.count == 1 && parts[0].scalarBase == 0 && parts[0].isWhole)
  }

  func texts(_ text: String, _ limit: Int) -> [String] { DocumentParts.cut(text, maxScalars: limit).map { $0.text(of: text) } }

  @Test func partsEndAtALineBreakThenASentenceThenASpace() {
    #expect(texts("Перший абзац.\nДругий абзац.", 20) == ["Перший абзац.\n", "Другий абзац."])
    #expect(texts("Одне речення. Друге речення.", 20) == ["Одне речення.", " Друге речення."])
    #expect(texts("слово слово слово", 8) == ["слово ", "слово ", "слово"])
    #expect(texts("абвгґдеєжзиіїй", 5) == ["абвгґ", "деєжз", "иіїй"])
  }

  /// The parts put together are the text, and each part's base is its first scalar's offset.
  @Test(arguments: [7, 30, 64, 1_000])
  func partsCoverTheTextWithTheirOffsets(_ limit: Int) {
    let text = String(repeating: "Рада ухвалила закон.\nМіністр заявив: «Так» 🙂 і пішов. ", count: 9)
    let parts = DocumentParts.cut(text, maxScalars: limit)
    #expect(parts.map { $0.text(of: text) }.joined() == text)
    var base = 0
    for part in parts {
      #expect(part.scalarBase == base)
      let piece = part.text(of: text)
      #expect(piece.unicodeScalars.count <= limit)
      base += piece.unicodeScalars.count
    }
  }
}

import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct StreamedDocumentTests {
  func file(_ bytes: [UInt8]) throws -> URL {
    let url = Fixtures.temporaryDirectory().appendingPathComponent("article.txt")
    try Data(bytes).write(to: url)
    return url
  }

  /// The parts are the ones `DocumentParts.cut` makes of the text read whole, at the same
  /// offsets, with the same fingerprint and date.
  func expectSameAsWhole(_ url: URL, pieceBytes: Int, maxScalars: Int) throws {
    let whole = try DocumentReader.read(url)
    let streamed = try #require(try StreamedDocument.open(url, pieceBytes: pieceBytes))
    #expect(streamed.fingerprint == whole.fingerprint)
    #expect(streamed.source.id == whole.id)
    #expect(streamed.date == whole.date)
    #expect(streamed.encoding.rawValue == whole.encoding)
    var parts: [(String, Int)] = []
    try streamed.forEachPart(maxScalars: maxScalars) { parts.append(($0, $1)) }
    let expected = DocumentParts.cut(whole.text, maxScalars: maxScalars).map { ($0.text(of: whole.text), $0.scalarBase) }
    #expect(parts.map(\.0) == expected.map(\.0))
    #expect(parts.map(\.1) == expected.map(\.1))
  }

  @Test(arguments: [100, 256, 4096])
  func utf8WithABOMMarksAndMixedScriptsReadsAsWhole(_ pieceBytes: Int) throws {
    // A combining breve (и + ̆ = й), a Latin p in a Cyrillic word, an ESC, CRLF.
    let line = "Укpаїна и\u{306} Польща підписали угоду.\u{1B}\r\nПрезидент заявив: «Так».\n"
    let text = "date 2025-11-26\n" + String(repeating: line, count: 20)
    try expectSameAsWhole(try file([0xEF, 0xBB, 0xBF] + Array(text.utf8)), pieceBytes: pieceBytes, maxScalars: 90)
  }

  @Test func windows1251ReadsAsWhole() throws {
    let line = "Міністр закордонних справ України провів переговори у Варшаві.\n"
    let bytes = Array(String(repeating: line, count: 30).unicodeScalars).map { c -> UInt8 in
      if c.value < 0x80 { return UInt8(c.value) }
      return UInt8(TextEncoding.windows1251High.firstIndex(of: UInt16(c.value))! + 0x80)
    }
    let url = try file(bytes)
    try expectSameAsWhole(url, pieceBytes: 100, maxScalars: 150)
    #expect(try StreamedDocument.open(url, pieceBytes: 100)?.encoding == .windows1251)
  }

  @Test func aLineLongerThanAPieceIsReadWhole() throws {
    let url = try file(Array(String(repeating: "слово ", count: 100).utf8))
    #expect(try StreamedDocument.open(url, pieceBytes: 64) == nil)
  }

  @Test func utf16IsReadWhole() throws {
    let units = Array("Рада ухвалила закон.\n".utf16)
    let url = try file([0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    #expect(try StreamedDocument.open(url, pieceBytes: 64) == nil)
  }

  @Test func anEmptyOrBinaryFileIsRefusedAsWhenReadWhole() throws {
    #expect(throws: GraphBuildError.self) { try StreamedDocument.open(try file(Array(" \n \n".utf8)), pieceBytes: 64) }
    #expect(throws: GraphBuildError.self) { try StreamedDocument.open(try file([0x41, 0x00, 0x42, 0x0A]), pieceBytes: 64) }
  }
}

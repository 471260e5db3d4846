import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct TextEncodingTests {
  static let text = "Прем'єр-міністр Польщі провів переговори з президентом України у Варшаві. Їхня зустріч тривала годину."

  func bytes(_ s: String, _ encoding: String.Encoding) -> [UInt8] { [UInt8](s.data(using: encoding)!) }

  @Test func utf16InBothOrdersWithAndWithoutABOM() throws {
    #expect(try TextEncoding.decode([0xFF, 0xFE] + bytes(Self.text, .utf16LittleEndian)) == (Self.text, .utf16LE))
    #expect(try TextEncoding.decode(bytes(Self.text, .utf16LittleEndian)) == (Self.text, .utf16LE))
    #expect(try TextEncoding.decode(bytes(Self.text, .utf16BigEndian)) == (Self.text, .utf16BE))
  }

  @Test func koi8uAndWindows1251AreToldApartByTheirLetters() throws {
    let koi = Self.text.unicodeScalars.map { c -> UInt8 in
      c.value < 0x80 ? UInt8(c.value) : UInt8(0x80 + TextEncoding.koi8uHigh.firstIndex(of: UInt16(c.value))!)
    }
    #expect(try TextEncoding.decode(koi) == (Self.text, .koi8u))
    #expect(try TextEncoding.decode(bytes(Self.text, .windowsCP1251)) == (Self.text, .windows1251))
  }

  @Test func binaryIsRefusedAndControlsInUTF8AreText() throws {
    #expect(throws: TextEncoding.Failure.binary) { try TextEncoding.decode([0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2]) }
    #expect(try TextEncoding.decode(Array("A\u{1B}[2J\u{0B}B".utf8)).1 == .utf8)
  }
}

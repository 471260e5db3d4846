/// One document as the recogniser's repairs see it: its tokens and sentences, which tokens the
/// tagger's spans and the mentions so far hold, and the mentions found so far.
///
///     var document = RepairDocument(recognizer: r, text: text, tokens: tokens, sentences: sentences, spans: spans)
///     Repairs.run(&document, spans: spans)
///     document.mentions
struct RepairDocument {
  let recognizer: Recognizer
  let text: ScalarText
  let tokens: [Token]
  let sentences: [Sentence]
  /// Tokens inside a span the tagger found.
  let tagged: [Bool]
  /// Where the tagger's person spans start.
  let personStarts: Set<Int>
  /// Tokens a mention already holds: later repairs leave them alone.
  var covered: [Bool]
  var mentions: [Mention] = []

  init(recognizer: Recognizer, text: ScalarText, tokens: [Token], sentences: [Sentence], spans: [TaggedSpan]) {
    self.recognizer = recognizer
    self.text = text
    self.tokens = tokens
    self.sentences = sentences
    var tagged = [Bool](repeating: false, count: tokens.count)
    for span in spans { for t in span.tokenRange { tagged[t] = true } }
    self.tagged = tagged
    personStarts = Set(spans.filter { $0.label == "PERS" }.map(\.tokenRange.lowerBound))
    covered = [Bool](repeating: false, count: tokens.count)
  }

  func mention(_ range: Range<Int>, label: String, sentence: Int) -> Mention {
    recognizer.makeMention(range, label: label, sentence: sentence, tokens: tokens, text: text)
  }

  /// Records a mention and marks its tokens covered.
  mutating func add(_ range: Range<Int>, label: String, sentence: Int) {
    for t in range { covered[t] = true }
    mentions.append(mention(range, label: label, sentence: sentence))
  }
}

/// A tagger's span on its way to a mention: the passes narrow, widen, relabel or split it.
struct SpanDraft: Equatable {
  var range: Range<Int>
  var label: String
  var sentenceIndex: Int
}

/// What a span pass leaves for the passes after it.
enum SpanVerdict: Equatable {
  /// The span goes on to the next pass.
  case next
  /// The span is settled: its mentions are recorded, or it names nothing.
  case done
}

/// A repair of one tagged span, run on every span in the order `Repairs.spanPasses` lists.
protocol SpanRepair: Sendable {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict
}

/// A repair over all of a document's mentions, run after every span is settled, in the order
/// `Repairs.documentPasses` lists.
protocol DocumentRepair: Sendable {
  func repair(_ document: inout RepairDocument)
}

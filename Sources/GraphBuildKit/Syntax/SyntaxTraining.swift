import Foundation

/// Trains the tagger, then the parser on the treebank as the tagger tags it: the parser
/// learns from the tags it will be given, with their mistakes, and in one tag notation (the
/// treebank's own tags follow an older VESUM notation than BRUK's).
public enum SyntaxTraining {
  public static func train(
    taggerSentences: [[TaggedWord]], treebank: [TreebankSentence], taggerEpochs: Int, parserEpochs: Int,
    minUpdates: Int = 0, progress: @escaping @Sendable (String) -> Void
  ) -> (MorphTagger, DependencyParser) {
    let tagger = MorphTagger.train(taggerSentences, epochs: taggerEpochs, minUpdates: minUpdates, progress: progress)
    let retagged = retag(treebank, with: tagger)
    progress("treebank tagged")
    let parser = DependencyParser.train(retagged, epochs: parserEpochs, minUpdates: minUpdates, progress: progress)
    return (tagger, parser)
  }

  /// The sentences with the tagger's tags and lemmas in place of their own, on every core.
  static func retag(_ sentences: [TreebankSentence], with tagger: MorphTagger) -> [TreebankSentence] {
    let chunks = max(ProcessInfo.processInfo.activeProcessorCount, 1)
    nonisolated(unsafe) var parts = [[TreebankSentence]](repeating: [], count: chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
      var mine: [TreebankSentence] = []
      for i in stride(from: c, to: sentences.count, by: chunks) {
        var s = sentences[i]
        for (k, m) in tagger.tag(s.words.map(\.form)).enumerated() {
          s.words[k].tag = m.tag
          s.words[k].lemma = m.lemma
        }
        mine.append(s)
      }
      parts[c] = mine
    }
    var out = [TreebankSentence?](repeating: nil, count: sentences.count)
    for c in 0..<chunks {
      for (j, s) in parts[c].enumerated() { out[c + j * chunks] = s }
    }
    return out.map { $0! }
  }
}

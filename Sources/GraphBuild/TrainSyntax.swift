import ArgumentParser
import Foundation
import GraphBuildKit

struct TrainSyntax: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train-syntax",
    abstract: "Train the part-of-speech tagger and the dependency parser, and write the model.",
    discussion: """
      The tagger learns from BRUK's disambiguated fragments; the parser from the treebank's trees \
      (CoNLL-U, as ../shared/corpora/zoloto), tagged by that tagger so that it learns from the tags \
      it will be given. Deterministic: the same corpora give the same model. \
      The model carries the corpora's licence, CC BY-NC-SA 4.0.
      """)

  @Option(help: "BRUK's disambiguated fragments (XML).")
  var bruk: String = "../shared/corpora/bruk/disambig"

  @Option(help: "A folder of CoNLL-U files with VESUM tags and trees.")
  var treebank: String = "../shared/corpora/zoloto"

  @Option(help: "Where to write the model.")
  var out: String = "data/syntax.model"

  @Option(help: "Tagger training passes.")
  var taggerEpochs: Int = 5

  @Option(help: "Parser training passes.")
  var parserEpochs: Int = 12

  @Option(help: "Leave out features changed by fewer training steps than this (smaller, faster model).")
  var minUpdates: Int = 6

  func run() throws {
    try reporting {
      let start = Date()
      let tagged = try BRUKCorpus.sentences(inFolder: URL(fileURLWithPath: bruk))
      let treebankURL = URL(fileURLWithPath: treebank)
      let files = try FileManager.default.contentsOfDirectory(atPath: treebank).filter { $0.hasSuffix(".conllu") }.sorted()
      guard !files.isEmpty else {
        throw GraphBuildError.badData(file: treebank, reason: "holds no .conllu files")
      }
      var trees: [TreebankSentence] = []
      for f in files { trees += try CoNLLU.read(treebankURL.appendingPathComponent(f)).map(TreebankSentence.init) }
      Terminal.note("\(tagged.count) tagged sentences from \(bruk), \(trees.count) from \(treebank)")
      let elapsed: @Sendable () -> String = { String(format: "%.0f s", Date().timeIntervalSince(start)) }
      let (tagger, parser) = SyntaxTraining.train(
        taggerSentences: tagged, treebank: trees, taggerEpochs: taggerEpochs, parserEpochs: parserEpochs, minUpdates: minUpdates
      ) { Terminal.note("\(elapsed()) \($0)") }
      let model = SyntaxModel(tagger: tagger, parser: parser)
      let data = model.serialized()
      try GraphFile.writeAtomically(data, to: out)
      Terminal.note("\(out): \(data.count / 1024) KiB, \(elapsed())")
    }
  }
}

import ArgumentParser
import Foundation
import GraphBuildKit

struct TrainNER: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train-ner",
    abstract: "Train the entity tagger from NER-UK brat folders and write the model.",
    discussion: "Deterministic: the same corpus gives the same model. The model is trained on NER-UK (CC BY-NC-SA 4.0).")

  @Argument(help: "Brat folders (NER-UK v1.0/train).")
  var folders: [String]

  @Option(help: "Where to write the model.")
  var out: String = "data/ner-uk.model"

  @Option(help: "Training passes over the data.")
  var epochs: Int = 8

  @Option(help: "log2 of the number of hashed feature buckets.")
  var bucketBits: Int = 18

  func run() throws {
    try reporting {
      var docs: [BratDocument] = []
      for f in folders { docs += try BratCorpus.load(URL(fileURLWithPath: f)) }
      let gazetteer = try Gazetteer.loadDefault()
      let start = Date()
      let tagger = NERTraining.train(documents: docs, bucketBits: bucketBits, epochs: epochs, gazetteer: gazetteer) { e, n in
        Terminal.note("epoch \(e)/\(n) \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
      }
      try GraphFile.writeAtomically(tagger.model.serialized(), to: out)
      Terminal.note("\(out): \(docs.count) documents, \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
    }
  }
}

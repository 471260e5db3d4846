import ArgumentParser
import Foundation
import GraphBuildKit

struct EvalNER: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval-ner",
    abstract: "Precision, recall and F1 of the tagger on a brat folder (exact span and type).",
    discussion: "Reads both NER-UK layouts (v1.0 .tok.ann and v2.0 .ann). With --folds K it instead cross-validates: trains on K-1 parts of the folder and scores the held-out part, K times.")

  @Argument(help: "A brat folder.")
  var folder: String

  @Option(help: "Cross-validation folds (0: score the shipped model).")
  var folds: Int = 0

  @Flag(help: "Print JSON.")
  var json = false

  @Option(help: "Training passes in cross-validation.")
  var epochs: Int = 8

  @Option(help: "log2 of the number of hashed feature buckets in cross-validation.")
  var bucketBits: Int = 18

  @Option(help: "Cross-validate this many times, each with another order of the training documents, and pool the counts: a figure that owes less to chance.")
  var seeds: Int = 1

  @Option(help: "Another brat folder added to every fold's training data (not scored).")
  var extra: String?

  @Flag(help: "Score the whole recogniser (repairs, world knowledge), as mentions --json sees it, not the tagger alone.")
  var pipeline = false

  @Flag(help: "In cross-validation, give the tagger the encoder's features (data/encoder/e5-small-q4.bin, which scripts/fetch-encoder.sh fetches).")
  var encoder = false

  @Option(help: "With --encoder: the encoder layers whose output the features come from.")
  var depth: Int = 12

  @Option(help: "Write every missed and spurious span to this TSV file (document, missed|spurious, type, start, end, text).")
  var errors: String?

  func validate() throws {
    guard seeds >= 1 else { throw ValidationError("--seeds must be at least 1") }
    guard !encoder || folds > 1 else { throw ValidationError("--encoder needs --folds: the shipped model has no encoder features") }
  }

  func run() throws {
    try reporting {
      let docs = try BratCorpus.load(URL(fileURLWithPath: folder))
      guard !docs.isEmpty else { throw GraphBuildError.noDocuments(folder) }
      var rows: [String] = []
      let collect: ((NERTraining.Mismatch) -> Void)? = errors == nil ? nil : { m in
        rows.append([m.document, m.spurious ? "spurious" : "missed", m.span.label, String(m.span.scalarStart), String(m.span.scalarEnd), m.text.replacingOccurrences(of: "\n", with: " ")].joined(separator: "\t"))
      }
      var scores: [String: NERTraining.Score]
      if folds > 1 {
        let gazetteer = try Gazetteer.loadDefault()
        let extraDocs = try extra.map { try BratCorpus.load(URL(fileURLWithPath: $0)) } ?? []
        var textEncoder: TextEncoder?
        if encoder {
          let dir = try DataDirectory.locate(file: TextEncoder.fileName)
          let e = try TextEncoder(path: dir.appendingPathComponent(TextEncoder.fileName).path, depth: depth)
          e.remembersWordVectors = true
          let all = (docs + extraDocs).map(\.text)
          e.precompute(all) { n in if n % 50 == 0 || n == all.count { Terminal.note("encoded \(n)/\(all.count) documents") } }
          textEncoder = e
        }
        scores = [:]
        for run in 0..<seeds {
          var runScores: [String: NERTraining.Score] = [:]
          for k in 0..<folds {
            let test = docs.enumerated().filter { $0.offset % folds == k }.map(\.element)
            let train = docs.enumerated().filter { $0.offset % folds != k }.map(\.element) + extraDocs
            let tagger = NERTraining.train(documents: train, bucketBits: bucketBits, epochs: epochs, seed: 42 + UInt64(run), gazetteer: gazetteer, encoder: textEncoder)
            // Errors are written for the first order only: the others would repeat most of them.
            let mismatches = run == 0 ? collect : nil
            let s = pipeline
              ? NERTraining.evaluate(Recognizer(tagger: tagger, gazetteer: gazetteer), documents: test, mismatches: mismatches)
              : NERTraining.evaluate(tagger, documents: test, mismatches: mismatches)
            Terminal.note("\(seeds > 1 ? "order \(run + 1)/\(seeds), " : "")fold \(k + 1)/\(folds): F1 \(String(format: "%.3f", s["ALL"]?.f1 ?? 0))")
            NERTraining.Score.add(s, to: &runScores)
          }
          if seeds > 1 { Terminal.note("order \(run + 1)/\(seeds): F1 \(String(format: "%.3f", runScores["ALL"]?.f1 ?? 0))") }
          NERTraining.Score.add(runScores, to: &scores)
        }
      } else {
        let recognizer = try Recognizer.loadDefault()
        scores = pipeline
          ? NERTraining.evaluate(recognizer, documents: docs, mismatches: collect)
          : NERTraining.evaluate(recognizer.tagger, documents: docs, mismatches: collect)
      }
      if let errors {
        let tsv = (["document\tkind\ttype\tstart\tend\ttext"] + rows).joined(separator: "\n") + "\n"
        try GraphFile.writeAtomically(Data(tsv.utf8), to: errors)
      }
      let order = NERTraining.coreTypes + ["ALL"]
      if json {
        var obj: [String: Any] = [:]
        for t in order { if let s = scores[t] { obj[t] = ["precision": s.precision, "recall": s.recall, "f1": s.f1, "gold": s.gold] } }
        Terminal.out(try JSONWriter.string(obj))
      } else {
        Terminal.out("type   precision  recall  F1     gold")
        for t in order {
          guard let s = scores[t] else { continue }
          let label = (t == "ALL" ? "micro" : t).padding(toLength: 6, withPad: " ", startingAt: 0)
          Terminal.out(label + String(format: " %.3f      %.3f   %.3f  %d", s.precision, s.recall, s.f1, s.gold))
        }
      }
    }
  }
}

import ArgumentParser
import Foundation
import GraphBuildKit

struct Parse: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Tag, lemmatise and parse a CoNLL-U file's sentences, keeping its tokens, or an article's.",
    discussion: """
      Fills LEMMA, UPOS, XPOS (the VESUM tag), FEATS, HEAD and DEPREL of every word row and writes \
      CoNLL-U to stdout (or --out). With --score, compares the trees with the file's own and \
      prints UAS and LAS instead. An article (.txt or .md) is split into sentences and words, its \
      names recognised, and parsed as extract reads it: each word's name label goes in MISC \
      (NER=B-PERS, NER=I-ORG, ...).
      """)

  @Argument(help: "A CoNLL-U file, or an article (.txt, .md).")
  var file: String

  @Option(help: "Write the parsed file here instead of stdout.")
  var out: String?

  @Flag(help: "Print attachment scores against the file's own trees instead of the parse.")
  var score = false

  @Flag(help: "With --score: print the scores as JSON.")
  var json = false

  @Flag(help: "Keep the file's XPOS (VESUM tags) and LEMMA; only parse.")
  var givenTags = false

  @Option(help: "The model (default: data/syntax.model).")
  var model: String?

  func run() throws {
    try reporting {
      let modelURL = try model.map { URL(fileURLWithPath: $0) }
        ?? DataDirectory.locate(file: SyntaxModel.fileName).appendingPathComponent(SyntaxModel.fileName)
      let syntax = try SyntaxModel.load(modelURL)
      if DocumentReader.isArticle(URL(fileURLWithPath: file).lastPathComponent) {
        guard !score, !givenTags else { throw ValidationError("--score and --given-tags need a CoNLL-U file with its own trees, not an article") }
        let extractor = try Extractor.loadDefault()
        extractor.relations.syntax = syntax
        let docs = extractor.analyze([URL(fileURLWithPath: file)]) { p in
          if case .skipped(let e) = p { Terminal.error(e.description) }
        }
        guard !docs.isEmpty else { throw GraphBuildError.noDocuments(file) }
        // A long article comes in parts: its sentences are numbered through.
        var sentences: [CoNLLUSentence] = []
        for doc in docs { sentences += extractor.parsedSentences(doc, firstID: sentences.count + 1) ?? [] }
        try write(CoNLLU.format(sentences))
        return
      }
      let sentences = try CoNLLU.read(URL(fileURLWithPath: file))
      let start = Date()
      var parsed: [CoNLLUSentence] = []
      parsed.reserveCapacity(sentences.count)
      var result = ParseScore()
      var words = 0
      for s in sentences {
        let p = syntax.annotate(s, givenTags: givenTags)
        words += s.wordRows.count
        if score { result.add(gold: s, predicted: p) } else { parsed.append(p) }
      }
      let seconds = Date().timeIntervalSince(start)
      Terminal.note(String(format: "%@: %d sentences, %d words, %.2f s (%.0f words/s)", file, sentences.count, words, seconds, Double(words) / max(seconds, 1e-9)))
      if score {
        if json {
          let fields: [String: Any] = [
            "words": result.words, "uas": result.uas, "las": result.las, "exactLAS": result.exactLAS,
            "lemmaAccuracy": result.lemmaAccuracy,
          ]
          print(try JSONWriter.string(fields))
        } else {
          print(String(format: "UAS %.4f  LAS %.4f  (full labels %.4f)  lemmas %.4f  over %d words", result.uas, result.las, result.exactLAS, result.lemmaAccuracy, result.words))
        }
        return
      }
      try write(CoNLLU.format(parsed))
    }
  }

  func write(_ text: String) throws {
    if let out {
      try GraphFile.writeAtomically(Data(text.utf8), to: out)
    } else {
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }
}

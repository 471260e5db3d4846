import ArgumentParser
import Foundation
import GraphBuildKit

struct BuildForms: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build-forms",
    abstract: "Precompute the dictionary knowledge of frequent word forms for faster tagging.",
    discussion: """
      Reads a word list (one form per line, most frequent first; scripts/build-forms.sh makes one \
      from wordfreq) and writes forms.bin in the data folder. Tagging gives the same result without \
      it; a table built by other code or dictionaries is noticed on load and left unused.
      """)

  @Argument(help: "Word list, one form per line.")
  var list: String?

  @Option(help: "Where to write the table (default: forms.bin in the data folder, where tagging reads it).")
  var out: String?

  @Flag(help: "Only say whether the table is there and current (exit status 0) or not (1).")
  var check = false

  func run() throws {
    try reporting {
      let recognizer = try Recognizer.loadDefault()
      let path = try out ?? DataDirectory.locate().appendingPathComponent(FormTable.fileName).path
      if check {
        guard let table = FormTable(contentsOf: URL(fileURLWithPath: path)), recognizer.tagger.attach(table) else {
          Terminal.note("\(path): missing or stale")
          throw ExitCode.failure
        }
        Terminal.note("\(path): current, \(table.count) forms")
        return
      }
      guard let list else { throw ValidationError("give a word list, or --check") }
      guard let text = try? String(contentsOfFile: list, encoding: .utf8) else {
        throw GraphBuildError.unreadable(file: list, reason: "cannot read it as UTF-8 text")
      }
      let forms = text.split(whereSeparator: \.isNewline).map(String.init)
      let start = Date()
      let table = recognizer.tagger.formTable(for: forms) { done in
        Terminal.progress("\(done)/\(forms.count) forms")
      }
      Terminal.endProgress()
      try GraphFile.writeAtomically(table, to: path)
      Terminal.note(
        "\(path): from \(forms.count) forms listed, \(table.count / 1_048_576) MiB, \(String(format: "%.0f", Date().timeIntervalSince(start))) s")
    }
  }
}

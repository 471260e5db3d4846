import ArgumentParser
import Foundation
import GraphBuildKit

struct EvalLemmas: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval-lemmas",
    abstract: "Accuracy of base forms on a test set, by class.",
    discussion: "Reads lines `class<TAB>form<TAB>lemma` (# comments allowed), such as Tests/Fixtures/lemmas.tsv, and prints the share of exact base forms per class.")

  @Argument(help: "The test set.") var file: String = "Tests/Fixtures/lemmas.tsv"
  @Flag(help: "Print every miss.") var misses = false
  @Flag(help: "JSON on stdout.") var json = false

  func run() throws {
    try reporting {
      guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw GraphBuildError.noSuchPath(file) }
      let recognizer = try Recognizer.loadDefault()
      let report = LemmaEvaluation.run(text, recognizer: recognizer)
      if json {
        let obj = report.byClass.mapValues { ["correct": $0.correct, "total": $0.total] }
        Terminal.out(try jsonLine(["classes": obj, "correct": report.correct, "total": report.total]))
        return
      }
      for (cls, s) in report.byClass.sorted(by: { $0.key < $1.key }) {
        Terminal.out(cls.padding(toLength: 24, withPad: " ", startingAt: 0) + String(format: "%3d/%3d  %.1f%%", s.correct, s.total, 100 * Double(s.correct) / Double(s.total)))
      }
      Terminal.out("all".padding(toLength: 24, withPad: " ", startingAt: 0) + String(format: "%3d/%3d  %.1f%%", report.correct, report.total, 100 * Double(report.correct) / Double(report.total)))
      if misses { for m in report.misses { Terminal.out("  \(m.form) -> \(m.got) (expected \(m.expected))") } }
    }
  }
}

import ArgumentParser
import Foundation

/// One example line per command, printed at the end of its `--help`: swift-argument-parser's
/// help has no footer, so the root command prints it after the help text.
enum Examples {
  static let byCommand: [String: String] = [
    "graphbuild": "graphbuild extract data/samples && graphbuild query neighbors Tusk",
    "extract": "graphbuild extract ../shared/seeds --out out/graph.jsonld --date 2025-11-26",
    "render": "graphbuild render --svg --focus Tusk --hops 2 --out out/tusk.svg",
    "export": "graphbuild export --format ftm --out out/graph.ftm.json",
    "query": "graphbuild query neighbors Туска --hops 2 --json",
    "neighbors": "graphbuild query neighbors Tusk --relation negotiatesWith",
    "path": "graphbuild query path Tusk Macron",
    "show": "graphbuild query show Зеленського",
    "mentions": "graphbuild mentions data/samples/01_sanctions.txt | jq .text",
    "eval-ner": "graphbuild eval-ner ../shared/ner-uk/v1.0/train --folds 5 --pipeline",
    "eval-lemmas": "graphbuild eval-lemmas Tests/Fixtures/lemmas.tsv --misses",
    "eval-lookup": "graphbuild eval-lookup Tests/Fixtures/lookup.tsv --in out/lookup.jsonld",
    "train-ner": "graphbuild train-ner ../shared/ner-uk/v1.0/train ../shared/ner-uk/v2.0/train/ng",
    "build-forms": "graphbuild build-forms --check",
    "train-syntax": "graphbuild train-syntax --bruk ../shared/corpora/bruk/disambig --treebank ../shared/corpora/zoloto",
    "parse": "graphbuild parse ../shared/corpora/ud-uk-iu/uk_iu-ud-dev.conllu --score",
  ]

  /// The deepest command the arguments name ("query neighbors" -> neighbors).
  static func command(in arguments: [String], root: ParsableCommand.Type) -> ParsableCommand.Type {
    var current = root
    for a in arguments {
      guard let next = current.configuration.subcommands.first(where: { $0._commandName == a }) else { continue }
      current = next
    }
    return current
  }

  static func line(for type: ParsableCommand.Type) -> String? {
    byCommand[type._commandName].map { "EXAMPLE:\n  \($0)\n" }
  }
}

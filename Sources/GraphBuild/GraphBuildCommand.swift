import ArgumentParser
import Foundation
import GraphBuildKit

@main
struct GraphBuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graphbuild",
    abstract: "Turn Ukrainian news articles into a knowledge graph (JSON-LD), draw it, query it.",
    version: "0.1.0",
    subcommands: [Extract.self, Merge.self, Render.self, Query.self, Export.self, Mentions.self, EvalNER.self, EvalLemmas.self, EvalLookup.self, TrainNER.self, TrainSyntax.self, Parse.self, BuildForms.self])

  /// As ParsableCommand's own, but help ends with an example of the command asked about.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch {
      let isHelp = exitCode(for: error) == .success && fullMessage(for: error).contains("USAGE:")
      if isHelp, let example = Examples.line(for: Examples.command(in: arguments, root: self)) {
        var help = fullMessage(for: error)
        while help.hasSuffix("\n") { help.removeLast() }
        print(help + "\n\n" + example, terminator: "")
        Foundation.exit(0)
      }
      exit(withError: error)
    }
  }
}

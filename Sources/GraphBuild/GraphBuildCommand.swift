import ArgumentParser
import Foundation
import GraphBuildKit

@main
struct GraphBuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graphbuild",
    abstract: "Turn Ukrainian news articles into a knowledge graph (JSON-LD), draw it, query it.",
    version: "0.1.0",
    subcommands: [Extract.self, Render.self, Query.self, Mentions.self, EvalNER.self, EvalLemmas.self, EvalLookup.self, TrainNER.self, BuildForms.self])
}

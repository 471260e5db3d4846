import ArgumentParser
import Foundation
import GraphBuildKit

/// stderr for diagnostics and progress (progress only on a terminal); stdout carries data.
enum Terminal {
  static let isTTY = isatty(STDERR_FILENO) != 0

  static func error(_ message: String) {
    FileHandle.standardError.write(Data(("graphbuild: " + message + "\n").utf8))
  }

  static func note(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }

  static func progress(_ message: String) {
    guard isTTY else { return }
    FileHandle.standardError.write(Data(("\r\u{1B}[K" + message).utf8))
  }

  static func endProgress() {
    guard isTTY else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }

  static func out(_ line: String) { print(line) }
  /// Sends what stdout holds on, for output that streams into a pipe (fflush(nil) flushes
  /// every output stream; stdout itself is not concurrency-safe to name).
  static func flush() { fflush(nil) }
}

/// Maps library errors to a message and exit code 1 in one place.
func reporting<T>(_ body: () throws -> T) throws -> T {
  do { return try body() } catch let e as GraphBuildError {
    Terminal.error(e.description)
    throw ExitCode.failure
  }
}

struct GraphOptions: ParsableArguments {
  @Option(name: .customLong("in"), help: "The graph file to read.")
  var graphPath: String = "out/graph.jsonld"
}

import Testing
@testable import GraphBuildKit

@Suite struct GraphWalkTests {
  /// a - b - c - d, and e apart.
  static let edges: [String: [String]] = ["a": ["b"], "b": ["a", "c"], "c": ["b", "d"], "d": ["c"], "e": []]

  func levels(_ walk: (([String]) -> [String]) -> Void) -> [[String]] {
    var asked: [[String]] = []
    walk { level in
      asked.append(level)
      return level.flatMap { Self.edges[$0] ?? [] }
    }
    return asked
  }

  @Test func aroundExpandsEachLevelOnceUpToTheHops() {
    #expect(levels { GraphWalk.around("a", hops: 2, expand: $0) } == [["a"], ["b"]])
    #expect(levels { GraphWalk.around("a", hops: 0, expand: $0) } == [["a"]])
    #expect(levels { GraphWalk.around("a", hops: .max, expand: $0) } == [["a"], ["b"], ["c"], ["d"]])
  }

  @Test func joiningStopsOnceTheOtherEndIsReached() {
    #expect(levels { GraphWalk.joining("a", "c", expand: $0) } == [["a"], ["b"]])
    #expect(levels { GraphWalk.joining("a", "e", expand: $0) } == [["a"], ["b"], ["c"], ["d"]])
  }
}

import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct ParallelMapTests {
  @Test(arguments: [1, 2, 4])
  func resultsComeInTheElementsOrder(jobs: Int) {
    // Uneven work, so that threads finish out of order.
    let items = Array(0..<200)
    let out = parallelMap(items, jobs: jobs) { i -> Int in
      var x = i
      for _ in 0..<((i % 7) * 2_000) { x = (x &* 31 &+ 7) % 1_000_003 }
      return i * 10 + (x >= 0 ? 0 : 1)
    }
    #expect(out == items.map { $0 * 10 })
  }

  @Test func anEmptyListGivesAnEmptyOne() {
    #expect(parallelMap([Int](), jobs: 2) { $0 }.isEmpty)
  }
}

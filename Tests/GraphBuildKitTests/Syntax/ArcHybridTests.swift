import Testing
@testable import GraphBuildKit

@Suite struct ArcHybridTests {
  /// Follows the cheapest move (shift first, then left, then right) until the end.
  static func follow(heads: [Int], labels: [Int]) -> (ArcHybrid, cost: Int) {
    let gold = ArcHybrid.Gold(heads: [-1] + heads, labels: [-1] + labels)
    var s = ArcHybrid(count: heads.count)
    var total = 0
    while !s.isTerminal {
      let c = s.arcCosts(gold)
      let best = min(c.shift, c.left, c.right)
      total += best
      let s0 = s.stackWord(0)!
      if c.shift == best {
        s.apply(.shift)
      } else if c.left == best {
        s.apply(.left(gold.labels[s0] < 0 ? 0 : gold.labels[s0]))
      } else {
        s.apply(.right(gold.labels[s0] < 0 ? 0 : gold.labels[s0]))
      }
    }
    return (s, total)
  }

  @Test func theOracleRebuildsProjectiveTreesAtNoCost() {
    // "Президент підписав закон про бюджет ." and shapes with left, right and nested arcs.
    let trees: [[Int]] = [
      [2, 0, 2, 5, 3, 2],
      [0],
      [3, 3, 0, 3, 6, 4],
      [2, 4, 4, 0, 4, 7, 5, 4],
    ]
    for heads in trees {
      let labels = heads.indices.map { $0 % 3 }
      let (s, cost) = Self.follow(heads: heads, labels: labels)
      #expect(cost == 0)
      #expect(Array(s.heads.dropFirst()) == heads)
      #expect(Array(s.labels.dropFirst()) == labels)
    }
  }

  @Test func aCrossingTreeCostsAnArcAndStillEndsWithOneRoot() {
    // 1 -> 3 crosses 2 -> 4.
    let (s, cost) = Self.follow(heads: [0, 4, 1, 1], labels: [0, 0, 0, 0])
    #expect(cost >= 1)
    #expect(s.isTerminal)
    #expect(s.heads.dropFirst().filter { $0 == 0 }.count == 1)
  }

  @Test func theRootTakesItsChildLast() {
    var s = ArcHybrid(count: 2)
    s.apply(.shift)
    #expect(!s.canRight)  // the buffer still holds a word
    s.apply(.shift)
    #expect(s.canRight)
    s.apply(.right(0))
    #expect(s.canRight)
    s.apply(.right(1))
    #expect(s.isTerminal && s.heads == [-1, 0, 1])
  }
}

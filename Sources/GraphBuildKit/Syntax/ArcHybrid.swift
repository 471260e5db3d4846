/// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) over one
/// sentence, with the root at the bottom of the stack and allowed one child only, and the
/// dynamic oracle of Goldberg and Nivre (2013): the cost of a move is the number of gold arcs
/// it makes unreachable.
///
///     "Президент підписав закон": SHIFT Президент, LEFT(nsubj) Президент <- підписав,
///     SHIFT підписав, SHIFT закон, RIGHT(obj) підписав -> закон, RIGHT(root) ROOT -> підписав
struct ArcHybrid {
  enum Move: Equatable {
    case shift
    case left(Int)
    case right(Int)
  }

  /// Words are 1...count; 0 is the root.
  let count: Int
  private(set) var stack: [Int] = [0]
  /// The first word of the buffer (count + 1 when it is empty).
  private(set) var front = 1
  private(set) var heads: [Int]
  private(set) var labels: [Int]
  /// The two outermost children on each side, outermost first; 0 for none.
  private(set) var leftmost: [Int]
  private(set) var leftmost2: [Int]
  private(set) var rightmost: [Int]
  private(set) var rightmost2: [Int]
  private(set) var leftCount: [Int]
  private(set) var rightCount: [Int]

  init(count: Int) {
    self.count = count
    heads = [Int](repeating: -1, count: count + 1)
    labels = heads
    leftmost = [Int](repeating: 0, count: count + 1)
    leftmost2 = leftmost
    rightmost = leftmost
    rightmost2 = leftmost
    leftCount = leftmost
    rightCount = leftmost
  }

  var isTerminal: Bool { front > count && stack.count == 1 }
  var bufferIsEmpty: Bool { front > count }

  /// The i-th word from the stack's top (0 = top), or nil.
  func stackWord(_ i: Int) -> Int? { stack.count > i ? stack[stack.count - 1 - i] : nil }
  /// The i-th word of the buffer, or nil.
  func bufferWord(_ i: Int) -> Int? { front + i <= count ? front + i : nil }

  var canShift: Bool { front <= count }
  var canLeft: Bool { stack.count >= 2 && front <= count }
  /// The root takes its one child only when nothing else is left.
  var canRight: Bool { stack.count >= 3 || (stack.count == 2 && front > count) }

  mutating func apply(_ move: Move) {
    switch move {
    case .shift:
      stack.append(front)
      front += 1
    case .left(let label):
      attach(stack.removeLast(), to: front, label: label)
    case .right(let label):
      let d = stack.removeLast()
      attach(d, to: stack[stack.count - 1], label: label)
    }
  }

  private mutating func attach(_ d: Int, to h: Int, label: Int) {
    heads[d] = h
    labels[d] = label
    if d < h {
      leftmost2[h] = leftmost[h]
      leftmost[h] = d
      leftCount[h] += 1
    } else {
      rightmost2[h] = rightmost[h]
      rightmost[h] = d
      rightCount[h] += 1
    }
  }

  // MARK: dynamic oracle

  /// Gold heads and labels, 1-based (index 0 unused); a head of -1 is unknown and costs nothing.
  struct Gold {
    var heads: [Int]
    var labels: [Int]
  }

  /// Gold arcs lost by each kind of move, before labels.
  func arcCosts(_ gold: Gold) -> (shift: Int, left: Int, right: Int) {
    let g = gold.heads
    var shift = Int.max, left = Int.max, right = Int.max
    let s0 = stack.count >= 2 ? stack[stack.count - 1] : nil
    let s1 = stack.count >= 2 ? stack[stack.count - 2] : nil
    var childrenInBuffer = 0
    if let s0 {
      for d in front..<(count + 1) where g[d] == s0 { childrenInBuffer += 1 }
    }
    if canShift {
      let b = front
      var c = 0
      for k in stack where g[k] == b { c += 1 }
      if g[b] >= 0, g[b] != s0 ?? 0, stack.contains(g[b]) { c += 1 }
      shift = c
    }
    if canLeft, let s0, let s1 {
      var c = childrenInBuffer
      if g[s0] >= 0, g[s0] == s1 || g[s0] > front { c += 1 }
      left = c
    }
    if canRight, let s0 {
      var c = childrenInBuffer
      if g[s0] >= front { c += 1 }
      right = c
    }
    return (shift, left, right)
  }
}

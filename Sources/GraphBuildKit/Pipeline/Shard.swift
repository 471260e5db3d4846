/// One of `count` parts of a listing of files, for runs on several machines or Spark tasks:
/// part `index` (from 1) takes every `count`-th file from its `index`-th on, so that the parts
/// share the work evenly whatever order the files' sizes come in.
///
///     Shard("2/3")!.select(["a", "b", "c", "d", "e"])  // ["b", "e"]
///
/// Parts made apart go together with `GraphMerger`.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
  public var index: Int
  public var count: Int

  public init?(index: Int, count: Int) {
    guard count >= 1, (1...count).contains(index) else { return nil }
    (self.index, self.count) = (index, count)
  }

  /// "i/n", with 1 <= i <= n.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else { return nil }
    self.init(index: i, count: n)
  }

  public func select<T>(_ items: [T]) -> [T] {
    stride(from: index - 1, to: items.count, by: count).map { items[$0] }
  }

  public var description: String { "\(index)/\(count)" }
}

import Testing
@testable import GraphBuildKit

@Suite struct ShardTests {
  @Test func partsShareTheFilesAndTogetherHoldEachOnce() {
    let files = (1...7).map { "f\($0)" }
    let parts = (1...3).map { Shard(index: $0, count: 3)!.select(files) }
    #expect(parts[0] == ["f1", "f4", "f7"])
    #expect(parts[1] == ["f2", "f5"])
    #expect(parts.flatMap { $0 }.sorted() == files.sorted())
    #expect(Shard("4/4")!.select(["a"]).isEmpty)
  }

  @Test func onlyIOverNWithIInRangeReads() {
    #expect(Shard("2/3") == Shard(index: 2, count: 3))
    for bad in ["0/3", "4/3", "1/0", "2", "a/b", "1/2/3", "-1/2", ""] { #expect(Shard(bad) == nil, "\(bad)") }
  }
}

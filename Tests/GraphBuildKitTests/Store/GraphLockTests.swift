import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct GraphLockTests {
  @Test func aSecondWriterIsToldWhoHoldsTheLock() throws {
    let dir = Fixtures.temporaryDirectory()
    let graph = dir.appendingPathComponent("graph.jsonld").path
    let first = try GraphLock.acquire(for: graph, wait: false)
    // flock locks belong to the open file, so a second open in this process conflicts too.
    #expect {
      _ = try GraphLock.acquire(for: graph, wait: false)
    } throws: { error in
      guard case .locked(_, let holder) = error as? GraphBuildError else { return false }
      return holder.contains("pid \(getpid())")
    }
    first.release()
    let again = try GraphLock.acquire(for: graph, wait: false)
    again.release()
  }

  @Test func aWaitingWriterGetsTheLockWhenItIsReleased() throws {
    let dir = Fixtures.temporaryDirectory()
    let graph = dir.appendingPathComponent("graph.jsonld").path
    let first = try GraphLock.acquire(for: graph, wait: false)
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { first.release() }
    var waited = false
    let second = try GraphLock.acquire(for: graph, wait: true) { _ in waited = true }
    #expect(waited)
    second.release()
  }
}

import Foundation

/// One writer at a time per graph: an exclusive `flock` on `GRAPH.lock` beside the graph's
/// target file, held from before the graph is read until after it is written, so a second
/// `extract` merges onto what the first left instead of overwriting it. Readers take no lock:
/// the graph is replaced by rename, so they see the old file or the new one, never a mix.
///
///     let lock = try GraphLock.acquire(for: "out/graph.jsonld", wait: true) { holder in ... }
///     defer { lock.release() }
///
/// The lock file holds the holder's pid and command line, to say who is writing. It is never
/// deleted: removing a lock file that another process waits on would let a third one in.
/// The kernel drops the lock when the process ends, however it ends.
public final class GraphLock: @unchecked Sendable {
  /// Guards `fd`: the lock may be released from another thread than the one that took it.
  private let guardFD = NSLock()
  private var fd: Int32
  public let path: String

  private init(fd: Int32, path: String) {
    self.fd = fd
    self.path = path
  }

  deinit { release() }

  public static func lockPath(for graph: String) throws -> String {
    try GraphFile.target(of: graph) + ".lock"
  }

  /// Takes the lock. If another process holds it: with `wait`, calls `waiting` with who holds it
  /// and blocks until it is free; without, throws `.locked`.
  public static func acquire(for graph: String, wait: Bool, waiting: (String) -> Void = { _ in }) throws -> GraphLock {
    let path = try lockPath(for: graph)
    let dir = (path as NSString).deletingLastPathComponent
    if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw GraphBuildError.cannotWrite(
        file: graph, reason: "its lock file \(path) cannot be opened (\(String(cString: strerror(errno))))",
        advice: "give a path in a folder you may write")
    }
    if flock(fd, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK else {
        let reason = String(cString: strerror(errno))
        close(fd)
        throw GraphBuildError.cannotWrite(file: graph, reason: "it cannot be locked (\(reason))", advice: "check the folder")
      }
      let holder = Self.holder(fd)
      guard wait else {
        close(fd)
        throw GraphBuildError.locked(file: graph, holder: holder)
      }
      waiting(holder)
      while flock(fd, LOCK_EX) != 0 {
        guard errno == EINTR else {
          close(fd)
          throw GraphBuildError.cannotWrite(file: graph, reason: "it cannot be locked", advice: "check the folder")
        }
      }
    }
    let me = "pid \(getpid()): " + CommandLine.arguments.joined(separator: " ") + "\n"
    _ = ftruncate(fd, 0)
    _ = me.withCString { pwrite(fd, $0, strlen($0), 0) }
    return GraphLock(fd: fd, path: path)
  }

  /// Who holds the lock, as its holder wrote it.
  static func holder(_ fd: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 512)
    let n = pread(fd, &buffer, buffer.count, 0)
    let text = n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self) : ""
    let line = text.split(separator: "\n").first.map(String.init) ?? ""
    return line.isEmpty ? "another process" : Sanitize.terminal(line)
  }

  public func release() {
    guardFD.lock()
    defer { guardFD.unlock() }
    guard fd >= 0 else { return }
    flock(fd, LOCK_UN)
    close(fd)
    fd = -1
  }
}

import Foundation

/// Reading and writing the graph file and the pictures drawn from it.
///
/// A write never leaves a half-written file: the bytes go to a temporary file in the target's own
/// folder, are flushed, and replace the target by rename. A symlink is written through to its
/// target (so every link keeps seeing the new graph); a file with other hard links is refused,
/// since a rename would cut it from them. The target keeps its mode and, where allowed, its owner.
/// Temporary files are removed when a write fails, and those a killed run left are removed by the
/// next write into the same folder.
public enum GraphFile {
  /// The graph at `path`, an empty graph if there is no file, or an error if the file is not a
  /// graph graphbuild can read (it is then left untouched).
  public static func load(_ path: String) throws -> KnowledgeGraph {
    // (No hash: only a query that writes the index again needs it.)
    try loadStamped(path, hashing: false)?.graph ?? KnowledgeGraph()
  }

  /// `load`, with the identity and content hash of the bytes read; nil if there is no file.
  static func loadStamped(_ path: String, hashing: Bool = true) throws -> (graph: KnowledgeGraph, stamp: GraphIndex.Stamp)? {
    var st = stat()
    guard stat(path, &st) == 0 else {
      if errno == ENOENT && lstat(path, &st) != 0 { return nil }
      throw GraphBuildError.invalidGraph(file: path, reason: "cannot be opened (\(String(cString: strerror(errno))))")
    }
    guard st.st_mode & S_IFMT == S_IFREG else {
      throw GraphBuildError.invalidGraph(file: path, reason: "not a regular file")
    }
    return try read(path, hashing: hashing)
  }

  /// The graph at `path` (which must exist), with the identity and content hash of the bytes it
  /// was read from, taken from the one open file: a graph replaced meanwhile is not mistaken for it.
  private static func read(_ path: String, hashing: Bool) throws -> (graph: KnowledgeGraph, stamp: GraphIndex.Stamp) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw GraphBuildError.invalidGraph(file: path, reason: "cannot be read (\(String(cString: strerror(errno))))")
    }
    defer { try? handle.close() }
    var st = stat()
    let data: Data
    do {
      guard fstat(handle.fileDescriptor, &st) == 0 else { throw CocoaError(.fileReadUnknown) }
      data = try handle.readToEnd() ?? Data()
    } catch {
      throw GraphBuildError.invalidGraph(file: path, reason: "cannot be read (\(String(cString: strerror(errno))))")
    }
    let stamp = GraphIndex.Stamp(status: st, hash: hashing ? String(FNV1a.hash(bytes: data), radix: 16) : "")
    return (try JSONLD.decode(data, file: path), stamp)
  }

  public static func loadExisting(_ path: String) throws -> KnowledgeGraph {
    var st = stat()
    guard stat(path, &st) == 0 else {
      throw GraphBuildError.noGraph(path)
    }
    return try load(path)
  }

  /// Writes the graph, then its index (`GraphIndex`) beside it. The graph is written or the
  /// call throws; an index that could not be written is returned, not thrown, since queries
  /// find a stale or missing index and read the graph itself.
  @discardableResult
  public static func save(_ graph: KnowledgeGraph, to path: String, index: Bool = true) throws -> Error? {
    var hash = FNV1a.offsetBasis
    try writeAtomically(to: path) { write in
      try JSONLD.encode(graph) { bytes in
        hash = FNV1a.hash(bytes: bytes, seed: hash)
        try write(bytes)
      }
    }
    guard index else { return nil }
    do {
      let stamp = try GraphIndex.Stamp.of(file: try target(of: path), hash: String(hash, radix: 16))
      try GraphIndex.write(graph, forGraph: path, stamp: stamp)
    } catch { return error }
    return nil
  }

  /// The file a write to `path` replaces: `path` itself, or the end of its chain of symlinks.
  public static func target(of path: String) throws -> String {
    var current = path
    for _ in 0..<40 {
      var st = stat()
      guard lstat(current, &st) == 0, st.st_mode & S_IFMT == S_IFLNK else { return current }
      let link = try FileManager.default.destinationOfSymbolicLink(atPath: current)
      let folder = (current as NSString).deletingLastPathComponent
      current = link.hasPrefix("/") || folder.isEmpty ? link : folder + "/" + link
    }
    throw GraphBuildError.cannotWrite(file: path, reason: "it is a loop of symbolic links", advice: "point the link at a file")
  }

  /// Checks, before any work, that `path` could be written: its folder exists or can be made, and
  /// it is not a folder, a device, a FIFO or a file with other hard links. Returns the file a
  /// write replaces (`target(of:)`).
  @discardableResult
  public static func checkWritable(_ path: String) throws -> String {
    let file = try target(of: path)
    var st = stat()
    if stat(file, &st) == 0 {
      guard st.st_mode & S_IFMT == S_IFREG else {
        throw GraphBuildError.cannotWrite(file: path, reason: "it is not a regular file", advice: "give a file path")
      }
      guard st.st_nlink <= 1 else {
        throw GraphBuildError.cannotWrite(
          file: path, reason: "it has \(st.st_nlink) hard links, which replacing it would cut off",
          advice: "make the other names symbolic links, or write to another path")
      }
    }
    var dir = (file as NSString).deletingLastPathComponent
    if dir.isEmpty { dir = "." }
    // The nearest folder that exists must be a folder we may write into.
    var probe = dir
    while stat(probe, &st) != 0 {
      let up = (probe as NSString).deletingLastPathComponent
      if up.isEmpty || up == probe { probe = "."; break }
      probe = up
    }
    guard stat(probe, &st) == 0, st.st_mode & S_IFMT == S_IFDIR else {
      throw GraphBuildError.cannotWrite(file: path, reason: "\(probe) is not a folder", advice: "give a path inside a folder")
    }
    guard access(probe, W_OK) == 0 else {
      throw GraphBuildError.cannotWrite(file: path, reason: "\(probe) is not writable", advice: "give a path in a folder you may write")
    }
    return file
  }

  public static func writeAtomically(_ data: Data, to path: String) throws {
    try writeAtomically(to: path) { write in try write([UInt8](data)) }
  }

  /// Writes what `produce` hands to its writer, a chunk at a time, into a temporary file beside
  /// `path`, then renames it over `path`: the old file stays whole until the new one is.
  public static func writeAtomically(to path: String, _ produce: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
    let file = try checkWritable(path)
    let url = URL(fileURLWithPath: file)
    let dir = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    } catch {
      throw GraphBuildError.cannotWrite(file: path, reason: "its folder cannot be made", advice: "check the path")
    }
    removeStaleTemporaries(in: dir.path, for: url.lastPathComponent)
    var old = stat()
    let exists = stat(file, &old) == 0
    let temp = dir.appendingPathComponent(temporaryName(for: url.lastPathComponent, pid: getpid())).path
    let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw writeError(path, errno) }
    var failure: Int32 = 0
    func put(_ raw: UnsafeRawBufferPointer) {
      var offset = 0
      while failure == 0 && offset < raw.count {
        let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += n
      }
    }
    do {
      try produce { bytes in
        bytes.withUnsafeBytes { put($0) }
        if failure != 0 { throw writeError(path, failure) }
      }
    } catch {
      close(fd)
      unlink(temp)
      throw error
    }
    if failure == 0 {
      // The new file takes the old one's mode and owner; a new file the umask's usual mode.
      let mode: mode_t
      if exists {
        mode = old.st_mode & 0o7777
        _ = fchown(fd, old.st_uid, old.st_gid)
      } else {
        let mask = umask(0)
        umask(mask)
        mode = 0o666 & ~mask
      }
      if fchmod(fd, mode) != 0 { failure = errno }
    }
    if failure == 0 && fsync(fd) != 0 { failure = errno }
    if close(fd) != 0 && failure == 0 { failure = errno }
    if failure == 0 && rename(temp, file) != 0 { failure = errno }
    if failure != 0 {
      unlink(temp)
      throw writeError(path, failure)
    }
  }

  static func temporaryName(for name: String, pid: Int32) -> String { ".\(name).\(pid).tmp" }

  /// Removes `.NAME.PID.tmp` files whose process is gone (a run killed while writing).
  static func removeStaleTemporaries(in dir: String, for name: String) {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
    let prefix = "." + name + "."
    for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
      let middle = entry.dropFirst(prefix.count).dropLast(4)
      guard let pid = Int32(middle), pid != getpid() else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH { unlink(dir + "/" + entry) }
    }
  }

  static func writeError(_ path: String, _ code: Int32) -> GraphBuildError {
    let reason = String(cString: strerror(code))
    switch code {
    case ENOSPC, EDQUOT:
      return .cannotWrite(file: path, reason: "the disk is full (\(reason)); the file was left as it was", advice: "free some space and run again")
    case EACCES, EPERM, EROFS:
      return .cannotWrite(file: path, reason: reason, advice: "give a path in a folder you may write")
    default:
      return .cannotWrite(file: path, reason: reason, advice: "check the path and run again")
    }
  }
}

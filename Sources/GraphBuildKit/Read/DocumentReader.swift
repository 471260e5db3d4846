import Foundation

/// An article as read from disk: its text as decoded, letters composed and words of mixed
/// scripts put in one (offsets count into this), and the date
/// it gives on a first line such as "date 2025-11-26".
public struct SourceDocument: Sendable {
  public var path: String
  /// Its fingerprint and id follow it; they are computed once per text, since every mention and
  /// piece of evidence names the document (hashing the text for each made extraction quadratic).
  public var text: String { didSet { fingerprint = KnowledgeGraph.fingerprint(text) } }
  public var date: String?
  public var encoding: String
  public private(set) var fingerprint: String

  public var id: String { KnowledgeGraph.base + "document/" + fingerprint }

  public init(path: String, text: String, date: String?, encoding: String) {
    (self.path, self.text, self.date, self.encoding) = (path, text, date, encoding)
    fingerprint = KnowledgeGraph.fingerprint(text)
  }

  /// A part of a document, or a document whose text is not held (`StreamedDocument`), with the
  /// whole text's fingerprint.
  init(path: String, text: String, date: String?, encoding: String, fingerprint: String) {
    (self.path, self.text, self.date, self.encoding, self.fingerprint) = (path, text, date, encoding, fingerprint)
  }
}

public enum DocumentReader {
  public static let extensions: Set<String> = ["txt", "md"]

  /// The articles under some paths, and every file or folder that will not be read, each with
  /// its reason.
  public struct Listing: Sendable {
    public var files: [URL] = []
    public var problems: [GraphBuildError] = []
  }

  /// Files under the given paths: .txt and .md, folders recursively (symlinked folders followed
  /// once each, loops cut), each folder's files sorted. A path that does not exist, a folder that
  /// cannot be opened, a name that is not UTF-8, a FIFO or a device is a problem naming it; the
  /// rest are still listed.
  public static func listing(of paths: [String]) -> Listing {
    var listing = Listing()
    var visited: Set<[UInt64]> = []
    for path in paths {
      var st = stat()
      guard stat(path, &st) == 0 else {
        let code = errno
        if code == ENOENT && lstat(path, &st) != 0 {
          listing.problems.append(.noSuchPath(path))
        } else {
          listing.problems.append(.unreadable(file: path, reason: reason(code)))
        }
        continue
      }
      if st.st_mode & S_IFMT == S_IFDIR {
        let before = listing.files.count
        let problemsBefore = listing.problems.count
        walk(path, into: &listing, visited: &visited)
        if listing.files.count == before && listing.problems.count == problemsBefore { listing.problems.append(.noDocuments(path)) }
      } else if st.st_mode & S_IFMT == S_IFREG {
        listing.files.append(URL(fileURLWithPath: path))
      } else {
        listing.problems.append(.unreadable(file: path, reason: "is not a regular file (\(kind(st.st_mode)))"))
      }
    }
    return listing
  }

  /// The files of `listing(of:)`; when there are none, its first problem as the error.
  public static func files(in paths: [String]) throws -> [URL] {
    let l = listing(of: paths)
    if l.files.isEmpty, let first = l.problems.first { throw first }
    return l.files
  }

  static func reason(_ code: Int32) -> String {
    switch code {
    case ELOOP: return "is a loop of symbolic links"
    case ENAMETOOLONG: return "has a path too long for the file system; move it to a shorter path"
    case EACCES: return "cannot be opened: permission denied"
    default: return "cannot be opened (\(String(cString: strerror(code))))"
    }
  }

  static func kind(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFIFO: return "a FIFO"
    case S_IFCHR, S_IFBLK: return "a device"
    case S_IFSOCK: return "a socket"
    default: return "not a file"
    }
  }

  /// Whether a file name is one `files(in:)` reads as an article (.txt or .md, not hidden, not a README).
  public static func isArticle(_ name: String) -> Bool {
    let lower = name.lowercasedFast()
    guard !name.hasPrefix("."), lower != "readme.md", let dot = lower.lastIndex(of: ".") else { return false }
    return extensions.contains(String(lower[lower.index(after: dot)...]))
  }

  /// Reads one folder with readdir, so that names which are not UTF-8 are seen and named.
  static func walk(_ dir: String, into listing: inout Listing, visited: inout Set<[UInt64]>) {
    var st = stat()
    guard stat(dir, &st) == 0 else {
      listing.problems.append(.unreadable(file: dir, reason: reason(errno)))
      return
    }
    guard visited.insert([UInt64(st.st_dev), UInt64(st.st_ino)]).inserted else { return }
    guard let handle = opendir(dir) else {
      listing.problems.append(.unreadable(file: dir + "/", reason: reason(errno) + "; its articles were not read"))
      return
    }
    defer { closedir(handle) }
    var files: [String] = []
    var folders: [String] = []
    while let entry = readdir(handle) {
      let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
      if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
      guard let name = String(validating: bytes, as: UTF8.self) else {
        let shown = String(decoding: bytes, as: UTF8.self)
        listing.problems.append(.unreadable(file: dir + "/" + shown, reason: "has a name that is not UTF-8; rename it (for example with convmv) to read it"))
        continue
      }
      let full = dir.hasSuffix("/") ? dir + name : dir + "/" + name
      var est = stat()
      guard stat(full, &est) == 0 else {
        // A dangling link to something that is not an article is no loss; anything else is.
        let code = errno
        if isArticle(name) || code != ENOENT {
          listing.problems.append(.unreadable(file: full, reason: reason(code)))
        }
        continue
      }
      switch est.st_mode & S_IFMT {
      case S_IFDIR: if !name.hasPrefix(".") { folders.append(full) }
      case S_IFREG: if isArticle(name) { files.append(full) }
      default: if isArticle(name) { listing.problems.append(.unreadable(file: full, reason: "is not a regular file (\(kind(est.st_mode)))")) }
      }
    }
    listing.files += files.sorted().map { URL(fileURLWithPath: $0) }
    for folder in folders.sorted() { walk(folder, into: &listing, visited: &visited) }
  }

  /// Decodes the bytes (see `TextEncoding`); refuses binary files and empty ones.
  public static func read(_ url: URL) throws -> SourceDocument {
    // One copy of a long file at a time: its bytes go before the text is cleaned.
    var bytes: [UInt8]
    do { bytes = try [UInt8](Data(contentsOf: url)) } catch {
      throw GraphBuildError.unreadable(file: url.path, reason: reason(errno))
    }
    var text: String
    let encoding: TextEncoding
    do {
      (text, encoding) = try TextEncoding.decode(bytes)
      bytes = []
    } catch .binary {
      throw GraphBuildError.unreadable(file: url.path, reason: "looks binary, not text; give it as UTF-8 text")
    } catch {
      throw GraphBuildError.unreadable(
        file: url.path, reason: "is not UTF-8 and reads as Ukrainian neither in Windows-1251 nor in KOI8-U; convert it to UTF-8")
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    text = normalized(text)
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw GraphBuildError.unreadable(file: url.path, reason: "is empty")
    }
    return SourceDocument(path: url.path, text: text, date: publicationDate(text), encoding: encoding.rawValue)
  }

  /// A decoded text as the pipeline reads it: offsets count into this.
  public static func normalized(_ text: String) -> String {
    var text = text
    // Some sources write й and ї as и and і with a combining mark: composed, they are the
    // letters the dictionaries, the model and the word lists know, not a word broken in two.
    if text.unicodeScalars.contains(where: { $0.value >= 0x300 && $0.value <= 0x36F }) {
      text = text.precomposedStringWithCanonicalMapping
    }
    // Controls and noncharacters (an ESC, a vertical tab, U+FFFF) would reach names, sentences,
    // terminals and SVG: each is a space, one for one, so offsets hold.
    return MixedScript.repair(Sanitize.text(text))
  }

  /// "date 2025-11-26" (or "Дата: 26.11.2025") at the start of the text.
  public static func publicationDate(_ text: String) -> String? {
    let head = String(text.prefix(64))
    if let m = head.firstMatch(of: /^\s*(?:date|Date|дата|Дата):?\s+(\d{4})-(\d{2})-(\d{2})/) {
      let date = "\(m.1)-\(m.2)-\(m.3)"
      return DateResolver.isValidISODate(date) ? date : nil
    }
    if let m = head.firstMatch(of: /^\s*(?:date|Date|дата|Дата):?\s+(\d{1,2})\.(\d{2})\.(\d{4})/) {
      let day = m.1.count == 1 ? "0" + m.1 : String(m.1)
      let date = "\(m.3)-\(m.2)-\(day)"
      return DateResolver.isValidISODate(date) ? date : nil
    }
    return nil
  }
}

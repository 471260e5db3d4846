import Foundation

/// A long article read from disk a piece at a time, so that its whole text is never held: the
/// file is read three times, in pieces that end at a line break (once to tell its encoding, once
/// for its fingerprint and date, once for its parts), and its parts are the ones
/// `DocumentParts.cut` makes of the text `DocumentReader.read` gives.
///
///     let doc = try StreamedDocument.open(url)
///     try doc.forEachPart(maxScalars: 200_000) { text, scalarBase in ... }
///
/// UTF-16 files, and files with a line longer than a piece, are read whole by `open` returning
/// nil: a piece cut elsewhere than at a line break could compose letters or join words
/// differently from the whole text.
public struct StreamedDocument: Sendable {
  public let url: URL
  public let encoding: TextEncoding
  /// The whole text's, as `SourceDocument` computes it.
  public let fingerprint: String
  public let date: String?
  /// Bytes read at a time (the last line break in them ends the piece).
  let pieceBytes: Int

  /// The document as the pipeline sees it, without its text: id, path, date and encoding.
  public var source: SourceDocument {
    SourceDocument(path: url.path, text: "", date: date, encoding: encoding.rawValue, fingerprint: fingerprint)
  }

  /// Reads the file twice (its encoding, then its fingerprint and date); nil where it must be
  /// read whole (UTF-16, a line longer than `pieceBytes`). Errors are `DocumentReader.read`'s.
  public static func open(_ url: URL, pieceBytes: Int = 4 << 20) throws -> StreamedDocument? {
    do { return try scan(url, pieceBytes: pieceBytes) } catch is LongLine { return nil }
  }

  static func scan(_ url: URL, pieceBytes: Int) throws -> StreamedDocument? {
    guard let head = try pieces(of: url, pieceBytes: pieceBytes, first: true).first else {
      throw GraphBuildError.unreadable(file: url.path, reason: "is empty")
    }
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return nil }
    if TextEncoding.utf16Order(Array(head.prefix(65536 & ~1))) != nil { return nil }
    // The encoding: UTF-8 if every piece is; else the likelier single-byte one.
    var utf8 = true
    var pieceCount = 0
    var binaryHead = false
    try forEachPiece(of: url, pieceBytes: pieceBytes) { bytes in
      if pieceCount == 0 { binaryHead = TextEncoding.looksBinary(Array(bytes)) }
      pieceCount += 1
      if bytes.contains(0) { throw GraphBuildError.unreadable(file: url.path, reason: "looks binary, not text; give it as UTF-8 text") }
      if utf8, String(validating: bytes, as: UTF8.self) == nil { utf8 = false }
    }
    guard pieceCount > 0 else { return nil }
    var encoding = TextEncoding.utf8
    if !utf8 {
      if binaryHead { throw GraphBuildError.unreadable(file: url.path, reason: "looks binary, not text; give it as UTF-8 text") }
      var counts = [(letters: 0, common: 0), (letters: 0, common: 0)]
      try forEachPiece(of: url, pieceBytes: pieceBytes) { bytes in
        for (i, table) in [TextEncoding.windows1251High, TextEncoding.koi8uHigh].enumerated() {
          let (letters, common) = TextEncoding.cyrillicCounts(TextEncoding.decodeSingleByte(bytes, table))
          counts[i].letters += letters
          counts[i].common += common
        }
      }
      guard let chosen = TextEncoding.singleByte(cp1251: counts[0], koi8u: counts[1]) else {
        throw GraphBuildError.unreadable(
          file: url.path, reason: "is not UTF-8 and reads as Ukrainian neither in Windows-1251 nor in KOI8-U; convert it to UTF-8")
      }
      encoding = chosen
    }
    // The fingerprint of the text as read, and its date.
    var hash = FNV1a.offsetBasis
    var date: String?
    var first = true
    var blank = true
    try forEachText(of: url, encoding: encoding, pieceBytes: pieceBytes) { text in
      if first { date = DocumentReader.publicationDate(text); first = false }
      if blank, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { blank = false }
      hash = FNV1a.hash(text, seed: hash)
    }
    if blank { throw GraphBuildError.unreadable(file: url.path, reason: "is empty") }
    return StreamedDocument(url: url, encoding: encoding, fingerprint: String(hash, radix: 16), date: date, pieceBytes: pieceBytes)
  }

  /// The parts of the text in order, each with the offset of its first scalar: the ones
  /// `DocumentParts.cut` makes of the whole text.
  public func forEachPart(maxScalars: Int, _ body: (String, Int) throws -> Void) throws {
    var pending = ""
    var base = 0
    var hash = FNV1a.offsetBasis
    func emitWhileLong(final: Bool) throws {
      let scalars = pending.unicodeScalars
      var start = scalars.startIndex
      while true {
        guard let limit = scalars.index(start, offsetBy: maxScalars, limitedBy: scalars.endIndex), limit < scalars.endIndex else { break }
        let end = DocumentParts.lastCut(in: scalars[start..<limit]) ?? limit
        try body(String(scalars[start..<end]), base)
        base += scalars.distance(from: start, to: end)
        start = end
      }
      if final {
        if start < scalars.endIndex { try body(String(scalars[start...]), base) }
        pending = ""
      } else {
        pending = String(scalars[start...])
      }
    }
    do {
      try Self.forEachText(of: url, encoding: encoding, pieceBytes: pieceBytes) { text in
        hash = FNV1a.hash(text, seed: hash)
        pending += text
        try emitWhileLong(final: false)
      }
    } catch is LongLine {
      throw GraphBuildError.unreadable(file: url.path, reason: "changed while it was read; read it again")
    }
    try emitWhileLong(final: true)
    if String(hash, radix: 16) != fingerprint {
      throw GraphBuildError.unreadable(file: url.path, reason: "changed while it was read; read it again")
    }
  }

  /// Each piece's text, decoded and cleaned as `DocumentReader.read` cleans the whole.
  static func forEachText(of url: URL, encoding: TextEncoding, pieceBytes: Int, _ body: (String) throws -> Void) throws {
    var first = true
    try forEachPiece(of: url, pieceBytes: pieceBytes) { bytes in
      var piece = bytes[...]
      if first, encoding == .utf8, piece.starts(with: [0xEF, 0xBB, 0xBF]) { piece = piece.dropFirst(3) }
      var text =
        switch encoding {
        case .windows1251: TextEncoding.decodeSingleByte(piece, TextEncoding.windows1251High)
        case .koi8u: TextEncoding.decodeSingleByte(piece, TextEncoding.koi8uHigh)
        default: String(decoding: piece, as: UTF8.self)
        }
      if first, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
      first = false
      try body(DocumentReader.normalized(text))
    }
  }

  /// The file's bytes in pieces that end just after a line break (the last one, at the end of
  /// the file, wherever it ends); a line longer than a piece ends the reading with nothing.
  static func forEachPiece(of url: URL, pieceBytes: Int, _ body: ([UInt8]) throws -> Void) throws {
    _ = try pieces(of: url, pieceBytes: pieceBytes, first: false, body)
  }

  /// Reads the pieces; with `first`, returns only the first `pieceBytes` bytes, unsplit.
  @discardableResult
  static func pieces(of url: URL, pieceBytes: Int, first: Bool, _ body: ([UInt8]) throws -> Void = { _ in }) throws -> [[UInt8]] {
    let handle: FileHandle
    do { handle = try FileHandle(forReadingFrom: url) } catch {
      throw GraphBuildError.unreadable(file: url.path, reason: DocumentReader.reason(errno))
    }
    defer { try? handle.close() }
    var carry: [UInt8] = []
    while true {
      let data: Data?
      do { data = try handle.read(upToCount: pieceBytes) } catch {
        throw GraphBuildError.unreadable(file: url.path, reason: DocumentReader.reason(errno))
      }
      guard let data, !data.isEmpty else { break }
      if first { return [[UInt8](data)] }
      carry += data
      guard let newline = carry.lastIndex(of: 0x0A) else {
        // A line longer than a piece: the caller reads the file whole.
        if carry.count > pieceBytes { throw LongLine() }
        continue
      }
      let piece = Array(carry[...newline])
      carry.removeFirst(newline + 1)
      try body(piece)
    }
    if !carry.isEmpty { try body(carry) }
    return []
  }

  struct LongLine: Error {}
}

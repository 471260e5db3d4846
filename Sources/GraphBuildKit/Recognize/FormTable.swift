import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What the dictionaries say of frequent word forms, precomputed: a form met for the first time
/// costs Hunspell, the lemmatiser and the word lists about 100 µs, a lookup here well under one.
/// Built at set-up from a frequency list (`graphbuild build-forms`), mapped from disk on load.
///
/// The file keeps a few of its forms as probes with a fingerprint of their knowledge; `attach`
/// recomputes them and refuses a table built by other code, dictionaries or word lists, so a
/// stale table costs speed, never a different answer.
///
/// Layout, little-endian 64-bit words: a header (`magic`, entry count, value words, probe
/// bytes, fingerprint), the sorted form keys, each entry's first value word (count + 1), the
/// values (lemma hash, list class, feature hashes), then the probe forms as UTF-8
/// lines.
public final class FormTable: @unchecked Sendable {
  /// Its name in the data folder.
  public static let fileName = "forms.bin"
  static let magic: UInt64 = 0x3253_4D52_4F46_4247  // "GBFORMS2"
  static let headerWords = 5
  /// How many of the table's forms are recomputed on load.
  static let probeCount = 64

  private let base: UnsafeRawPointer
  private let byteCount: Int
  private let mapped: Bool
  public let count: Int
  private let keys: UnsafePointer<UInt64>
  private let starts: UnsafePointer<UInt64>
  private let values: UnsafePointer<UInt64>
  let probes: [String]
  let fingerprint: UInt64

  /// Maps a table file; nil when it is missing or not a table.
  public convenience init?(contentsOf url: URL) {
    let fd = open(url.path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, st.st_size >= Self.headerWords * 8,
      let p = mmap(nil, Int(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED
    else { return nil }
    self.init(base: UnsafeRawPointer(p), byteCount: Int(st.st_size), mapped: true)
  }

  /// A table from bytes in memory (tests, and the builder's own check).
  convenience init?(bytes: Data) {
    guard bytes.count >= Self.headerWords * 8 else { return nil }
    let p = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 8), alignment: 8)
    bytes.copyBytes(to: p.assumingMemoryBound(to: UInt8.self), count: bytes.count)
    self.init(base: UnsafeRawPointer(p), byteCount: bytes.count, mapped: false)
  }

  private init?(base: UnsafeRawPointer, byteCount: Int, mapped: Bool) {
    self.base = base
    self.byteCount = byteCount
    self.mapped = mapped
    let words = base.assumingMemoryBound(to: UInt64.self)
    let n = Int(UInt64(littleEndian: words[1]))
    let valueWords = Int(UInt64(littleEndian: words[2]))
    let probeBytes = Int(UInt64(littleEndian: words[3]))
    let expected = (Self.headerWords + n + (n + 1) + valueWords) * 8 + probeBytes
    count = n
    fingerprint = UInt64(littleEndian: words[4])
    keys = words + Self.headerWords
    starts = keys + n
    values = starts + (n + 1)
    guard UInt64(littleEndian: words[0]) == Self.magic, expected == byteCount else {
      probes = []
      return nil
    }
    let probeText = UnsafeRawBufferPointer(start: UnsafeRawPointer(values + valueWords), count: probeBytes)
    probes = String(decoding: probeText, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  deinit {
    if mapped { munmap(UnsafeMutableRawPointer(mutating: base), byteCount) } else { base.deallocate() }
  }

  /// The knowledge of the form with this key (`FeatureExtractor.hash(0, form)`), if listed.
  func knowledge(_ key: UInt64) -> FeatureExtractor.Knowledge? {
    var lo = 0
    var hi = count
    while lo < hi {
      let mid = (lo + hi) / 2
      let k = UInt64(littleEndian: keys[mid])
      if k == key {
        let from = Int(UInt64(littleEndian: starts[mid]))
        let to = Int(UInt64(littleEndian: starts[mid + 1]))
        return FeatureExtractor.Knowledge(
          lemmaHash: UInt64(littleEndian: values[from]), listClass: UInt64(littleEndian: values[from + 1]),
          features: (from + 2..<to).map { UInt64(littleEndian: values[$0]) })
      }
      if k < key { lo = mid + 1 } else { hi = mid }
    }
    return nil
  }

  static func fingerprint(of knowledge: [FeatureExtractor.Knowledge]) -> UInt64 {
    var h: UInt64 = 0
    for k in knowledge {
      for v in [k.lemmaHash, k.listClass, UInt64(k.features.count)] + k.features {
        h = FeatureExtractor.mix(h, v)
      }
    }
    return h
  }

  /// The table file for these word forms (one word each; others are left out), with the
  /// knowledge `extractor` computes for them. `progress` hears how many forms are done.
  static func build(forms: [String], extractor: FeatureExtractor, progress: (Int) -> Void = { _ in }) -> Data {
    let tokenizer = Tokenizer()
    var entries: [(key: UInt64, form: String, knowledge: FeatureExtractor.Knowledge)] = []
    var seen: Set<UInt64> = []
    for (i, form) in forms.enumerated() {
      if i % 10_000 == 0 { progress(i) }
      let tokens = tokenizer.tokenize(ScalarText(form))
      guard tokens.count == 1, let token = tokens.first, token.kind == .word, token.text == form else { continue }
      let key = FeatureExtractor.hash(0, form)
      guard seen.insert(key).inserted else { continue }
      entries.append((key, form, extractor.knowledge(token)))
    }
    progress(forms.count)
    // Probes spread over the list, so that they meet common and rare, capitalised and not.
    let stride = max(1, entries.count / probeCount)
    let probeEntries = Swift.stride(from: 0, to: entries.count, by: stride).prefix(probeCount).map { entries[$0] }
    entries.sort { $0.key < $1.key }
    var starts: [UInt64] = []
    var values: [UInt64] = []
    for e in entries {
      starts.append(UInt64(values.count))
      values += [e.knowledge.lemmaHash, e.knowledge.listClass] + e.knowledge.features
    }
    starts.append(UInt64(values.count))
    let probeText = Data(probeEntries.map(\.form).joined(separator: "\n").utf8)
    let header: [UInt64] = [
      magic, UInt64(entries.count), UInt64(values.count), UInt64(probeText.count),
      fingerprint(of: probeEntries.map(\.knowledge)),
    ]
    var out = Data()
    for word in header + entries.map(\.key) + starts + values {
      withUnsafeBytes(of: word.littleEndian) { out.append(contentsOf: $0) }
    }
    out.append(probeText)
    return out
  }
}

extension FeatureExtractor {
  /// Uses `table` for the forms it lists if its probes still get the knowledge they were built
  /// with; returns whether it does.
  @discardableResult
  func attach(_ table: FormTable) -> Bool {
    let tokenizer = Tokenizer()
    let probes = table.probes.compactMap { tokenizer.tokenize(ScalarText($0)).first }
    guard probes.count == table.probes.count, !probes.isEmpty,
      FormTable.fingerprint(of: probes.map { knowledge($0) }) == table.fingerprint
    else { return false }
    forms = table
    return true
  }
}

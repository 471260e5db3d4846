import Foundation

/// Mixes a feature template's number with up to three atom hashes into one 64-bit key, so that
/// features are never Strings on the hot path.
@inline(__always)
func featureKey(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
  var h = template &* 0x9E37_79B9_7F4A_7C15
  h = (h ^ a) &* 0xBF58_476D_1CE4_E5B9
  h = (h ^ (h >> 31) ^ b) &* 0x94D0_49BB_1331_11EB
  h = (h ^ (h >> 29) ^ c) &* 0x9E37_79B9_7F4A_7C15
  h ^= h >> 32
  return h | 1  // 0 marks an empty slot in `SparseWeights`
}

/// An averaged perceptron over hashed features, kept sparse: a feature holds weights only for
/// the classes it was ever updated for. The tagger has about 2,000 classes and millions of
/// features, so a dense table would not fit; most features meet a handful of classes.
final class PerceptronTrainer {
  struct Entry {
    var label: UInt16
    var weight: Float
    var total: Double
    var stamp: Int32
  }

  let classCount: Int
  private var rowOf: [UInt64: Int32] = [:]
  private var keys: [UInt64] = []
  private var rows: [[Entry]] = []
  /// Updates made so far: the clock of the lazy averaging.
  private(set) var clock: Int32 = 0

  init(classCount: Int) { self.classCount = classCount }

  /// Adds each feature's current weights into `scores` (one slot a class).
  func score(_ features: [UInt64], into scores: inout [Float]) {
    for f in features {
      guard let r = rowOf[f] else { continue }
      for e in rows[Int(r)] { scores[Int(e.label)] += e.weight }
    }
  }

  /// Sets `scores` of the `candidates` only (rows are sorted by class, so each is a binary
  /// search): the tagger's rows run to thousands of classes, of which a word has a few.
  func score(_ features: [UInt64], candidates: [UInt16], into scores: inout [Float]) {
    for c in candidates { scores[Int(c)] = 0 }
    for f in features {
      guard let r = rowOf[f] else { continue }
      let row = rows[Int(r)]
      for c in candidates {
        if let i = Self.find(c, in: row) { scores[Int(c)] += row[i].weight }
      }
    }
  }

  @inline(__always)
  static func find(_ label: UInt16, in row: [Entry]) -> Int? {
    var lo = 0, hi = row.count
    while lo < hi {
      let mid = (lo + hi) >> 1
      if row[mid].label < label { lo = mid + 1 } else { hi = mid }
    }
    return lo < row.count && row[lo].label == label ? lo : nil
  }

  /// One perceptron step: towards `truth`, away from `guess`.
  func update(_ features: [UInt64], truth: Int, guess: Int) {
    clock += 1
    guard truth != guess else { return }
    for f in features {
      bump(f, label: truth, by: 1)
      bump(f, label: guess, by: -1)
    }
  }

  private func bump(_ feature: UInt64, label: Int, by delta: Float) {
    let r: Int
    if let existing = rowOf[feature] {
      r = Int(existing)
    } else {
      r = rows.count
      rowOf[feature] = Int32(r)
      keys.append(feature)
      rows.append([])
    }
    let l = UInt16(label)
    if let i = Self.find(l, in: rows[r]) {
      rows[r][i].total += Double(rows[r][i].weight) * Double(clock - rows[r][i].stamp)
      rows[r][i].stamp = clock
      rows[r][i].weight += delta
    } else {
      let at = rows[r].firstIndex { $0.label > l } ?? rows[r].count
      rows[r].insert(Entry(label: l, weight: delta, total: 0, stamp: clock), at: at)
    }
  }

  /// The averaged weights, leaving out those smaller than `threshold` in magnitude.
  func averaged(threshold: Float = 1e-3) -> SparseWeights {
    var pairs: [(key: UInt64, entries: [(UInt16, Float)])] = []
    let now = Double(max(clock, 1))
    for (r, row) in rows.enumerated() {
      var kept: [(UInt16, Float)] = []
      for e in row {
        let total = e.total + Double(e.weight) * Double(clock - e.stamp)
        let w = Float(total / now)
        if abs(w) >= threshold { kept.append((e.label, w)) }
      }
      if !kept.isEmpty { pairs.append((keys[r], kept.sorted { $0.0 < $1.0 })) }
    }
    pairs.sort { $0.key < $1.key }
    return SparseWeights(classCount: classCount, rows: pairs)
  }
}

/// Read-only perceptron weights: an open-addressing table from feature key to a run of
/// (class, weight) pairs. One probe a feature, then a few additions.
public struct SparseWeights: Sendable {
  public let classCount: Int
  private(set) var keys: [UInt64]
  private(set) var starts: [Int32]
  private(set) var labels: [UInt16]
  private(set) var weights: [Float]
  private var slots: [Int32]
  private var slotMask: Int

  init(classCount: Int, rows: [(key: UInt64, entries: [(UInt16, Float)])]) {
    var keys: [UInt64] = []
    var starts: [Int32] = [0]
    var labels: [UInt16] = []
    var weights: [Float] = []
    for row in rows {
      keys.append(row.key)
      for (l, w) in row.entries {
        labels.append(l)
        weights.append(w)
      }
      starts.append(Int32(labels.count))
    }
    self.init(classCount: classCount, keys: keys, starts: starts, labels: labels, weights: weights)
  }

  init(classCount: Int, keys: [UInt64], starts: [Int32], labels: [UInt16], weights: [Float]) {
    self.classCount = classCount
    self.keys = keys
    self.starts = starts
    self.labels = labels
    self.weights = weights
    var capacity = 16
    while capacity < keys.count * 2 { capacity <<= 1 }
    slotMask = capacity - 1
    slots = [Int32](repeating: -1, count: capacity)
    for (i, k) in keys.enumerated() {
      var s = Int(truncatingIfNeeded: k) & slotMask
      while slots[s] >= 0 { s = (s + 1) & slotMask }
      slots[s] = Int32(i)
    }
  }

  public var entryCount: Int { labels.count }

  @inline(__always)
  func row(of key: UInt64) -> Int? {
    var s = Int(truncatingIfNeeded: key) & slotMask
    while true {
      let i = slots[s]
      if i < 0 { return nil }
      if keys[Int(i)] == key { return Int(i) }
      s = (s + 1) & slotMask
    }
  }

  /// Adds the weights of `features` into `scores`.
  func score(_ features: [UInt64], into scores: inout [Float]) {
    scores.withUnsafeMutableBufferPointer { out in
      labels.withUnsafeBufferPointer { ls in
        weights.withUnsafeBufferPointer { ws in
          for f in features {
            guard let r = row(of: f) else { continue }
            for j in Int(starts[r])..<Int(starts[r + 1]) { out[Int(ls[j])] += ws[j] }
          }
        }
      }
    }
  }

  /// Sets `scores` of the `candidates` only, by binary search in each feature's run.
  func score(_ features: [UInt64], candidates: [UInt16], into scores: inout [Float]) {
    for c in candidates { scores[Int(c)] = 0 }
    scores.withUnsafeMutableBufferPointer { out in
      labels.withUnsafeBufferPointer { ls in
        weights.withUnsafeBufferPointer { ws in
          for f in features {
            guard let r = row(of: f) else { continue }
            let start = Int(starts[r]), end = Int(starts[r + 1])
            if end - start <= 4 {
              for j in start..<end { out[Int(ls[j])] += ws[j] }  // a few extra sums cost less than searching
              continue
            }
            for c in candidates {
              var lo = start, hi = end
              while lo < hi {
                let mid = (lo + hi) >> 1
                if ls[mid] < c { lo = mid + 1 } else { hi = mid }
              }
              if lo < end && ls[lo] == c { out[Int(c)] += ws[lo] }
            }
          }
        }
      }
    }
  }

  // MARK: binary form

  /// Appends the weights: counts, keys, run ends, labels, then Float16 weights, little-endian.
  func write(to data: inout Data) {
    data.appendInteger(UInt64(classCount))
    data.appendInteger(UInt64(keys.count))
    data.appendInteger(UInt64(labels.count))
    data.appendArray(keys)
    data.appendArray(starts)
    data.appendArray(labels)
    data.appendArray(weights.map { Float16($0).bitPattern })
  }

  init(reading reader: inout BinaryReader) throws {
    let classCount = Int(try reader.integer(UInt64.self))
    let keyCount = Int(try reader.integer(UInt64.self))
    let entryCount = Int(try reader.integer(UInt64.self))
    let keys: [UInt64] = try reader.array(count: keyCount)
    let starts: [Int32] = try reader.array(count: keyCount + 1)
    let labels: [UInt16] = try reader.array(count: entryCount)
    let halves: [UInt16] = try reader.array(count: entryCount)
    guard starts.last.map(Int.init) == entryCount, labels.allSatisfy({ Int($0) < classCount }) else {
      throw reader.failure("weights out of range")
    }
    self.init(
      classCount: classCount, keys: keys, starts: starts, labels: labels,
      weights: halves.map { Float(Float16(bitPattern: $0)) })
  }
}

extension Data {
  mutating func appendInteger<T: FixedWidthInteger>(_ value: T) {
    var v = value.littleEndian
    Swift.withUnsafeBytes(of: &v) { append(contentsOf: $0) }
  }

  mutating func appendArray<T: FixedWidthInteger>(_ values: [T]) {
    let little = values.map(\.littleEndian)
    little.withUnsafeBytes { append(contentsOf: $0) }
  }
}

/// Reads what `Data.appendInteger` and `appendArray` wrote, naming the file when it ends early.
struct BinaryReader {
  let bytes: [UInt8]
  let file: String
  var offset = 0

  init(_ data: Data, file: String) {
    bytes = [UInt8](data)
    self.file = file
  }

  func failure(_ reason: String) -> GraphBuildError { .badData(file: file, reason: reason) }

  mutating func integer<T: FixedWidthInteger>(_: T.Type) throws -> T {
    let size = MemoryLayout<T>.size
    guard offset + size <= bytes.count else { throw failure("truncated") }
    var v: T = 0
    for k in 0..<size { v |= T(bytes[offset + k]) << (8 * k) }
    offset += size
    return v
  }

  mutating func array<T: FixedWidthInteger>(count: Int) throws -> [T] {
    let size = MemoryLayout<T>.size
    guard count >= 0, offset + count * size <= bytes.count else { throw failure("truncated") }
    var out = [T](repeating: 0, count: count)
    out.withUnsafeMutableBytes { dst in
      bytes.withUnsafeBytes { src in
        dst.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<offset + count * size]))
      }
    }
    offset += count * size
    return out.map { T(littleEndian: $0) }
  }

  mutating func line() throws -> String {
    guard let nl = bytes[offset...].firstIndex(of: 10) else { throw failure("truncated") }
    let s = String(decoding: bytes[offset..<nl], as: UTF8.self)
    offset = nl + 1
    return s
  }
}

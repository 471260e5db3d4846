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
  /// How many steps changed each row: a feature met in one or two mistakes is noise, and most
  /// of the model's size.
  private var updates: [Int32] = []
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
      updates.append(0)
    }
    updates[r] += 1
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

  /// The averaged weights, leaving out features changed by fewer than `minUpdates` steps
  /// (each step counts once for the right class and once for the wrong one) and weights
  /// smaller than `threshold` in magnitude.
  func averaged(threshold: Float = 1e-3, minUpdates: Int = 0) -> SparseWeights {
    var pairs: [(key: UInt64, entries: [(UInt16, Float)])] = []
    let now = Double(max(clock, 1))
    for (r, row) in rows.enumerated() where updates[r] >= minUpdates {
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
/// (class, weight) pairs. A feature costs one probe, which holds its run's place, and the run.
public struct SparseWeights: Sendable {
  /// Keys are kept to their low 32 bits: at a few hundred thousand features a false match
  /// is rarer than one in ten thousand lookups, and the table and file are a third smaller.
  struct Slot {
    var key: UInt32
    var start: UInt32
    var end: UInt32
  }

  struct Entry {
    var label: UInt32
    var weight: Float
  }

  public let classCount: Int
  private var slots: [Slot]
  private var slotMask: Int
  private var entries: [Entry]
  public let keyCount: Int

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
    keyCount = keys.count
    entries = zip(labels, weights).map { Entry(label: UInt32($0), weight: $1) }
    var capacity = 16
    while capacity < keys.count * 2 { capacity <<= 1 }
    slotMask = capacity - 1
    slots = [Slot](repeating: Slot(key: 0, start: 0, end: 0), count: capacity)
    for (i, k) in keys.enumerated() {
      let key = UInt32(truncatingIfNeeded: k) | 1
      var s = Int(key) & slotMask
      while slots[s].key != 0 && slots[s].key != key { s = (s + 1) & slotMask }
      if slots[s].key == key { continue }  // two features share 32 bits: the first is kept
      slots[s] = Slot(key: key, start: UInt32(starts[i]), end: UInt32(starts[i + 1]))
    }
  }

  public var entryCount: Int { entries.count }

  /// Each feature's run, found before any is read, so that the probes' cache misses overlap.
  @inline(__always)
  private func runs<R>(_ features: [UInt64], _ body: (UnsafeBufferPointer<Slot>, Int) -> R) -> R {
    withUnsafeTemporaryAllocation(of: Slot.self, capacity: max(features.count, 1)) { found in
      var n = 0
      slots.withUnsafeBufferPointer { table in
        for f in features {
          let key = UInt32(truncatingIfNeeded: f) | 1
          var s = Int(key) & slotMask
          while true {
            let slot = table[s]
            if slot.key == key {
              found[n] = slot
              n += 1
              break
            }
            if slot.key == 0 { break }
            s = (s + 1) & slotMask
          }
        }
      }
      return body(UnsafeBufferPointer(found), n)
    }
  }

  /// Adds the weights of `features` into `scores`.
  func score(_ features: [UInt64], into scores: inout [Float]) {
    runs(features) { found, n in
      scores.withUnsafeMutableBufferPointer { out in
        entries.withUnsafeBufferPointer { es in
          for i in 0..<n {
            for j in Int(found[i].start)..<Int(found[i].end) { out[Int(es[j].label)] += es[j].weight }
          }
        }
      }
    }
  }

  /// Sets `scores` of the `candidates` only, by binary search in each feature's run.
  func score(_ features: [UInt64], candidates: [UInt16], into scores: inout [Float]) {
    for c in candidates { scores[Int(c)] = 0 }
    runs(features) { found, n in
      scores.withUnsafeMutableBufferPointer { out in
        entries.withUnsafeBufferPointer { es in
          for i in 0..<n {
            let start = Int(found[i].start), end = Int(found[i].end)
            if end - start <= 4 {
              for j in start..<end { out[Int(es[j].label)] += es[j].weight }  // fewer steps than a search
              continue
            }
            for c in candidates {
              var lo = start, hi = end
              while lo < hi {
                let mid = (lo + hi) >> 1
                if es[mid].label < UInt32(c) { lo = mid + 1 } else { hi = mid }
              }
              if lo < end && es[lo].label == UInt32(c) { out[Int(c)] += es[lo].weight }
            }
          }
        }
      }
    }
  }

  // MARK: binary form

  /// Appends the weights, little-endian: class, key and weight counts; 32-bit keys; each
  /// key's run length (16 bits); the classes (8 bits when there are at most 256, else 16);
  /// the weights as Float16.
  func write(to data: inout Data) {
    let used = slots.filter { $0.key != 0 }.sorted { $0.key < $1.key }
    var lengths: [UInt16] = []
    var labels: [UInt16] = []
    var weights: [UInt16] = []
    for slot in used {
      lengths.append(UInt16(slot.end - slot.start))
      for e in entries[Int(slot.start)..<Int(slot.end)] {
        labels.append(UInt16(e.label))
        weights.append(Float16(e.weight).bitPattern)
      }
    }
    data.appendInteger(UInt64(classCount))
    data.appendInteger(UInt64(used.count))
    data.appendInteger(UInt64(labels.count))
    data.appendArray(used.map(\.key))
    data.appendArray(lengths)
    if classCount <= 256 { data.appendArray(labels.map { UInt8($0) }) } else { data.appendArray(labels) }
    data.appendArray(weights)
  }

  init(reading reader: inout BinaryReader) throws {
    let classCount = Int(try reader.integer(UInt64.self))
    let keyCount = Int(try reader.integer(UInt64.self))
    let entryCount = Int(try reader.integer(UInt64.self))
    let keys32: [UInt32] = try reader.array(count: keyCount)
    let lengths: [UInt16] = try reader.array(count: keyCount)
    let labels: [UInt16] = classCount <= 256 ? (try reader.array(count: entryCount) as [UInt8]).map(UInt16.init) : try reader.array(count: entryCount)
    let halves: [UInt16] = try reader.array(count: entryCount)
    var starts: [Int32] = [0]
    starts.reserveCapacity(keyCount + 1)
    for l in lengths { starts.append(starts[starts.count - 1] + Int32(l)) }
    guard starts.last.map(Int.init) == entryCount, labels.allSatisfy({ Int($0) < classCount }) else {
      throw reader.failure("weights out of range")
    }
    let keys = keys32.map(UInt64.init)
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

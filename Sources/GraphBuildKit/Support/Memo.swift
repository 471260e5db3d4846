import Foundation

/// A dictionary shared by the copies of a value type and safe across threads.
final class Memo<Key: Hashable, Value>: @unchecked Sendable {
  private var values: [Key: Value] = [:]
  private let lock = NSLock()

  func value(_ key: Key) -> Value? {
    lock.lock()
    defer { lock.unlock() }
    return values[key]
  }

  func store(_ key: Key, _ value: Value) {
    lock.lock()
    values[key] = value
    lock.unlock()
  }
}

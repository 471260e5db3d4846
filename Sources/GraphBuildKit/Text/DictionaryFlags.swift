import Foundation

/// The affix flags of each Hunspell dictionary entry (uk_UA.dic: `Макрон/1:$`). They encode the
/// word's paradigm, and so its class: given names, surnames, places, verbs, adjectives. The
/// tagger uses them as word-class features; the Hunspell API does not expose them.
public final class DictionaryFlags: @unchecked Sendable {
  /// Keyed by FNV-1a of the entry's bytes: hashed straight from the file, and cheap to look up.
  private var flags: [UInt64: String] = [:]

  public init(dictionaryPath: String = Hunspell.defaultDictionaryPath) {
    guard let data = FileManager.default.contents(atPath: dictionaryPath) else { return }
    var table: [UInt64: String] = [:]
    table.reserveCapacity(340_000)
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let bytes = raw.bindMemory(to: UInt8.self)
      var lineStart = 0
      var first = true
      for i in 0...bytes.count {
        if i == bytes.count || bytes[i] == 10 {
          if !first, i > lineStart {
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<i])
            if let slash = line.firstIndex(of: 47) {
              let f = String(decoding: UnsafeBufferPointer(rebasing: line[(slash + 1)...]), as: UTF8.self)
              table[FNV1a.hash(bytes: line[..<slash])] = f
            } else {
              table[FNV1a.hash(bytes: line)] = ""
            }
          }
          first = false
          lineStart = i + 1
        }
      }
    }
    flags = table
  }

  public static let shared = DictionaryFlags()

  public var isEmpty: Bool { flags.isEmpty }

  /// The flags of a dictionary entry, or nil when the entry is not in the dictionary.
  public func flags(of entry: String) -> String? { flags[FNV1a.hash(entry)] }
}

import CHunspell
import Foundation

/// Debian's Hunspell Ukrainian dictionary (hunspell-uk), with a cache so each distinct form is
/// looked up once. A Hunspell handle is not thread-safe: each is used under its own lock, and a
/// thread that finds every handle busy opens another, up to one per core, so that documents
/// recognised on several threads do not wait for each other's lookups (a second handle costs
/// its load time once, about 0.3 s, and only when two threads look up at the same moment).
public final class Hunspell: @unchecked Sendable {
  public static let defaultAffixPath = "/usr/share/hunspell/uk_UA.aff"
  public static let defaultDictionaryPath = "/usr/share/hunspell/uk_UA.dic"

  private final class Handle {
    let pointer: OpaquePointer
    let lock = NSLock()
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { Hunspell_destroy(pointer) }
  }

  private let affixPath: String
  private let dictionaryPath: String
  private var handles: [Handle]
  private let maxHandles = max(ProcessInfo.processInfo.activeProcessorCount, 1)
  private let poolLock = NSLock()
  private let cacheLock = NSLock()
  // Keyed by FNV-1a of the bytes: String keys pay for Unicode normalisation on every lookup.
  private var stemCache: [UInt64: [String]] = [:]
  private var spellCache: [UInt64: Bool] = [:]

  public init(affixPath: String = Hunspell.defaultAffixPath, dictionaryPath: String = Hunspell.defaultDictionaryPath) throws {
    guard FileManager.default.isReadableFile(atPath: affixPath),
      FileManager.default.isReadableFile(atPath: dictionaryPath)
    else {
      throw TextError.missingDictionary(path: dictionaryPath)
    }
    guard let h = Hunspell_create(affixPath, dictionaryPath) else {
      throw TextError.missingDictionary(path: dictionaryPath)
    }
    self.affixPath = affixPath
    self.dictionaryPath = dictionaryPath
    handles = [Handle(h)]
  }

  /// The shared instance over the system dictionary, or nil when hunspell-uk is not installed.
  public static let shared: Hunspell? = try? Hunspell()

  /// Runs `body` with a handle no other thread is using.
  private func withHandle<R>(_ body: (OpaquePointer) -> R) -> R {
    poolLock.lock()
    let pool = handles
    poolLock.unlock()
    for h in pool where h.lock.try() {
      defer { h.lock.unlock() }
      return body(h.pointer)
    }
    poolLock.lock()
    var fresh: Handle?
    if handles.count < maxHandles, let p = Hunspell_create(affixPath, dictionaryPath) {
      fresh = Handle(p)
      handles.append(fresh!)
    }
    poolLock.unlock()
    let h = fresh ?? pool[0]
    h.lock.lock()
    defer { h.lock.unlock() }
    return body(h.pointer)
  }

  public func spell(_ word: String) -> Bool {
    let key = FNV1a.hash(word)
    cacheLock.lock()
    if let hit = spellCache[key] { cacheLock.unlock(); return hit }
    cacheLock.unlock()
    let ok = withHandle { Hunspell_spell($0, word) != 0 }
    cacheLock.lock()
    spellCache[key] = ok
    cacheLock.unlock()
    return ok
  }

  /// Whether the dictionary knows a form, through its stems, which the lemmatiser asks for
  /// anyway: the same answer as `spell` for a word without a hyphen (a compound with one may be
  /// correct yet have no stem), for one Hunspell call instead of two.
  public func isKnown(_ word: String) -> Bool {
    word.utf8.contains(UInt8(ascii: "-")) ? spell(word) : !stems(word).isEmpty
  }

  /// Dictionary stems of a form, as Hunspell gives them (several for ambiguous forms).
  public func stems(_ word: String) -> [String] {
    let key = FNV1a.hash(word)
    cacheLock.lock()
    if let hit = stemCache[key] { cacheLock.unlock(); return hit }
    cacheLock.unlock()
    let result = withHandle { handle -> [String] in
      var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
      let n = Hunspell_stem(handle, &list, word)
      var result: [String] = []
      if n > 0, let list = list {
        for i in 0..<Int(n) {
          if let p = list[i] { result.append(String(cString: p)) }
        }
        var toFree: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = list
        Hunspell_free_list(handle, &toFree, n)
      }
      return result
    }
    cacheLock.lock()
    stemCache[key] = result
    cacheLock.unlock()
    return result
  }
}

public enum TextError: Error, CustomStringConvertible {
  case missingDictionary(path: String)

  public var description: String {
    switch self {
    case .missingDictionary(let path):
      return "Hunspell dictionary not found at \(path): install Debian's hunspell-uk and libhunspell-dev (apt-get install -y hunspell-uk libhunspell-dev)"
    }
  }
}

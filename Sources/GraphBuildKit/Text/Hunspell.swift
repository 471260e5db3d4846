import CHunspell
import Foundation

/// Debian's Hunspell Ukrainian dictionary (hunspell-uk), behind a lock since a Hunspell
/// handle is not thread-safe, and with a cache so each distinct form is looked up once.
public final class Hunspell: @unchecked Sendable {
  public static let defaultAffixPath = "/usr/share/hunspell/uk_UA.aff"
  public static let defaultDictionaryPath = "/usr/share/hunspell/uk_UA.dic"

  private let handle: OpaquePointer
  private let lock = NSLock()
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
    handle = h
  }

  /// The shared instance over the system dictionary, or nil when hunspell-uk is not installed.
  public static let shared: Hunspell? = try? Hunspell()

  deinit { Hunspell_destroy(handle) }

  public func spell(_ word: String) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    let key = FNV1a.hash(word)
    if let hit = spellCache[key] { return hit }
    let ok = Hunspell_spell(handle, word) != 0
    spellCache[key] = ok
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
    lock.lock()
    defer { lock.unlock() }
    let key = FNV1a.hash(word)
    if let hit = stemCache[key] { return hit }
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
    stemCache[key] = result
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

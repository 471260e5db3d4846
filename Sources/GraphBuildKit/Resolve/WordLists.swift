import Foundation

/// Large lists from maintained resources, built by scripts/ and read at start:
/// - data/places.tsv: Ukrainian names of places from GeoNames and ISO 3166-2;
/// - data/names.tsv: VESUM's proper names (first names, surnames, patronymics, geographical and
///   other names) and abbreviations, every form.
/// The tagger reads them as features; a missing file leaves its list empty.
public struct WordLists: Sendable {
  public enum PlaceKind: UInt8, Sendable, CaseIterable { case region = 1, city, place }

  public struct NameClasses: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let firstName = NameClasses(rawValue: 1)
    public static let surname = NameClasses(rawValue: 2)
    public static let patronymic = NameClasses(rawValue: 4)
    public static let abbreviation = NameClasses(rawValue: 8)
    /// A geographical name (VESUM `geo`): rivers, regions and towns GeoNames' list leaves out.
    public static let geographical = NameClasses(rawValue: 16)
    /// Any other proper name VESUM knows: organisations, brands, works.
    public static let otherProper = NameClasses(rawValue: 32)
    /// A first name's gender, as VESUM gives it.
    public static let masculine = NameClasses(rawValue: 64)
    public static let feminine = NameClasses(rawValue: 128)

    /// The classes of a person's name.
    public static let personal: NameClasses = [.firstName, .surname, .patronymic]
    /// The kinds of name alone, without a first name's gender.
    public var kinds: NameClasses { subtracting([.masculine, .feminine]) }
  }

  // Keyed by FNV-1a of the name: 190,000 String keys would cost far more memory and load time.
  // The apostrophe is folded (’ ʼ '): places.tsv writes ’, VESUM ', texts either.
  private var places: [UInt64: PlaceKind] = [:]
  /// A name form: the classes of every lexeme it belongs to, and the first two of those
  /// lexemes (indices into `lemmas`, -1 for none) for the lemmatiser.
  private struct Form {
    var classes: NameClasses
    var lexemes: (Int32, Int32)
  }
  private var names: [UInt64: Form] = [:]
  private var lemmas: [(String, NameClasses)] = []

  public init() {}

  public var placeCount: Int { places.count }
  public var nameFormCount: Int { names.count }

  /// The kind of place a name (as written, capitalised) stands for.
  public func placeKind(_ name: String) -> PlaceKind? { places[FNV1a.hashFoldingApostrophes(name)] }

  /// What VESUM says a lower-cased word form is.
  public func nameClasses(_ lowercasedForm: String) -> NameClasses { names[FNV1a.hashFoldingApostrophes(lowercasedForm)]?.classes ?? [] }

  /// The base forms of the VESUM names a lower-cased form belongs to (as VESUM writes them), with their classes.
  public func nameLemmas(_ lowercasedForm: String) -> [(lemma: String, classes: NameClasses)] {
    guard let (a, b) = names[FNV1a.hashFoldingApostrophes(lowercasedForm)]?.lexemes else { return [] }
    return [a, b].filter { $0 >= 0 }.map { (lemmas[Int($0)].0, lemmas[Int($0)].1) }
  }

  private static let cacheLock = NSLock()
  nonisolated(unsafe) private static var cache: [String: WordLists] = [:]

  /// The lists of a data folder, read once per process (the gazetteer and the lemmatiser share them).
  public static func cached(_ dataDirectory: URL) -> WordLists {
    cacheLock.lock()
    defer { cacheLock.unlock() }
    if let hit = cache[dataDirectory.path] { return hit }
    let lists = load(from: dataDirectory)
    cache[dataDirectory.path] = lists
    return lists
  }

  public static func load(from dataDirectory: URL) -> WordLists {
    var lists = WordLists()
    let kinds: [String: PlaceKind] = ["region": .region, "city": .city, "place": .place]
    forEachLine(dataDirectory.appendingPathComponent("places.tsv")) { bytes, fields in
      guard fields.count == 2, let kind = kinds[String(decoding: bytes[fields[1]], as: UTF8.self)] else { return }
      lists.places[FNV1a.hashFoldingApostrophes(bytes: bytes[fields[0]])] = kind
    }
    let letters: [UInt8: NameClasses] = [
      78: .firstName, 83: .surname, 80: .patronymic, 65: .abbreviation, 71: .geographical, 79: .otherProper,  // N S P A G O
      109: .masculine, 102: .feminine,  // m f
    ]
    lists.names.reserveCapacity(280_000)
    forEachLine(dataDirectory.appendingPathComponent("names.tsv")) { bytes, fields in
      guard fields.count == 3 else { return }
      var classes: NameClasses = []
      for c in bytes[fields[1]] { if let k = letters[c] { classes.insert(k) } }
      let index = Int32(lists.lemmas.count)
      lists.lemmas.append((String(decoding: bytes[fields[0]], as: UTF8.self), classes))
      var start = fields[2].lowerBound
      for i in fields[2].lowerBound...fields[2].upperBound where i == fields[2].upperBound || bytes[i] == 32 {
        defer { start = i + 1 }
        guard i > start else { continue }
        let key = FNV1a.hashFoldingApostrophes(bytes: bytes[start..<i])
        if lists.names[key] == nil {
          lists.names[key] = Form(classes: classes, lexemes: (index, -1))
        } else {
          lists.names[key]!.classes.formUnion(classes)
          if lists.names[key]!.lexemes.1 < 0 { lists.names[key]!.lexemes.1 = index }
        }
      }
    }
    return lists
  }

  /// The tab-separated fields (byte ranges) of each line that is not a `#` comment, read in
  /// place: 330,000 name forms load in tens of milliseconds this way, seconds through String.
  private static func forEachLine(_ url: URL, _ body: (UnsafeBufferPointer<UInt8>, [Range<Int>]) -> Void) {
    guard let data = try? Data(contentsOf: url, options: .mappedIfSafe) else { return }
    data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      var fields: [Range<Int>] = []
      var lineStart = 0
      while lineStart < bytes.count {
        var end = lineStart
        while end < bytes.count && bytes[end] != 10 { end += 1 }
        if end > lineStart && bytes[lineStart] != 35 {  // "#"
          fields.removeAll(keepingCapacity: true)
          var fieldStart = lineStart
          for i in lineStart..<end where bytes[i] == 9 {
            fields.append(fieldStart..<i)
            fieldStart = i + 1
          }
          fields.append(fieldStart..<end)
          body(bytes, fields)
        }
        lineStart = end + 1
      }
    }
  }
}

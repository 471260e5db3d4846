import Foundation

/// Large lists from maintained resources, built by scripts/ and read at start:
/// - data/places.tsv: Ukrainian names of places from GeoNames and ISO 3166-2;
/// - data/names.tsv: first names, surnames, patronymics and abbreviations of VESUM, every form.
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
  }

  // Keyed by FNV-1a of the name: 190,000 String keys would cost far more memory and load time.
  private var places: [UInt64: PlaceKind] = [:]
  private var names: [UInt64: NameClasses] = [:]

  public init() {}

  public var placeCount: Int { places.count }
  public var nameFormCount: Int { names.count }

  /// The kind of place a name (as written, capitalised) stands for.
  public func placeKind(_ name: String) -> PlaceKind? { places[FNV1a.hash(name)] }

  /// What VESUM says a lower-cased word form is.
  public func nameClasses(_ lowercasedForm: String) -> NameClasses { names[FNV1a.hash(lowercasedForm)] ?? [] }

  public static func load(from dataDirectory: URL) -> WordLists {
    var lists = WordLists()
    let kinds: [String: PlaceKind] = ["region": .region, "city": .city, "place": .place]
    forEachLine(dataDirectory.appendingPathComponent("places.tsv")) { fields in
      guard fields.count == 2, let kind = kinds[String(decoding: fields[1], as: UTF8.self)] else { return }
      lists.places[FNV1a.hash(bytes: fields[0])] = kind
    }
    let letters: [UInt8: NameClasses] = [78: .firstName, 83: .surname, 80: .patronymic, 65: .abbreviation]  // N S P A
    lists.names.reserveCapacity(170_000)
    forEachLine(dataDirectory.appendingPathComponent("names.tsv")) { fields in
      guard fields.count == 3 else { return }
      var classes: NameClasses = []
      for c in fields[1] { if let k = letters[c] { classes.insert(k) } }
      for form in fields[2].split(separator: 32) {
        lists.names[FNV1a.hash(bytes: form), default: []].formUnion(classes)
      }
    }
    return lists
  }

  /// Tab-separated fields of each line that is not a `#` comment, as UTF-8 bytes: 190,000
  /// lines parse in a few tens of milliseconds this way, seconds through String.
  private static func forEachLine(_ url: URL, _ body: ([ArraySlice<UInt8>]) -> Void) {
    guard let data = try? Data(contentsOf: url) else { return }
    let bytes = [UInt8](data)
    for line in bytes.split(separator: 10) where line.first != 35 {  // "#"
      body(line.split(separator: 9, omittingEmptySubsequences: false))
    }
  }
}

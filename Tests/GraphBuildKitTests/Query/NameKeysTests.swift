import Testing
@testable import GraphBuildKit

@Suite struct NameKeysTests {
  static let lookup = NameLookup(graph: GraphIndexTests.graph, lemmatizer: nil)

  /// "Did you mean" walks the distinct spellings from the closest: the same names, in the same
  /// order, as a scan of every entity's closest spelling.
  @Test(arguments: ["Nobody Atall", "Shol", "Makronn Emanuel", "Kyjiw", "Варшава", "q"])
  func suggestionsAreTheClosestOfAllEntities(_ q: String) {
    let qs = NameLookup.skeleton(NameLookup.latin(q))
    var scan: [(Int, String)] = []
    for key in 0..<GraphIndexTests.graph.entities.count {
      let d = Self.lookup.skeletons(of: key).map { NameLookup.distance($0, qs) }.min() ?? Int.max
      scan.append((d, Self.lookup.entity(of: key).name))
    }
    #expect(Self.lookup.suggestions(q) == scan.sorted { $0 < $1 }.prefix(3).map(\.1))
  }

  /// The fuzzy tier compares spellings near the query's length only, and finds what a
  /// comparison with every spelling finds.
  @Test(arguments: ["Scholtz", "Makrom", "Tuskk", "Lukaschenko"])
  func fuzzyFindsWhatEverySpellingWouldFind(_ q: String) {
    let qs = NameLookup.skeleton(NameLookup.latin(q))
    let near = Set(Self.lookup.skeletons(lengths: nil).filter { NameLookup.ratio($0, qs) >= 0.7 })
    let found = Set(Self.lookup.candidates(q, limit: 50).map(\.id))
    for s in near { for key in Self.lookup.keys(.skeleton, s) { #expect(found.contains(Self.lookup.entity(of: key).id), "\(s)") } }
    #expect(!near.isEmpty)
  }
}

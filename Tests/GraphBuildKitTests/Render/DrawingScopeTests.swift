import Testing
@testable import GraphBuildKit

@Suite struct DrawingScopeTests {
  /// `count` entities; entity 0 related to 1...hub, and 1 to 2.
  static func graph(entities count: Int, hub: Int) -> KnowledgeGraph {
    var g = KnowledgeGraph()
    for i in 0..<count {
      g.entities["e\(i)"] = .init(id: "e\(i)", type: "Person", name: "Особа \(i)", latinName: "Osoba \(i)", englishName: nil, aliases: [], mentions: [])
    }
    func relate(_ a: Int, _ b: Int) {
      let id = "r\(a)-\(b)"
      g.relations[id] = .init(id: id, subject: "e\(a)", predicate: "associatedWith", object: "e\(b)", stance: nil, hedged: false, evidence: [])
    }
    for i in 1...hub { relate(0, i) }
    relate(1, 2)
    return g
  }

  @Test func aSmallGraphIsDrawnWhole() {
    let scope = DrawingScope(Self.graph(entities: 150, hub: 10))
    #expect(scope.only == nil && scope.leftOutNote == nil)
  }

  @Test func aLargeGraphLeavesOutWhatIsInNoRelationAndCountsIt() {
    let scope = DrawingScope(Self.graph(entities: 250, hub: 10))
    #expect(scope.only == Set((0...10).map { "e\($0)" }))
    #expect(scope.inNoRelation == 239)
    #expect(scope.leftOutNote == "not drawn: 239 in no relation (--all draws them)")
  }

  @Test func pastTheLimitTheMostRelatedAreKept() {
    let scope = DrawingScope(Self.graph(entities: 250, hub: 10), maxNodes: 3)
    // e0 has 10 relations, e1 and e2 two each; the rest one.
    #expect(scope.only == ["e0", "e1", "e2"])
    #expect(scope.fewerRelations == 8)
    #expect(scope.leftOutNote?.contains("8 with fewer relations") == true)
  }

  @Test func theLegendSaysWhatWasLeftOut() {
    let g = Self.graph(entities: 250, hub: 10)
    let scope = DrawingScope(g)
    let dot = DOTBuilder().dot(g, only: scope.only, leftOut: scope.leftOutNote)
    #expect(dot.contains("not drawn: 239 in no relation"))
    #expect(!dot.contains("Особа 200"))
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct KnowledgeGraphTests {
  func evidence(_ doc: String) -> KnowledgeGraph.Evidence {
    .init(document: doc, sentence: "s", scalarStart: 0, scalarEnd: 1, trigger: "t", dates: [], note: nil)
  }

  @Test func sameFactIsOneEdgeWithSeveralEvidence() {
    var g = KnowledgeGraph()
    g.add(subject: "a", predicate: "allyOf", object: "b", stance: nil, hedged: false, evidence: evidence("d1"), symmetric: true)
    g.add(subject: "b", predicate: "allyOf", object: "a", stance: nil, hedged: false, evidence: evidence("d2"), symmetric: true)
    #expect(g.relations.count == 1)
    #expect(g.relations.values.first?.evidence.count == 2)
  }

  @Test func removingADocumentTakesItsEvidenceAway() {
    var g = KnowledgeGraph()
    g.entities["a"] = .init(id: "a", type: "Country", name: "A", latinName: "A", englishName: nil, aliases: [], mentions: [.init(document: "d1", text: "A", scalarStart: 0, scalarEnd: 1, sentence: "s")])
    g.entities["b"] = .init(id: "b", type: "Country", name: "B", latinName: "B", englishName: nil, aliases: [], mentions: [.init(document: "d2", text: "B", scalarStart: 0, scalarEnd: 1, sentence: "s")])
    g.add(subject: "a", predicate: "allyOf", object: "b", stance: nil, hedged: false, evidence: evidence("d1"), symmetric: true)
    g.removeContributions(ofDocument: "d1")
    #expect(g.entities["a"] == nil)
    #expect(g.relations.isEmpty)
    #expect(g.entities["b"] != nil)
  }
}

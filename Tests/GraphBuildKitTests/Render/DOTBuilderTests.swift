import Testing
@testable import GraphBuildKit

@Suite struct DOTBuilderTests {
  let graph = Fixtures.graph(["Президент Франції Емманюель Макрон провів переговори з канцлером Німеччини Олафом Шольцом."])

  @Test func everyEntityIsALabelledNodeWithItsTypeStyle() {
    let dot = DOTBuilder().dot(graph)
    for e in graph.entities.values {
      #expect(dot.contains("label=\"\(e.name)"))
      #expect(dot.contains(DOTBuilder.styles[e.type]!.fill))
    }
    #expect(dot.contains("cluster_legend"))
    #expect(dot.contains("label=\"leaderOf"))
  }

  @Test func tooltipsCarryTheEvidence() {
    #expect(DOTBuilder().dot(graph).contains("tooltip=\"«Президент Франції Емманюель Макрон"))
  }

  @Test func quotesAreEscaped() {
    #expect(DOTBuilder.quote("a \"b\"\nc") == "\"a \\\"b\\\"\\nc\"")
  }

  @Test func focusKeepsTheNeighbourhood() {
    let macron = graph.entity(named: "Емманюель Макрон")!.id
    let zero = DOTBuilder.neighbourhood(of: macron, hops: 0, in: graph)
    let one = DOTBuilder.neighbourhood(of: macron, hops: 1, in: graph)
    #expect(zero == [macron])
    #expect(one.count > 1)
  }

  @Test func connectedLeavesOutEntitiesWithoutRelations() {
    let g = Fixtures.graph(["Президент Франції Емманюель Макрон прибув до Варшави. Про це повідомило агентство Reuters."])
    let connected = DOTBuilder.connected(in: g)
    let macron = g.entity(named: "Емманюель Макрон")!.id
    #expect(connected.contains(macron))
    #expect(connected.count < g.entities.count)
    let dot = DOTBuilder().dot(g, only: connected)
    for e in g.entities.values where !connected.contains(e.id) { #expect(!dot.contains(e.name)) }
  }

  @Test(arguments: [(10, "dot"), (200, "dot"), (500, "neato"), (20_000, "sfdp")])
  func engineBySize(_ n: Int, _ engine: String) {
    #expect(DOTBuilder.engine(forNodeCount: n) == engine)
  }

  @Test func stringsCarryNoControlsNoEntitiesAndStayShortEnoughForGraphviz() {
    #expect(DOTBuilder.quote("A\u{1B}[2J\u{0}B") == "\"A [2J B\"")
    #expect(DOTBuilder.quote("&lt;b&gt; &#x1;") == "\"&amp;lt;b&amp;gt; &amp;#x1;\"")
    let long = DOTBuilder.quote(String(repeating: "&", count: 20_000))
    #expect(long.utf8.count < 16_384)
  }

  @Test func entitiesInNoRelationArePackedInRowsBesideTheGraph() {
    let g = Fixtures.graph(["Президент Франції Емманюель Макрон провів переговори з Олафом Шольцом. Про це повідомили Reuters, Bloomberg, BBC та CNN у Києві, Львові й Одесі."])
    let dot = DOTBuilder().dot(g)
    let related = Set(g.relations.values.flatMap { [$0.subject, $0.object] })
    let lonely = g.entities.values.filter { !related.contains($0.id) }.count
    #expect(lonely > 3)
    #expect(dot.contains("subgraph cluster_isolated") && dot.contains("in no relation (\(lonely))"))
    // Rows of at most ceil(sqrt(n)) (at least 3) nodes: n - rows invisible edges in all.
    let width = max(3, Int(Double(lonely).squareRoot().rounded(.up)))
    let rows = (lonely + width - 1) / width
    let invisible = dot.components(separatedBy: "\n").filter { $0.contains("cluster") == false && $0.contains("[style=invis]") && !$0.contains("legend") }
    #expect(invisible.map { $0.components(separatedBy: " -> ").count - 1 }.reduce(0, +) == lonely - rows)
  }
}

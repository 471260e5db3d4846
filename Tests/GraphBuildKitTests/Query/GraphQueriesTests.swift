import Testing
@testable import GraphBuildKit

@Suite struct GraphQueriesTests {
  let graph = Fixtures.graph(["Президент Франції Емманюель Макрон провів переговори з канцлером Німеччини Олафом Шольцом."])

  @Test func neighboursAndHops() {
    let q = GraphQueries(graph: graph)
    let macron = graph.entity(named: "Емманюель Макрон")!.id
    let one = q.neighbors(of: macron)
    #expect(one.contains { $0.relation == "leaderOf" && graph.entities[$0.other]?.name == "Франція" })
    #expect(q.neighbors(of: macron, relation: "leaderOf").allSatisfy { $0.relation == "leaderOf" })
    let two = q.neighbors(of: macron, hops: 2)
    #expect(two.contains { graph.entities[$0.other]?.name == "Німеччина" && $0.hops == 2 })
  }

  @Test func shortestPath() {
    let q = GraphQueries(graph: graph)
    let path = q.path(from: graph.entity(named: "Франція")!.id, to: graph.entity(named: "Німеччина")!.id)
    #expect(path?.count == 3)
  }

  @Test func anyNumberOfHopsStopsWhenNothingNewIsReached() {
    let q = GraphQueries(graph: graph)
    let macron = graph.entity(named: "Емманюель Макрон")!.id
    #expect(q.neighbors(of: macron, hops: Int.max) == q.neighbors(of: macron, hops: 50))
    #expect(DOTBuilder.neighbourhood(of: macron, hops: Int.max, in: graph) == DOTBuilder.neighbourhood(of: macron, hops: 50, in: graph))
  }
}

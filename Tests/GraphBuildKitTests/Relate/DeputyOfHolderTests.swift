import Testing
@testable import GraphBuildKit

@Suite struct DeputyOfHolderTests {
  @Test func aHeadsDeputyNamedByAPossessiveServesTheHeadsBody() {
    let g = Fixtures.graph(["Житомирський міський голова Петро Гайда та його заступник Ольга Ткач провели зустріч у Житомирі."])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Гайда leaderOf Житомир") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Ольга Ткач representativeOf Житомир") })
    #expect(!g.namedTriples.contains { $0.hasPrefix("Ольга Ткач leaderOf") })
  }

  @Test func notWithoutThePossessiveNorForAHeadOfNothing() {
    let g = Fixtures.graph([
      "Житомирський міський голова Петро Гайда та заступник Ольга Ткач провели зустріч у Житомирі.",
      "Петро Гайда та його заступник Ольга Ткач провели зустріч у Житомирі.",
    ])
    #expect(!g.namedTriples.contains { $0.hasPrefix("Ольга Ткач representativeOf") })
  }
}

import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct JSONLDTests {
  @Test func roundTrips() throws {
    let g = Fixtures.graph(["date 2025-05-20\nПрезидент Франції Емманюель Макрон провів переговори з Олафом Шольцом."])
    let back = try JSONLD.decode(JSONLD.encode(g), file: "g")
    #expect(back.entities == g.entities)
    #expect(back.relations == g.relations)
  }

  @Test func hasInlineContextAbsoluteIDsAndDirectTriples() throws {
    let g = Fixtures.graph(["Президент Франції Емманюель Макрон прибув."])
    let obj = try JSONSerialization.jsonObject(with: JSONLD.encode(g)) as! [String: Any]
    #expect(obj["@context"] is [String: Any])
    let nodes = obj["@graph"] as! [[String: Any]]
    #expect(nodes.allSatisfy { ($0["@id"] as? String)?.hasPrefix("https://") == true })
    let macron = nodes.first { ($0["schema:name"] as? [[String: Any]])?.first?["@value"] as? String == "Емманюель Макрон" }
    #expect(macron?["@type"] as? String == "schema:Person")
    #expect((macron?["gb:leaderOf"] as? [[String: Any]])?.count == 1)
  }

  @Test func refusesFilesItDidNotWrite() {
    #expect(throws: GraphBuildError.self) { try JSONLD.decode(Data("{\"a\":1}".utf8), file: "x") }
    #expect(throws: GraphBuildError.self) { try JSONLD.decode(Data("not json".utf8), file: "x") }
  }
}

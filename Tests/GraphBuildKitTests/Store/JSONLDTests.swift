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

  /// Mentions and evidence are written in the text's order, so a graph's bytes do not depend on
  /// the order its documents were added in.
  @Test func mentionsAndEvidenceAreWrittenInTheTextsOrder() throws {
    let g = Fixtures.graph(["Президент Франції Емманюель Макрон прибув до Києва. Макрона зустріли в аеропорту. Про це розповів Макрон."])
    var reversed = g
    for id in reversed.entities.keys { reversed.entities[id]!.mentions.reverse() }
    for id in reversed.relations.keys { reversed.relations[id]!.evidence.reverse() }
    #expect(g.entities.values.contains { $0.mentions.count == 3 })
    #expect(try JSONLD.encode(reversed) == JSONLD.encode(g))
  }

  @Test func refusesFilesItDidNotWrite() {
    #expect(throws: GraphBuildError.self) { try JSONLD.decode(Data("{\"a\":1}".utf8), file: "x") }
    #expect(throws: GraphBuildError.self) { try JSONLD.decode(Data("not json".utf8), file: "x") }
  }
}

import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct ExportTests {
  static let graph = Fixtures.graph(["date 2025-11-26\nПрем'єр-міністр Польщі Дональд Туск провів переговори з президентом України Володимиром Зеленським 22 листопада."])

  @Test(arguments: [("2025-11-22", "2025-11-22", "day"), ("2025-11", "2025-11-01", "month"), ("2025", "2025-01-01", "year")])
  func partialDatesBecomeFullOnesWithAPrecision(date: String, full: String, precision: String) {
    #expect(ExportTable.fullDate(date)! == (full, precision))
  }

  @Test func aDateWithoutAYearHasNoPlaceOnATimeline() {
    #expect(ExportTable.fullDate("--11-22") == nil)
    #expect(ExportTable.fullDate("2025-13") == nil)
  }

  @Test func everyFormatCarriesEveryRelation() throws {
    let table = ExportTable(Self.graph)
    #expect(table.edges.count == Self.graph.relations.count)
    let graphml = String(decoding: GraphMLExporter.export(table), as: UTF8.self)
    #expect(graphml.components(separatedBy: "<edge ").count - 1 == Self.graph.relations.count)
    let nq = String(decoding: NQuadsExporter.export(Self.graph), as: UTF8.self)
    #expect(nq.components(separatedBy: "#evidence>").count - 1 == Self.graph.relations.values.reduce(0) { $0 + $1.evidence.count })
  }

  @Test func csvFieldsAreQuotedAndNeverFormulas() {
    #expect(MaltegoCSVExporter.field("a, \"b\"") == "\"a, \"\"b\"\"\"")
    #expect(MaltegoCSVExporter.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
    #expect(MaltegoCSVExporter.maltegoType("Airline") == "maltego.Company")
  }

  @Test func nquadsLiteralsAndIRIsAreEscaped() {
    #expect(NQuadsExporter.literal("a\"b\\c\nd", language: "uk") == "\"a\\\"b\\\\c\\nd\"@uk")
    #expect(NQuadsExporter.iri("https://x/a b>") == "<https://x/a%20b%3E>")
  }

  @Test func ftmIDsAreStableAndCountriesAreCodes() throws {
    #expect(FtMExporter.id("https://graphbuild.dev/entity/x") == FtMExporter.id("https://graphbuild.dev/entity/x"))
    #expect(FtMExporter.id("a").hasPrefix("gb-"))
    let lines = String(decoding: try FtMExporter.export(Self.graph), as: UTF8.self).split(separator: "\n")
    #expect(lines.contains { $0.contains("\"schema\":\"PublicBody\"") && $0.contains("\"country\":[\"pl\"]") })
    #expect(lines.contains { $0.contains("\"schema\":\"Occupancy\"") })
  }
}

import Foundation

/// The formats `graphbuild export` writes, each for the tools that read it.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// FollowTheMoney entity lines: Aleph, OpenAleph, yente.
  case ftm
  /// GraphML: yEd, NetworkX, Cytoscape.
  case graphml
  /// GEXF 1.3, dynamic, with dates: Gephi and its timeline.
  case gexf
  /// N-Quads, one named graph per document: RDF stores (Oxigraph, rdflib, Jena).
  case nquads
  /// An edge table: spreadsheets and Maltego's table import.
  case csv

  public var fileExtension: String {
    switch self {
    case .ftm: return "ftm.json"
    case .graphml: return "graphml"
    case .gexf: return "gexf"
    case .nquads: return "nq"
    case .csv: return "csv"
    }
  }

  public func export(_ graph: KnowledgeGraph) throws -> Data {
    switch self {
    case .ftm: return try FtMExporter.export(graph)
    case .graphml: return GraphMLExporter.export(ExportTable(graph))
    case .gexf: return GEXFExporter.export(ExportTable(graph))
    case .nquads: return NQuadsExporter.export(graph)
    case .csv: return MaltegoCSVExporter.export(graph)
    }
  }
}

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
  /// Turtle, for reading and for RDF tools without named graphs.
  case turtle
  /// An edge table: spreadsheets and Maltego's table import.
  case csv
  /// A folder of bulk-import CSVs and a Cypher script: Neo4j, Memgraph, Kùzu.
  case neo4j

  public var fileExtension: String {
    switch self {
    case .ftm: return "ftm.json"
    case .graphml: return "graphml"
    case .gexf: return "gexf"
    case .nquads: return "nq"
    case .turtle: return "ttl"
    case .csv: return "csv"
    case .neo4j: return "neo4j"
    }
  }

  /// Whether it writes a folder of files rather than one file.
  public var isFolder: Bool { self == .neo4j }

  /// The files of a folder format, by name.
  public func exportFiles(_ graph: KnowledgeGraph) throws -> [String: Data] {
    isFolder ? Neo4jExporter.export(graph) : ["graph." + fileExtension: try export(graph)]
  }

  public func export(_ graph: KnowledgeGraph) throws -> Data {
    switch self {
    case .neo4j: return Neo4jExporter.export(graph)["import.cypher"]!
    case .ftm: return try FtMExporter.export(graph)
    case .graphml: return GraphMLExporter.export(ExportTable(graph))
    case .gexf: return GEXFExporter.export(ExportTable(graph))
    case .nquads: return NQuadsExporter.export(graph)
    case .turtle: return TurtleExporter.export(graph)
    case .csv: return MaltegoCSVExporter.export(graph)
    }
  }
}

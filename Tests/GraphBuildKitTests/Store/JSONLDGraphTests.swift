import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct JSONLDGraphTests {
  static let person = "https://graphbuild.dev/entity/person/x"
  static let doc = "https://graphbuild.dev/document/1"

  func read(_ json: String) throws -> KnowledgeGraph { try JSONLD.decode(Data(json.utf8), file: "g") }

  @Test func readsExpandedFormWithPlainStringsAndArrays() throws {
    let g = try read("""
      [{"@id": "\(Self.person)", "@type": ["https://schema.org/Person"],
        "https://schema.org/name": [{"@value": "Анна Петренко"}, {"@value": "Anna Petrenko", "@language": "uk-Latn"}],
        "\(KnowledgeGraph.vocabulary)mention": [{"\(KnowledgeGraph.vocabulary)document": {"@id": "\(Self.doc)"},
          "\(KnowledgeGraph.vocabulary)startOffset": {"@value": "3", "@type": "http://www.w3.org/2001/XMLSchema#integer"}}]}]
      """)
    let e = try #require(g.entities[Self.person])
    #expect(e.type == "Person" && e.name == "Анна Петренко" && e.latinName == "Anna Petrenko")
    #expect(e.mentions.first?.scalarStart == 3)
  }

  @Test func anEntityOfClassEventIsNoExtractedEvent() throws {
    let g = try read("""
      {"@context": {"schema": "https://schema.org/", "gb": "\(KnowledgeGraph.vocabulary)"},
       "@graph": {"@id": "https://graphbuild.dev/entity/thing/f", "@type": "schema:Event", "schema:name": "Фестиваль"}}
      """)
    #expect(g.entities.count == 1 && g.events.isEmpty)
    let back = try JSONLD.decode(JSONLD.encode(g), file: "g")
    #expect(back.entities == g.entities)
  }

  @Test func duplicateIDsMergeTheirMentions() throws {
    let ctx = #"{"schema": "https://schema.org/", "gb": "\#(KnowledgeGraph.vocabulary)"}"#
    func node(_ start: Int) -> String {
      #"{"@id": "\#(Self.person)", "@type": "schema:Person", "schema:name": {"@value": "А", "@language": "uk"}, "gb:mention": {"gb:document": {"@id": "\#(Self.doc)"}, "gb:startOffset": \#(start)}}"#
    }
    let g = try read(#"{"@context": \#(ctx), "@graph": [\#(node(1)), \#(node(9))]}"#)
    #expect(g.entities[Self.person]?.mentions.map(\.scalarStart) == [1, 9])
  }

  @Test(arguments: [
    #"{"@context": {"schema": "https://schema.org/"}, "@graph": [{"@id": "x", "@type": "schema:Person", "schema:name": "A", "note": 1}]}"#,
    #"{"@context": {"schema": "https://schema.org/"}, "@graph": [{"@id": "x", "@type": "schema:Person", "schema:description": "kept?"}]}"#,
    #"{"@context": {"schema": "https://schema.org/"}, "@graph": [{"@id": "x", "@type": ["schema:Person", "schema:Organization"]}]}"#,
    #"{"@context": {"ex": "http://example.org/"}, "@graph": [{"@id": "x", "@type": "ex:Thing"}]}"#,
    #"{"@context": "https://schema.org/", "@graph": []}"#,
    #"{"not": "ours"}"#,
  ])
  func whatWouldBeLostIsRefused(json: String) {
    #expect(throws: GraphBuildError.self) { try read(json) }
  }
}

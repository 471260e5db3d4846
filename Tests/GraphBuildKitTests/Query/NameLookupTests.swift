import Testing
@testable import GraphBuildKit

@Suite struct NameLookupTests {
  static let graph = Fixtures.graph([
    "Президент Білорусі Олександр Лукашенко зустрівся з лідеркою опозиції Світланою Тихановською у Києві. Лукашенку це не сподобалося.",
  ])
  let lookup = NameLookup(graph: graph)

  @Test(arguments: ["Лукашенко", "Лукашенка", "Лукашенку", "Lukashenko", "lukashenka", "Lukašenka", "Alexander Lukashenko", "Aliaksandr Lukashenka", "Lukashenko Oleksandr", "Lukashneko"])
  func findsLukashenko(_ q: String) throws {
    #expect(Self.graph.entities[try lookup.resolve(q)]?.name == "Олександр Лукашенко")
  }

  @Test(arguments: ["Тихановська", "Tikhanovskaya", "Tsikhanouskaya", "Svetlana Tikhanovskaya", "Tykhanovska"])
  func findsTsikhanouskaya(_ q: String) throws {
    #expect(Self.graph.entities[try lookup.resolve(q)]?.name == "Світлана Тихановська")
  }

  @Test(arguments: ["Kyiv", "Kiev", "Київ", "Києві"])
  func findsKyiv(_ q: String) throws {
    #expect(Self.graph.entities[try lookup.resolve(q)]?.name == "Київ")
  }

  @Test func unknownNameSaysSoAndSuggests() {
    do {
      _ = try lookup.resolve("Zelensky")
      Issue.record("expected no match")
    } catch let e as GraphBuildError {
      #expect(e.description.contains("no such entity: Zelensky"))
      #expect(e.description.contains("did you mean"))
    } catch { Issue.record("\(error)") }
  }
}

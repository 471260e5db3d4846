import Testing
@testable import GraphBuildKit

@Suite struct EntityResolverTests {
  @Test func formsOfOneNameAreOneNode() {
    let g = Fixtures.graph([
      "Президент Франції Емманюель Макрон прибув до Києва. Макрона зустріли в аеропорту. Про це розповів Макрон.",
      "Наступного дня Емманюелю Макрону показали місто.",
    ])
    let people = g.entities.values.filter { $0.type == "Person" }
    #expect(people.count == 1)
    #expect(people.first?.name == "Емманюель Макрон")
    #expect(people.first?.latinName == "Emmaniuel Makron")
    #expect(people.first?.mentions.count == 4)
  }

  @Test func shortAndLongStateNamesMerge() {
    let g = Fixtures.graph(["США та Сполучені Штати Америки — одне. Штати це підтвердили."])
    #expect(g.entities.values.filter { $0.type == "Country" }.count == 1)
    #expect(g.entity(named: "США")?.englishName == "United States")
  }

  @Test(arguments: [("Київ", "kyiv"), ("Олександр Лукашенко", "oleksandr-lukashenko"), ("Reuters", "reuters")])
  func stableSlugs(_ name: String, _ slug: String) {
    #expect(EntityResolver.slug(name) == slug)
  }
}

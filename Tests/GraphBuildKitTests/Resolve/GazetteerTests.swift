import Testing
@testable import GraphBuildKit

@Suite struct GazetteerTests {
  let g = Fixtures.gazetteer

  @Test func countriesComeFromCLDR() {
    #expect(g.lookup("Білорусь")?.country == "BY")
    #expect(g.lookup("Литва")?.en == "Lithuania")
    #expect(g.lookup("Сполучені Штати")?.uk == "США")
  }

  @Test func shortNamesCapitalsAdjectivesOrganisations() {
    #expect(g.lookup("Штати")?.country == "US")
    #expect(g.capitals["мінськ"] == "BY")
    #expect(g.country(forAdjective: "білоруська")?.country == "BY")
    #expect(g.country(forAdjective: "американський")?.country == "US")
    #expect(g.lookup("ЄС")?.uk == "Європейський Союз")
    #expect(g.lookup("Європейський Союз")?.type == "Organization")
  }
}

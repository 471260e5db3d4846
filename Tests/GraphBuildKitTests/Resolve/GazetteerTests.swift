import Testing
@testable import GraphBuildKit

@Suite struct GazetteerTests {
  let g = Fixtures.gazetteer

  @Test func countriesComeFromCLDR() {
    #expect(g.lookup("Білорусь")?.country == "BY")
    #expect(g.lookup("Литва")?.en == "Lithuania")
    #expect(g.lookup("Сполучені Штати")?.uk == "США")
    #expect(g.lookup("Швейцарська Конфедерація")?.country == "CH")
  }

  @Test func aStatesFormalStyleIsStillItsName() {
    #expect(g.lookup("Республіка Польща")?.country == "PL")
    #expect(g.lookup("Королівство Швеція")?.country == "SE")
    #expect(g.lookup("Республіка")?.country == nil)
  }

  @Test func shortNamesCapitalsAdjectivesOrganisations() {
    #expect(g.lookup("Штати")?.country == "US")
    #expect(g.capitals["мінськ"] == "BY")
    #expect(g.country(forAdjective: "білоруська")?.country == "BY")
    #expect(g.country(forAdjective: "американський")?.country == "US")
    #expect(g.lookup("ЄС")?.uk == "Європейський Союз")
    #expect(g.lookup("Європейський Союз")?.type == "Organization")
  }

  @Test(arguments: [
    ("азербайджанський", "AZ"), ("вірменська", "AM"), ("норвезький", "NO"), ("узбецький", "UZ"), ("грузинський", "GE"),
    ("латвійський", "LV"), ("литовський", "LT"), ("бразильський", "BR"), ("словацький", "SK"), ("люксембурзький", "LU"),
    ("киргизький", "KG"), ("фінляндський", "FI"),
  ])
  func adjectivesNotListedAreDerivedFromTheCountrysName(_ adjective: String, _ code: String) {
    #expect(g.country(forAdjective: adjective)?.country == code)
  }

  @Test(arguments: ["московський", "європейський", "донецький", "світський", "людський", "азіатський"])
  func adjectivesOfCitiesAndContinentsNameNoCountry(_ adjective: String) {
    #expect(g.country(forAdjective: adjective) == nil)
  }

  @Test func inflectedNamesOfSeveralWordsMatchThroughTheirReadings() {
    let lemmatizer = Lemmatizer.shared
    #expect(g.match(["Сполученими", "Штатами"], lemmatizer: lemmatizer)?.entry.country == "US")
    #expect(g.match(["Європейського", "Союзу"], lemmatizer: lemmatizer)?.entry.uk == "Європейський Союз")
    // A word that no known name has settles it before the combinations are tried.
    #expect(g.match(["Європейського", "Коваля"], lemmatizer: lemmatizer) == nil)
    #expect(g.match(["Петро", "Коваль"], lemmatizer: lemmatizer) == nil)
  }
}

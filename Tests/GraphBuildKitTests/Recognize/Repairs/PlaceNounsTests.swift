import Testing
@testable import GraphBuildKit

@Suite struct PlaceNounsTests {
  @Test func aStreetsWordIsPartOfItsName() {
    var f = RepairFixture("Мітинг пройшов на вулиці Івасюка.", mentions: [("Івасюка", "PERS")])
    f.run(PlaceNouns())
    #expect(f.mentions == ["вулиці Івасюка/LOC"])
  }

  @Test func placesThatShareAPluralWordAreOneName() {
    var f = RepairFixture("Обстріли Луганської й Донецької областей тривали.", mentions: [("Луганської", "LOC"), ("Донецької", "LOC")])
    f.run(PlaceNouns())
    #expect(f.mentions == ["Луганської й Донецької областей/LOC"])
  }

  @Test func aPluralBeforeANameNamesTheCity() {
    var f = RepairFixture("Мітинги пройшли на вулицях Львова.", mentions: [("Львова", "LOC")])
    f.run(PlaceNouns())
    #expect(f.mentions == ["Львова/LOC"])
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct ExtendPersonWithUnknownWordTests {
  @Test func anUnknownCapitalisedWordIsTheRestOfTheName() {
    var f = RepairFixture("Брифінг провела Керолайн Лівітт.", mentions: [("Керолайн", "PERS")])
    f.run(ExtendPersonWithUnknownWord())
    #expect(f.mentions == ["Керолайн Лівітт/PERS"])
  }

  @Test func aKnownPlaceIsNot() {
    var f = RepairFixture("Брифінг провела Керолайн Прага.", mentions: [("Керолайн", "PERS")])
    f.run(ExtendPersonWithUnknownWord())
    #expect(f.mentions == ["Керолайн/PERS"])
  }
}

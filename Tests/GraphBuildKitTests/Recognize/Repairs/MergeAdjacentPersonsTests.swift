import Testing
@testable import GraphBuildKit

@Suite struct MergeAdjacentPersonsTests {
  @Test func twoPersonSpansSideBySideAreOneName() {
    var f = RepairFixture("Брифінг провела Керолайн Лівітт.", mentions: [("Лівітт", "PERS"), ("Керолайн", "PERS")])
    f.run(MergeAdjacentPersons())
    #expect(f.mentions == ["Керолайн Лівітт/PERS"])
  }

  @Test func nameParticlesJoinThem() {
    var f = RepairFixture("Виступила Урсула фон дер Ляєн.", mentions: [("Урсула", "PERS"), ("Ляєн", "PERS")])
    f.run(MergeAdjacentPersons())
    #expect(f.mentions == ["Урсула фон дер Ляєн/PERS"])
  }

  @Test func twoNamesWithFirstNamesAreTwoPeople() {
    var f = RepairFixture("Згадали Івана Петренка Марію Коваленко.", mentions: [("Івана Петренка", "PERS"), ("Марію Коваленко", "PERS")])
    f.run(MergeAdjacentPersons())
    #expect(f.mentions == ["Івана Петренка/PERS", "Марію Коваленко/PERS"])
  }

  @Test func aPlaceBeforeAFullNameIsThePlace() {
    var f = RepairFixture("Прийшов начальник управління Полтавщини Олексій Ткач.", mentions: [("Полтавщини", "PERS"), ("Олексій Ткач", "PERS")])
    f.run(MergeAdjacentPersons())
    #expect(f.mentions == ["Полтавщини/LOC", "Олексій Ткач/PERS"])
  }
}

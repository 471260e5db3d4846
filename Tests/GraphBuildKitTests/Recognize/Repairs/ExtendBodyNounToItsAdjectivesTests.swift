import Testing
@testable import GraphBuildKit

@Suite struct ExtendBodyNounToItsAdjectivesTests {
  @Test func aBodysNounTakesTheCapitalisedAdjectivesBeforeIt() {
    var f = RepairFixture("Він служив у Збройних Силах України десять років.", mentions: [("Силах України", "ORG")])
    f.run(ExtendBodyNounToItsAdjectives())
    #expect(f.mentions == ["Збройних Силах України/ORG"])
  }

  @Test func notALowerCaseWordNorAnotherName() {
    var f = RepairFixture("Кошти надійшли до нового Фонду минулого тижня.", mentions: [("Фонду", "ORG")])
    f.run(ExtendBodyNounToItsAdjectives())
    #expect(f.mentions == ["Фонду/ORG"])
    var h = RepairFixture("Щорічно Фонд звітує перед урядом.", mentions: [("Фонд", "ORG")])
    h.run(ExtendBodyNounToItsAdjectives())
    #expect(h.mentions == ["Фонд/ORG"])
    var k = RepairFixture("Засновником стало Сімферопольське ТОВ «Кримбуд».", mentions: [("ТОВ «Кримбуд»", "ORG")])
    k.run(ExtendBodyNounToItsAdjectives())
    #expect(k.mentions == ["ТОВ «Кримбуд»/ORG"])
    var g = RepairFixture("Посол Польщі відвідав Театр імені Франка.", mentions: [("Польщі", "LOC"), ("Театр імені Франка", "ORG")])
    g.run(ExtendBodyNounToItsAdjectives())
    #expect(g.mentions == ["Польщі/LOC", "Театр імені Франка/ORG"])
  }
}

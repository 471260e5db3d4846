import Testing
@testable import GraphBuildKit

@Suite struct ExtendBodyNounToItsComplementTests {
  @Test func aBodysNounGoesOnThroughItsComplement() {
    var f = RepairFixture("Вона є членкинею Української асоціації дослідниць жіночої історії з 2010 року.", mentions: [("Української асоціації", "ORG")])
    f.run(ExtendBodyNounToItsComplement())
    #expect(f.mentions == ["Української асоціації дослідниць жіночої історії/ORG"])
  }

  @Test func notIntoTheClausesOwnWords() {
    var f = RepairFixture("У Фонді кошти закінчилися.", mentions: [("Фонді", "ORG")])
    f.run(ExtendBodyNounToItsComplement())
    #expect(f.mentions == ["Фонді/ORG"])
  }

  @Test func notThroughAPronoun() {
    var f = RepairFixture("З 2007 року Раду цієї організації очолює економіст.", mentions: [("Раду", "ORG")])
    f.run(ExtendBodyNounToItsComplement())
    #expect(f.mentions == ["Раду/ORG"])
  }

  @Test func notPastAWordThatNeverInflects() {
    var f = RepairFixture("Стандарти ухвалили Французьку асоціацію нормалізації тощо.", mentions: [("Французьку асоціацію", "ORG")])
    f.run(ExtendBodyNounToItsComplement())
    #expect(f.mentions == ["Французьку асоціацію нормалізації/ORG"])
  }

  @Test func throughANounsIrregularPlural() {
    var f = RepairFixture("Вона працює в Товаристві захисту дітей у Києві.", mentions: [("Товаристві", "ORG")])
    f.run(ExtendBodyNounToItsComplement())
    #expect(f.mentions == ["Товаристві захисту дітей/ORG"])
  }

  @Test func throughAdjectivesJoinedByACoordinator() {
    var f = RepairFixture("Його призначили начальником обласного управління лісового та мисливського господарства минулого тижня.", mentions: [("обласного управління", "ORG")])
    f.run(ExtendBodyNounToItsComplement())
    #expect(f.mentions == ["обласного управління лісового та мисливського господарства/ORG"])
  }

  @Test func aNameEndingOnAnotherWordIsLeftAlone() {
    var f = RepairFixture("Він очолив Київський інститут Шевченка минулого року.", mentions: [("Київський інститут Шевченка", "ORG")])
    f.run(ExtendBodyNounToItsComplement())
    #expect(f.mentions == ["Київський інститут Шевченка/ORG"])
  }
}

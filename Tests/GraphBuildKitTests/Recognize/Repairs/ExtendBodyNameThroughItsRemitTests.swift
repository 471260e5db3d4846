import Testing
@testable import GraphBuildKit

@Suite struct ExtendBodyNameThroughItsRemitTests {
  @Test func throughARemitLeftHanging() {
    var f = RepairFixture("Вона виступала в Комітеті Ради Громад з питань рівності між містами.", mentions: [("Комітеті Ради Громад з питань", "ORG")])
    f.run(ExtendBodyNameThroughItsRemit())
    #expect(f.mentions == ["Комітеті Ради Громад з питань рівності/ORG"])
  }

  @Test func throughCoordinatedNounsAfterTheRemit() {
    var f = RepairFixture("Лист надіслала Державна служба з питань геодезії, картографії та кадастру минулого тижня.", mentions: [("Державна служба", "ORG")])
    f.run(ExtendBodyNameThroughItsRemit())
    #expect(f.mentions == ["Державна служба з питань геодезії, картографії та кадастру/ORG"])
  }

  @Test func aNamedRemitJoinsTheName() {
    var f = RepairFixture("Він очолював Національну комісію Країни у справах ЮНІКО.", mentions: [("Національну комісію Країни", "ORG"), ("ЮНІКО", "ORG")])
    f.run(ExtendBodyNameThroughItsRemit())
    #expect(f.mentions == ["Національну комісію Країни у справах ЮНІКО/ORG"])
  }

  @Test func throughWhatTheBodyIsAttachedTo() {
    var f = RepairFixture("Вона працювала в Представництві Країни при Світовому союзі, а потім у Відні.", mentions: [("Представництві Країни", "ORG"), ("Світовому союзі", "ORG")])
    f.run(ExtendBodyNameThroughItsRemit())
    #expect(f.mentions == ["Представництві Країни при Світовому союзі/ORG"])
  }

  @Test func notThroughAClauseOrAPerson() {
    var f = RepairFixture("Управління при цьому звернулося до суду. Рада при Івані Коваленку працювала краще.", mentions: [("Управління", "ORG"), ("Рада", "ORG"), ("Івані Коваленку", "PERS")])
    f.run(ExtendBodyNameThroughItsRemit())
    #expect(f.mentions == ["Управління/ORG", "Рада/ORG", "Івані Коваленку/PERS"])
  }

  @Test func notForANameWithoutABodysNoun() {
    var f = RepairFixture("Компанія «Веста» з питань якості не поступається.", mentions: [("«Веста»", "ORG")])
    f.run(ExtendBodyNameThroughItsRemit())
    #expect(f.mentions == ["«Веста»/ORG"])
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct WorkIsNoOrganizationTests {
  @Test func aLawOrADeclarationIsNoOrganisation() {
    var f = RepairFixture("Сторони підписали Декларацію прав народів учора.", mentions: [("Декларацію прав народів", "ORG")])
    f.run(WorkIsNoOrganization())
    #expect(f.mentions == ["Декларацію прав народів/MISC"])
  }

  @Test func theHeadNounComesAfterItsAdjectives() {
    var f = RepairFixture("Це був Галицько-Волинський літопис.", mentions: [("Галицько-Волинський літопис", "ORG")])
    f.run(WorkIsNoOrganization())
    #expect(f.mentions == ["Галицько-Волинський літопис/MISC"])
  }

  @Test func aBodyAndAFestivalStayOrganisations() {
    var f = RepairFixture(
      "Міністерство культури провело Всеукраїнський фестиваль кіно.",
      mentions: [("Міністерство культури", "ORG"), ("Всеукраїнський фестиваль кіно", "ORG")])
    f.run(WorkIsNoOrganization())
    #expect(f.mentions == ["Міністерство культури/ORG", "Всеукраїнський фестиваль кіно/ORG"])
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct BodyNounMakesNoPersonTests {
  @Test func aBodysNounOpensNoPerson() {
    var f = RepairFixture("Рада Європи ухвалила резолюцію.")
    let out = f.run(BodyNounMakesNoPerson(), on: "Рада Європи", label: "PERS")
    #expect(out.label == "ORG")
    #expect(out.span == "Рада Європи")
  }

  @Test func aFirstNameAfterItKeepsThePerson() {
    var f = RepairFixture("Сьогодні Рада Олена Петренко виступила.")
    #expect(f.run(BodyNounMakesNoPerson(), on: "Рада Олена Петренко", label: "PERS").label == "PERS")
  }

  @Test func aSpanEndingInABodysNounIsAnOrganisation() {
    var f = RepairFixture("Він служив у Збройних Силах десять років.")
    #expect(f.run(BodyNounMakesNoPerson(), on: "Збройних Силах", label: "PERS").label == "ORG")
  }

  @Test func notWithAFirstNameNorForOtherLabels() {
    var f = RepairFixture("Про це сказав Олег Сила на зустрічі.")
    #expect(f.run(BodyNounMakesNoPerson(), on: "Олег Сила", label: "PERS").label == "PERS")
    var g = RepairFixture("Він служив у Збройних Силах десять років.")
    #expect(g.run(BodyNounMakesNoPerson(), on: "Збройних Силах", label: "LOC").label == "LOC")
  }
}

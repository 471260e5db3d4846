import Testing
@testable import GraphBuildKit

@Suite struct BodyNounEndsNoPersonTests {
  @Test func aSpanEndingInABodysNounIsAnOrganisation() {
    var f = RepairFixture("Він служив у Збройних Силах десять років.")
    #expect(f.run(BodyNounEndsNoPerson(), on: "Збройних Силах", label: "PERS").label == "ORG")
  }

  @Test func notWithAFirstNameNorForOtherLabels() {
    var f = RepairFixture("Про це сказав Олег Сила на зустрічі.")
    #expect(f.run(BodyNounEndsNoPerson(), on: "Олег Сила", label: "PERS").label == "PERS")
    var g = RepairFixture("Він служив у Збройних Силах десять років.")
    #expect(g.run(BodyNounEndsNoPerson(), on: "Збройних Силах", label: "LOC").label == "LOC")
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct BodyNounOpensNoPersonTests {
  @Test func aBodysNounOpensNoPerson() {
    var f = RepairFixture("Рада Європи ухвалила резолюцію.")
    let out = f.run(BodyNounOpensNoPerson(), on: "Рада Європи", label: "PERS")
    #expect(out.label == "ORG")
    #expect(out.span == "Рада Європи")
  }

  @Test func aFirstNameAfterItKeepsThePerson() {
    var f = RepairFixture("Сьогодні Рада Олена Петренко виступила.")
    #expect(f.run(BodyNounOpensNoPerson(), on: "Рада Олена Петренко", label: "PERS").label == "PERS")
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct DropLowerCaseLeadTests {
  @Test func aLowerCaseLeadGoes() {
    var f = RepairFixture("Вона стала союзником Франції.")
    #expect(f.run(DropLowerCaseLead(), on: "союзником Франції", label: "LOC").span == "Франції")
  }

  @Test func aPersonsSpanIsLeftToThePersonPasses() {
    var f = RepairFixture("Вона стала союзником Франції.")
    #expect(f.run(DropLowerCaseLead(), on: "союзником Франції", label: "PERS").span == "союзником Франції")
  }
}

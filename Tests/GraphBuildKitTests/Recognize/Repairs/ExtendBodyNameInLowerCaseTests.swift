import Testing
@testable import GraphBuildKit

@Suite struct ExtendBodyNameInLowerCaseTests {
  @Test func aBodysNounGoesOnInLowerCase() {
    var f = RepairFixture("Санкції проти Корпусу вартових ісламської революції запровадили вчора.")
    let out = f.run(ExtendBodyNameInLowerCase(), on: "Корпусу", label: "PERS")
    #expect(out.span == "Корпусу вартових ісламської революції")
    #expect(out.label == "ORG")
  }

  @Test func itStopsAtAPreposition() {
    var f = RepairFixture("Санкції проти Корпусу в Ірані запровадили вчора.")
    #expect(f.run(ExtendBodyNameInLowerCase(), on: "Корпусу", label: "PERS").span == "Корпусу")
  }
}

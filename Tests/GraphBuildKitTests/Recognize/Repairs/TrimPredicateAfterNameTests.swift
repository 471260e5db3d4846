import Testing
@testable import GraphBuildKit

@Suite struct TrimPredicateAfterNameTests {
  @Test func anAdjectiveAfterTheNameIsThePredicate() {
    var f = RepairFixture("Він зазначив, що Державна служба статистики України зацікавлена в даних.")
    #expect(f.run(TrimPredicateAfterName(), on: "Державна служба статистики України зацікавлена", label: "ORG").span == "Державна служба статистики України")
  }

  @Test func aNounInTheGenitiveStays() {
    var f = RepairFixture("Зустріч провела Служба безпеки України.")
    #expect(f.run(TrimPredicateAfterName(), on: "Служба безпеки України", label: "ORG").span == "Служба безпеки України")
    var g = RepairFixture("Про це повідомила Рада Європи сьогодні.")
    #expect(g.run(TrimPredicateAfterName(), on: "Рада Європи сьогодні", label: "ORG").span == "Рада Європи сьогодні")
  }
}

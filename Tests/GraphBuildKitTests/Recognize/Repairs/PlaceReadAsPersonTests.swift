import Testing
@testable import GraphBuildKit

@Suite struct PlaceReadAsPersonTests {
  @Test func aTwoWordTownIsThePlace() {
    var f = RepairFixture("Нова Одеса отримала трансферти.")
    let out = f.run(PlaceReadAsPerson(), on: "Нова Одеса", label: "PERS")
    #expect(out.label == "LOC")
    #expect(out.verdict == .next)
  }

  @Test func aNameWithAGivenNameStaysAPerson() {
    var f = RepairFixture("Олександр Коваленко отримав премію.")
    #expect(f.run(PlaceReadAsPerson(), on: "Олександр Коваленко", label: "PERS").label == "PERS")
  }

  @Test func oneWordIsLeftAsTagged() {
    var f = RepairFixture("Хмельницький виступив.")
    #expect(f.run(PlaceReadAsPerson(), on: "Хмельницький", label: "PERS").label == "PERS")
  }
}

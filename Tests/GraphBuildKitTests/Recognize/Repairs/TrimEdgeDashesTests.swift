import Testing
@testable import GraphBuildKit

@Suite struct TrimEdgeDashesTests {
  @Test func aDashAtTheEdgeGoes() {
    var f = RepairFixture("Організатори виставки «Марка» - Асоціація філателістів України.")
    #expect(f.run(TrimEdgeDashes(), on: "- Асоціація філателістів України", label: "ORG").span == "Асоціація філателістів України")
  }

  @Test func aHyphenInsideANameStays() {
    var f = RepairFixture("Виступив Іван Петренко-Коваль.")
    #expect(f.run(TrimEdgeDashes(), on: "Іван Петренко-Коваль", label: "PERS").span == "Іван Петренко-Коваль")
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct NameOpeningSentenceTests {
  @Test func aSurnameOpeningTheSentenceIsAPerson() {
    var f = RepairFixture("Симоненка зустріли на вокзалі.")
    f.run(NameOpeningSentence())
    #expect(f.mentions == ["Симоненка/PERS"])
  }

  @Test func aRiverOpeningTheSentenceIsAPlace() {
    var f = RepairFixture("Ворсклу перейшли вбрід.")
    f.run(NameOpeningSentence())
    #expect(f.mentions == ["Ворсклу/LOC"])
  }

  @Test func aCommonWordOpeningTheSentenceIsNot() {
    var f = RepairFixture("Коваля зустріли на вокзалі.")
    f.run(NameOpeningSentence())
    #expect(f.mentions.isEmpty)
  }
}

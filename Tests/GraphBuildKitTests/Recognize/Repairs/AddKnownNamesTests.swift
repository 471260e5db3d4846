import Testing
@testable import GraphBuildKit

@Suite struct AddKnownNamesTests {
  @Test func aKnownNameTheTaggerMissedIsAdded() {
    var f = RepairFixture("Переговори відбулися в Кишиневі.")
    f.run(AddKnownNames())
    #expect(f.mentions == ["Кишиневі/LOC"])
    #expect(f.document.mentions.first?.known != nil)
  }

  @Test func aKnownNameReplacesTheTaggedPartsInIt() {
    var f = RepairFixture("Делегація Верховної Ради прибула.", mentions: [("Верховної", "PERS"), ("Ради", "PERS")])
    f.run(AddKnownNames())
    #expect(f.mentions == ["Верховної Ради/ORG"])
  }

  @Test func aNameInALongerOneIsLeftAlone() {
    var f = RepairFixture("Набув чинності Закон про бюджет. Згідно із Законом Канади це так.")
    f.run(AddKnownNames())
    #expect(!f.mentions.contains("Канади/LOC"))
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct DropTitleBeforeKnownNameTests {
  @Test func aTitleBeforeAKnownNameGoes() {
    var f = RepairFixture("Генеральний секретар ООН прибув до Праги.")
    #expect(f.run(DropTitleBeforeKnownName(), on: "Генеральний секретар ООН", label: "ORG").verdict == .done)
    #expect(f.mentions == ["ООН/ORG"])
  }

  @Test func aPostReadAsAPersonGoesToo() {
    var f = RepairFixture("Відбулася зустріч Комісара Європейського Союзу з головою уряду.")
    #expect(f.run(DropTitleBeforeKnownName(), on: "Комісара Європейського Союзу", label: "PERS").verdict == .done)
    #expect(f.mentions == ["Європейського Союзу/ORG"])
  }

  @Test func aBodysNameStaysWhole() {
    var f = RepairFixture("Міністерство фінансів Канади заявило про це.")
    #expect(f.run(DropTitleBeforeKnownName(), on: "Міністерство фінансів Канади", label: "ORG").verdict == .next)
    #expect(f.mentions.isEmpty)
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct DropTitleOpeningSentenceTests {
  @Test func aTitleOpeningTheSentenceGoes() {
    var f = RepairFixture("Президент Франції заявив про це.")
    #expect(f.run(DropTitleOpeningSentence(), on: "Президент Франції", label: "LOC").span == "Франції")
  }

  @Test func aStatesGovernmentLeavesTheState() {
    var f = RepairFixture("Уряд Японії ухвалив рішення.")
    #expect(f.run(DropTitleOpeningSentence(), on: "Уряд Японії", label: "ORG").span == "Японії")
  }

  @Test func aBodysOwnNameStaysWhole() {
    var f = RepairFixture("Міністерство фінансів Канади повідомило про це.")
    #expect(f.run(DropTitleOpeningSentence(), on: "Міністерство фінансів Канади", label: "ORG").span == "Міністерство фінансів Канади")
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct DropCapitalisedPostOpeningBodyTests {
  @Test func aCapitalisedPostBeforeABodyGoes() {
    var f = RepairFixture("Обрали Олександра Шубіна, заступника Голови Федерації профспілок України.")
    #expect(f.run(DropCapitalisedPostOpeningBody(), on: "Голови Федерації профспілок України", label: "ORG").span == "Федерації профспілок України")
  }

  @Test func aPostBeforeAnAbbreviationGoes() {
    var f = RepairFixture("Відбулися зустрічі Голови ДМС з колегами.")
    #expect(f.run(DropCapitalisedPostOpeningBody(), on: "Голови ДМС", label: "ORG").span == "ДМС")
  }

  @Test func aBodysOwnNameStaysWhole() {
    var f = RepairFixture("Він звернувся до Міністерства закордонних справ.")
    #expect(f.run(DropCapitalisedPostOpeningBody(), on: "Міністерства закордонних справ", label: "ORG").span == "Міністерства закордонних справ")
  }

  @Test func aPostBeforeLowerCaseWordsStays() {
    var f = RepairFixture("Про це сказав Голова правління банку.")
    #expect(f.run(DropCapitalisedPostOpeningBody(), on: "Голова правління", label: "ORG").span == "Голова правління")
  }
}

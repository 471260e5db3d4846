import Testing
@testable import GraphBuildKit

@Suite struct SplitAtClosingQuoteTests {
  @Test func aClosingQuoteEndsTheBodyBeforeThePerson() {
    var f = RepairFixture("Голова «Укрзалізниці» Олександр Петренко заявив.")
    #expect(f.run(SplitAtClosingQuote(), on: "Укрзалізниці» Олександр Петренко", label: "PERS").verdict == .done)
    #expect(f.mentions == ["Укрзалізниці/ORG", "Олександр Петренко/PERS"])
  }

  @Test func aSpanWithoutOneGoesOn() {
    var f = RepairFixture("Голова «Укрзалізниці» Олександр Петренко заявив.")
    #expect(f.run(SplitAtClosingQuote(), on: "Олександр Петренко", label: "PERS").span == "Олександр Петренко")
    #expect(f.mentions.isEmpty)
  }
}

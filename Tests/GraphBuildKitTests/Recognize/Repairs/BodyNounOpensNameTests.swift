import Testing
@testable import GraphBuildKit

@Suite struct BodyNounOpensNameTests {
  @Test func aCapitalisedBodyNounOpensTheName() {
    var f = RepairFixture("Виступив голова Представництва Європейського Союзу в Україні.", mentions: [("Європейського Союзу", "ORG")])
    f.run(BodyNounOpensName())
    #expect(f.mentions == ["Представництва Європейського Союзу/ORG"])
  }

  @Test func atASentencesStartToo() {
    var g = RepairFixture("Кабінет Міністрів України ухвалив постанову.", mentions: [("Міністрів України", "ORG")])
    g.run(BodyNounOpensName())
    #expect(g.mentions == ["Кабінет Міністрів України/ORG"])
  }

  @Test func notAPost() {
    var h = RepairFixture("Виступив Міністр Франції.", mentions: [("Франції", "LOC")])
    h.run(BodyNounOpensName())
    #expect(h.mentions == ["Франції/LOC"])
  }
}

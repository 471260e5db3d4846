import Testing
@testable import GraphBuildKit

@Suite struct BodyNounOpensNameTests {
  @Test func aCapitalisedBodyNounOpensTheName() {
    var f = RepairFixture("Виступив голова Представництва Європейського Союзу в Україні.", mentions: [("Європейського Союзу", "ORG")])
    f.run(BodyNounOpensName())
    #expect(f.mentions == ["Представництва Європейського Союзу/ORG"])
  }

  @Test func notAtASentencesStartNorAPost() {
    var g = RepairFixture("Посольства Франції закрито.", mentions: [("Франції", "LOC")])
    g.run(BodyNounOpensName())
    #expect(g.mentions == ["Франції/LOC"])
    var h = RepairFixture("Виступив Міністр Франції.", mentions: [("Франції", "LOC")])
    h.run(BodyNounOpensName())
    #expect(h.mentions == ["Франції/LOC"])
  }
}

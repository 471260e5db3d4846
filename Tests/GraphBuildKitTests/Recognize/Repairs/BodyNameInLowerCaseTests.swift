import Testing
@testable import GraphBuildKit

@Suite struct BodyNameInLowerCaseTests {
  @Test func aCapitalisedBodysNounOpensAName() {
    var f = RepairFixture("Вона очолює виконавчу раду Спілки українських підприємців з травня.")
    f.run(BodyNameInLowerCase())
    #expect(f.mentions == ["Спілки українських підприємців/ORG"])
  }

  @Test func theStateAfterItIsPartOfTheName() {
    var f = RepairFixture("Документи передали до Центру стратегічних досліджень України вчора.", mentions: [("України", "LOC")])
    f.run(BodyNameInLowerCase())
    #expect(f.mentions == ["Центру стратегічних досліджень України/ORG"])
  }

  @Test func aSentenceGoingOnIsNoName() {
    var f = RepairFixture("Тоді для Церкви були такі погані часи.")
    f.run(BodyNameInLowerCase())
    #expect(f.mentions.isEmpty)
  }
}

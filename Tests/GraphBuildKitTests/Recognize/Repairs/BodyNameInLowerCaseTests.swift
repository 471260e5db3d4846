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

  @Test func aBodyInThePluralAfterItsAdjectives() {
    var f = RepairFixture("До Збройних сил України прийшли добровольці.", mentions: [("України", "LOC")])
    f.run(BodyNameInLowerCase())
    #expect(f.mentions == ["Збройних сил України/ORG"])
    var g = RepairFixture("Це знає головнокомандувач Об’єднаних збройних сил НАТО в Європі.", mentions: [("НАТО", "ORG"), ("Європі", "LOC")])
    g.run(BodyNameInLowerCase())
    #expect(g.mentions.contains("Об’єднаних збройних сил НАТО/ORG"))
  }

  @Test func aNounInTheGenitivePluralGoesOn() {
    var f = RepairFixture("Її обрали до Палати представників минулого року.")
    f.run(BodyNameInLowerCase())
    #expect(f.mentions == ["Палати представників/ORG"])
  }

  @Test func aSentenceGoingOnIsNoName() {
    var f = RepairFixture("Тоді для Церкви були такі погані часи.")
    f.run(BodyNameInLowerCase())
    #expect(f.mentions.isEmpty)
  }
}

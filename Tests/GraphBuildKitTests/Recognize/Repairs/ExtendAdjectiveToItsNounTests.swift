import Testing
@testable import GraphBuildKit

@Suite struct ExtendAdjectiveToItsNounTests {
  @Test func aLoneAdjectiveGoesOnToItsNoun() {
    var f = RepairFixture("Її прийняли до Національної спілки художників.", mentions: [("Національної", "ORG")])
    f.run(ExtendAdjectiveToItsNoun())
    #expect(f.mentions == ["Національної спілки художників/ORG"])
  }

  @Test func itStopsAtAPreposition() {
    var f = RepairFixture("Переміг на Міжнародному конкурсі у Львові.", mentions: [("Міжнародному", "ORG")])
    f.run(ExtendAdjectiveToItsNoun())
    #expect(f.mentions == ["Міжнародному конкурсі/ORG"])
  }

  @Test func aNounIsLeftAlone() {
    var f = RepairFixture("Кошти надійшли до Фонду минулого тижня.", mentions: [("Фонду", "ORG")])
    f.run(ExtendAdjectiveToItsNoun())
    #expect(f.mentions == ["Фонду/ORG"])
  }
}

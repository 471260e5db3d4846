import Testing
@testable import GraphBuildKit

@Suite struct LatinNameAfterGenericNounIsNoPersonTests {
  @Test func aLatinNameAfterAGenericNounIsNoPerson() {
    var f = RepairFixture("Він написав у мережі Meta Threads про це.", mentions: [("Meta Threads", "PERS")])
    f.run(LatinNameAfterGenericNounIsNoPerson())
    #expect(f.mentions == ["Meta Threads/ORG"])
  }

  @Test func aLatinPersonAfterAPostStaysAPerson() {
    var f = RepairFixture("Заяву зробив директор Giancarlo Rossi учора.", mentions: [("Giancarlo Rossi", "PERS")])
    f.run(LatinNameAfterGenericNounIsNoPerson())
    #expect(f.mentions == ["Giancarlo Rossi/PERS"])
  }

  @Test func aCyrillicOwnerStaysAPerson() {
    var f = RepairFixture("Акції компанії Петра Коваленка подешевшали.", mentions: [("Петра Коваленка", "PERS")])
    f.run(LatinNameAfterGenericNounIsNoPerson())
    #expect(f.mentions == ["Петра Коваленка/PERS"])
  }
}

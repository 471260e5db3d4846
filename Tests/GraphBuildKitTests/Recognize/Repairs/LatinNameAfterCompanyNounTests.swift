import Testing
@testable import GraphBuildKit

@Suite struct LatinNameAfterCompanyNounTests {
  @Test func aLatinNameAfterACompanysNounIsAnOrganisation() {
    var f = RepairFixture("Кредит видав банк OTP.", mentions: [("OTP", "LOC")])
    f.run(LatinNameAfterCompanyNoun())
    #expect(f.mentions == ["OTP/ORG"])
  }

  @Test func anUntaggedOneIsAdded() {
    var f = RepairFixture("Турбіни постачає компанія General Electric.")
    f.run(LatinNameAfterCompanyNoun())
    #expect(f.mentions == ["General Electric/ORG"])
  }
}

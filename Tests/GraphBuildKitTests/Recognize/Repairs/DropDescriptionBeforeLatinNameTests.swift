import Testing
@testable import GraphBuildKit

@Suite struct DropDescriptionBeforeLatinNameTests {
  @Test func theWordsBeforeALatinNameGo() {
    var f = RepairFixture("Контракт отримала литовська енергетична компанія Ignitis.")
    #expect(f.run(DropDescriptionBeforeLatinName(), on: "енергетична компанія Ignitis", label: "ORG").span == "Ignitis")
  }

  @Test func aCyrillicNameStays() {
    var f = RepairFixture("Контракт отримала енергетична компанія Енергоатом.")
    #expect(f.run(DropDescriptionBeforeLatinName(), on: "компанія Енергоатом", label: "ORG").span == "компанія Енергоатом")
  }
}

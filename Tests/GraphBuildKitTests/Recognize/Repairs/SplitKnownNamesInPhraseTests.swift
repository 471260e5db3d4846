import Testing
@testable import GraphBuildKit

@Suite struct SplitKnownNamesInPhraseTests {
  @Test func aPhraseWithSeveralKnownNamesIsThoseNames() {
    var f = RepairFixture("Переговори з Канадою та її союзником Францією тривають.")
    #expect(f.run(SplitKnownNamesInPhrase(), on: "Канадою та її союзником Францією", label: "MISC").verdict == .done)
    #expect(f.mentions == ["Канадою/LOC", "Францією/LOC"])
  }

  @Test func aTitleWithOneKnownNameStays() {
    var f = RepairFixture("Набув чинності Закон Канади «Про санкції».")
    #expect(f.run(SplitKnownNamesInPhrase(), on: "Закон Канади «Про санкції»", label: "MISC").verdict == .next)
  }
}

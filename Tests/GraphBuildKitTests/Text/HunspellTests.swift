import Testing
@testable import GraphBuildKit

@Suite struct HunspellTests {
  /// `isKnown` answers through the stems; it must agree with `spell` on every kind of form:
  /// inflected, a name known only capitalised, a misspelling, and a compound with a hyphen
  /// (correct without a stem of its own).
  @Test(arguments: ["кошти", "компанії", "київ", "Київ", "Києві", "мінстерство", "ксжщ", "онлайн-магазинів", "газопроводу-відводу"])
  func isKnownAgreesWithSpell(_ word: String) throws {
    let h = try #require(Hunspell.shared)
    #expect(h.isKnown(word) == h.spell(word))
  }

  @Test func knownAndUnknownForms() throws {
    let h = try #require(Hunspell.shared)
    #expect(h.isKnown("компанії"))
    #expect(!h.isKnown("ксжщ"))
    #expect(h.isKnown("онлайн-магазинів"))
  }
}

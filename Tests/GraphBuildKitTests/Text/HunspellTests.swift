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

  /// Lookups from several threads at once, through as many handles as the pool opens, give
  /// what one thread gets.
  @Test func lookupsOnSeveralThreadsAgreeWithOne() throws {
    let words = ["кошти", "компанії", "Києві", "мінстерство", "ксжщ", "онлайн-магазинів", "переговорів", "санкціями", "урядом", "Шевченка"]
    let serial = try #require(try? Hunspell())
    let expected = words.map { (serial.spell($0), serial.stems($0)) }
    let shared = try Hunspell()
    let rounds = Array(0..<64)
    let answers = parallelMap(rounds, jobs: 4) { r in words.map { w in (shared.spell(w), shared.stems(w)) }[r % words.count] }
    for (r, answer) in zip(rounds, answers) {
      #expect(answer.0 == expected[r % words.count].0)
      #expect(answer.1 == expected[r % words.count].1)
    }
  }
}

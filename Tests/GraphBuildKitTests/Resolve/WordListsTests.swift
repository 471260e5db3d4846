import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct WordListsTests {
  let lists = Fixtures.gazetteer.wordLists

  @Test func placesFromGeoNamesAndISO() {
    #expect(lists.placeCount > 20_000)
    #expect(lists.placeKind("Калуш") == .city)
    #expect(lists.placeKind("Баварія") == .region)
    #expect(lists.placeKind("калуш") == nil)
  }

  @Test func theApostropheIsOneWhateverItsSpelling() {
    // VESUM writes ', places.tsv ’; texts write either, or ʼ.
    for form in ["в'ячеслава", "в’ячеслава", "вʼячеслава"] {
      #expect(lists.nameClasses(form).contains(.firstName), "\(form)")
      #expect(lists.nameLemmas(form).first?.lemma == "В'ячеслав", "\(form)")
    }
    for name in ["Мар'їнка", "Мар’їнка", "Марʼїнка"] { #expect(lists.placeKind(name) != nil, "\(name)") }
  }

  @Test func everyFormOfVESUMNames() {
    #expect(lists.nameFormCount > 100_000)
    #expect(lists.nameClasses("петренком").contains(.surname))
    #expect(lists.nameClasses("петрові").contains(.firstName))
    #expect(lists.nameClasses("олександрівною").contains(.patronymic))
    #expect(lists.nameClasses("оон").contains(.abbreviation))
    #expect(lists.nameClasses("стіл").isEmpty)
    #expect(lists.nameClasses("збручем") == .geographical)
    #expect(lists.nameClasses("ашану") == .otherProper)
    #expect(lists.nameClasses("нато").isSuperset(of: [.abbreviation, .otherProper]))
    #expect(lists.nameClasses("змі") == .abbreviation)  // a common noun's
  }

  @Test func classLettersAndLemmasAsWritten() throws {
    let dir = Fixtures.temporaryDirectory()
    let lines = "# test\nІвано-Франківськ\tG\tівано-франківськ івано-франківська\nКоваль\tNS\tковаль коваля\nАльфабанк\tO\tальфабанку\n"
    try Data(lines.utf8).write(to: dir.appendingPathComponent("names.tsv"))
    let small = WordLists.load(from: dir)
    #expect(small.nameFormCount == 5)
    #expect(small.nameClasses("івано-франківська") == .geographical)
    #expect(small.nameClasses("коваля") == [.firstName, .surname])
    #expect(small.nameClasses("альфабанку") == .otherProper)
    #expect(small.nameLemmas("івано-франківська").map(\.lemma) == ["Івано-Франківськ"])
  }

  @Test func missingFilesLeaveTheListsEmpty() {
    let empty = WordLists.load(from: Fixtures.temporaryDirectory())
    #expect(empty.placeCount == 0 && empty.nameFormCount == 0)
  }
}

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

  @Test func everyFormOfVESUMNames() {
    #expect(lists.nameFormCount > 100_000)
    #expect(lists.nameClasses("петренком").contains(.surname))
    #expect(lists.nameClasses("петрові").contains(.firstName))
    #expect(lists.nameClasses("олександрівною").contains(.patronymic))
    #expect(lists.nameClasses("оон").contains(.abbreviation))
    #expect(lists.nameClasses("стіл").isEmpty)
  }

  @Test func missingFilesLeaveTheListsEmpty() {
    let empty = WordLists.load(from: Fixtures.temporaryDirectory())
    #expect(empty.placeCount == 0 && empty.nameFormCount == 0)
  }
}

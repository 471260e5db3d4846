import Testing
@testable import GraphBuildKit

@Suite struct SplitStateAndPersonTests {
  @Test func aStateAndThePersonAfterItAreTwo() {
    var f = RepairFixture("Зустрівся з президентом Франції Емманюелем Макроном.")
    #expect(f.run(SplitStateAndPerson(), on: "Франції Емманюелем Макроном", label: "PERS").verdict == .done)
    #expect(f.mentions == ["Франції/LOC", "Емманюелем Макроном/PERS"])
  }

  @Test func aPersonWithInitialsAfterAState() {
    var f = RepairFixture("Делегація зустрілася з Послом України в Республіці Польща Дещицею А.Б. у Варшаві.")
    #expect(f.run(SplitStateAndPerson(), on: "Республіці Польща Дещицею А.Б.", label: "PERS").verdict == .done)
    #expect(f.mentions == ["Республіці Польща/LOC", "Дещицею А.Б./PERS"])
  }

  @Test func itSettlesEverySpan() {
    var f = RepairFixture("Делегація прибула до Праги.")
    #expect(f.run(SplitStateAndPerson(), on: "Праги", label: "LOC").verdict == .done)
    #expect(f.mentions == ["Праги/LOC"])
  }

  @Test func aPostWithAPersonEndsInThePerson() {
    let f = RepairFixture("Заяву зробив Офіс президента Андрій Петренко.")
    let range = RepairFixture.range(of: "Офіс президента Андрій Петренко", in: f.document)
    let parts = SplitStateAndPerson.split(range, label: "ORG", recognizer: Fixtures.recognizer, tokens: f.document.tokens).map { f.text($0.0) + "/" + $0.1 }
    #expect(parts == ["Офіс президента/ORG", "Андрій Петренко/PERS"])
  }

  @Test func aLatinNameGoesOnPastAStatesName() {
    var f = RepairFixture(
      "Представник організації Free Russia Foundation Григорій Фролов додав.",
      spans: [("Free Russia Foundation", "ORG"), ("Григорій Фролов", "PERS")])
    #expect(f.run(SplitStateAndPerson(), on: "Free Russia Foundation", label: "ORG").verdict == .done)
    #expect(f.mentions == ["Free Russia Foundation/ORG"])
  }

  @Test func aTownAndItsHeadAreTwo() {
    var f = RepairFixture("Про це сказав міський голова Нової Одеси Павло Сидоренко.")
    #expect(f.run(SplitStateAndPerson(), on: "Нової Одеси Павло Сидоренко", label: "PERS").verdict == .done)
    #expect(f.mentions == ["Нової Одеси/LOC", "Павло Сидоренко/PERS"])
  }

  @Test func aSurnameThatIsATownStaysInTheName() {
    var f = RepairFixture("Засновником фірми є Мельник Андрій Володимирович.")
    #expect(f.run(SplitStateAndPerson(), on: "Мельник Андрій Володимирович", label: "PERS").verdict == .done)
    #expect(f.mentions == ["Мельник Андрій Володимирович/PERS"])
  }

  @Test func anAbbreviationAndThePersonAfterItAreTwo() {
    var f = RepairFixture("На семінарі був голова РДА Петро Коваленко.")
    #expect(f.run(SplitStateAndPerson(), on: "РДА Петро Коваленко", label: "ORG").verdict == .done)
    #expect(f.mentions == ["РДА/ORG", "Петро Коваленко/PERS"])
  }

  @Test func aRegionAndThePersonAfterItAreTwo() {
    var f = RepairFixture("На нараді був начальник управління Полтавщини Петро Коваленко.")
    #expect(f.run(SplitStateAndPerson(), on: "Полтавщини Петро Коваленко", label: "PERS").verdict == .done)
    #expect(f.mentions == ["Полтавщини/LOC", "Петро Коваленко/PERS"])
  }

  @Test func aGivenNameAtTheEndOfABodyIsThePersons() {
    let f = RepairFixture("Голова Ічнянської міської ТВК Ганна Мороз розповіла про вибори.")
    let range = RepairFixture.range(of: "Ічнянської міської ТВК Ганна", in: f.document)
    let person = RepairFixture.range(of: "Мороз", in: f.document)
    let parts = SplitStateAndPerson.split(
      range, label: "ORG", recognizer: Fixtures.recognizer, tokens: f.document.tokens, personAt: { $0 == person.lowerBound }
    ).map { f.text($0.0) + "/" + $0.1 }
    #expect(parts == ["Ічнянської міської ТВК/ORG", "Ганна/PERS"])
    // Not a saint's name in a church's.
    let church = RepairFixture("Службу провели у Церкві Святого Миколая Петро Коваленко і гості.")
    let name = RepairFixture.range(of: "Церкві Святого Миколая", in: church.document)
    let kept = SplitStateAndPerson.split(name, label: "ORG", recognizer: Fixtures.recognizer, tokens: church.document.tokens, personAt: { _ in true })
    #expect(kept.count == 1)
  }
}

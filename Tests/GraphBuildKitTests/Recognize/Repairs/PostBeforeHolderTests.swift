import Testing
@testable import GraphBuildKit

@Suite struct PostBeforeHolderTests {
  @Test func aPostBeforeItsHolderIsNoBody() {
    var f = RepairFixture("Заяву зробив Міністр оборони Петро Коваленко.", mentions: [("Міністр оборони", "ORG"), ("Петро Коваленко", "PERS")])
    f.run(PostBeforeHolder())
    #expect(f.mentions == ["Петро Коваленко/PERS"])
  }

  @Test func aPostThatNamesAStateKeepsTheState() {
    var f = RepairFixture(
      "Відповіла Міністр енергетики Сербії Дубравка Джедович.", mentions: [("Міністр енергетики Сербії", "ORG"), ("Дубравка Джедович", "PERS")])
    f.run(PostBeforeHolder())
    #expect(f.mentions == ["Сербії/LOC", "Дубравка Джедович/PERS"])
  }
}

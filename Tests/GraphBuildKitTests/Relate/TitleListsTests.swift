import Testing
@testable import GraphBuildKit

@Suite struct TitleListsTests {
  static let register =
    "Засновниками громадської організації «Клуб рибалок Полісся» є депутат Київської облради Петро Гайовий, депутат Бучанської міськради (позапартійний), начальник Бучанського управління юстиції Ірина Шмат, голова Бучанської РДА, депутат Бучанської міськради Олег Коваль, а також директор ТОВ «Левада» Юлія Мороз."

  /// An item that names nobody is the next holder's, in a list where posts come before names.
  @Test func aPostWithNoNameGoesToTheNextHolder() {
    let g = Fixtures.graph([Self.register])
    #expect(g.namedTriples.contains { $0.hasPrefix("Ірина Шмат memberOf") && $0.contains("Бучанськ") && $0.contains("рад") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Олег Коваль leaderOf") && $0.contains("РДА") })
    #expect(!g.namedTriples.contains { $0.hasPrefix("Петро Гайовий memberOf") && $0.contains("Бучанськ") })
    #expect(!g.namedTriples.contains { $0.hasPrefix("Ірина Шмат leaderOf") && $0.contains("РДА") })
  }

  /// The post the copula gives to a list goes to every holder, each named after posts of its own.
  @Test func theCopulasPostGoesToEveryHolderOfTheList() {
    let g = Fixtures.graph([Self.register])
    for name in ["Петро Гайовий", "Ірина Шмат", "Олег Коваль", "Юлія Мороз"] {
      #expect(g.namedTriples.contains { $0.hasPrefix("\(name) memberOf") && $0.contains("Клуб рибалок") }, "\(name)")
    }
  }

  /// Where the name comes first, a post after its comma is still that name's.
  @Test func aPostAfterANameIsThatNames() {
    let g = Fixtures.graph([
      "Петро Гайовий, депутат Бучанської міськради, заявив про це журналістам.",
      "Засновником ТОВ «Левада» є Анна Шмат, депутат Ірпінської міськради, та Олег Коваль.",
    ])
    #expect(g.namedTriples.contains { $0.hasPrefix("Петро Гайовий memberOf") && $0.contains("Бучанськ") })
    #expect(g.namedTriples.contains { $0.hasPrefix("Анна Шмат memberOf") && $0.contains("Ірпінськ") })
    #expect(!g.namedTriples.contains { $0.hasPrefix("Олег Коваль memberOf") && $0.contains("Ірпінськ") })
  }
}

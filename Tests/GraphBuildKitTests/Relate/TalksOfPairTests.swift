import Testing
@testable import GraphBuildKit

@Suite struct TalksOfPairTests {
  @Test func talksOfTwoSidesJoinedByACoordinator() {
    let g = Fixtures.graph([
      "Восени в Римі пройшли переговори лідерів Молдови та Румунії, проте прориву не сталося.",
      "У Відні тривали переговори між Грузією та Туреччиною.",
      "Переговори делегацій Литви і Польщі тривали три дні.",
      "Учора відбулася зустріч Петра Іваненка та Максима Стельмаха.",
    ])
    #expect(g.namedTriples.contains { $0.contains("Молдова negotiatesWith Румунія") || $0.contains("Румунія negotiatesWith Молдова") })
    #expect(g.namedTriples.contains { $0.contains("Грузія negotiatesWith Туреччина") || $0.contains("Туреччина negotiatesWith Грузія") })
    #expect(g.namedTriples.contains { $0.contains("Литва negotiatesWith Польща") || $0.contains("Польща negotiatesWith Литва") })
    #expect(g.namedTriples.contains { $0.contains("Петро Іваненко negotiatesWith Максим Стельмах") || $0.contains("Максим Стельмах negotiatesWith Петро Іваненко") })
  }

  @Test func notForOtherGroupsNorOneSideOfTalksWithAThird() {
    let g = Fixtures.graph([
      "Відбулася зустріч випускників Київського університету та Львівської політехніки.",
      "Переговори лідерів Молдови та Румунії з Туреччиною тривали.",
      "Не було переговорів між Грузією та Туреччиною.",
      "Зустріч Петра Іваненка та Грузії відбулася.",
    ])
    #expect(!g.namedTriples.contains { $0.contains("negotiatesWith") })
  }
}

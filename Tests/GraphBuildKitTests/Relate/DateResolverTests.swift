import Testing
@testable import GraphBuildKit

@Suite struct DateResolverTests {
  func dates(_ text: String, _ docDate: String?) -> [String] {
    let tokens = Tokenizer().tokenize(ScalarText(text))
    return DateResolver(documentDate: docDate).dates(in: tokens[...]).map(\.1)
  }

  @Test func resolvesAgainstTheDocumentDate() {
    #expect(dates("22 листопада він помилував", "2025-11-26") == ["2025-11-22"])
    #expect(dates("у вересні відпустила", "2025-11-26") == ["2025-09"])
    #expect(dates("21 червня – 14 осіб, 11 вересня – 51", "2025-11-26") == ["2025-06-21", "2025-09-11"])
    #expect(dates("Минулого місяця ЄС посилив", "2025-11-26") == ["2025-10"])
    #expect(dates("28 грудня", "2025-01-10") == ["2024-12-28"])
  }

  @Test func keepsExplicitYearsAndDottedDates() {
    #expect(dates("4 листопада 2024 року та 11.09.2025", nil) == ["2024-11-04", "2025-09-11"])
  }

  @Test func withoutADocumentDateGivesMonthAndDayOnly() {
    #expect(dates("22 листопада", nil) == ["--11-22"])
  }

  @Test(arguments: [("2024-02-29", true), ("2025-02-29", false), ("2025-13-45", false), ("2025-04-31", false), ("2025-12-31", true), ("25-12-31", false)])
  func isoDatesAreRealDays(date: String, valid: Bool) {
    #expect(DateResolver.isValidISODate(date) == valid)
  }
}

import Foundation

/// Finds date expressions in a sentence and resolves them against the document's date:
/// "22 листопада" -> 2025-11-22, "у вересні" -> 2025-09, "минулого місяця" -> 2025-10.
public struct DateResolver: Sendable {
  static let genitive = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"]
  static let locative = ["січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні", "жовтні", "листопаді", "грудні"]

  public var documentDate: String?

  public init(documentDate: String?) { self.documentDate = documentDate }

  var docYear: Int? { documentDate.flatMap { Int($0.prefix(4)) } }
  var docMonth: Int? { documentDate.flatMap { $0.count >= 7 ? Int($0.dropFirst(5).prefix(2)) : nil } }
  var docDay: Int? { documentDate.flatMap { $0.count >= 10 ? Int($0.dropFirst(8).prefix(2)) : nil } }

  /// Whether `s` is YYYY-MM-DD naming a day of the Gregorian calendar (2024-02-29 is, 2025-13-45 is not).
  public static func isValidISODate(_ s: String) -> Bool {
    guard let m = s.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})/), let y = Int(m.1), let mo = Int(m.2), let d = Int(m.3) else { return false }
    guard (1...12).contains(mo), d >= 1 else { return false }
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return d <= days[mo - 1]
  }

  static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  /// A year for a month and day with none given: the document's, or the year before when
  /// that would put the date after publication.
  func year(month: Int, day: Int?) -> Int? {
    guard let y = docYear, let m = docMonth else { return docYear }
    if month > m || (month == m && (day ?? 1) > (docDay ?? 31)) { return y - 1 }
    return y
  }

  /// (token index where the expression starts, ISO date or month) for each date in the tokens.
  public func dates(in tokens: ArraySlice<Token>) -> [(Int, String)] {
    var out: [(Int, String)] = []
    let idx = Array(tokens.indices)
    let toks = Array(tokens)
    var i = 0
    while i < toks.count {
      let t = toks[i]
      let lower = t.text.lowercasedFast()
      func explicitYear(after k: Int) -> Int? {
        if k < toks.count, toks[k].kind == .number, let y = Int(toks[k].text), y > 1900, y < 2100 { return y }
        return nil
      }
      if t.kind == .date {
        let parts = t.text.split(separator: ".")
        if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) {
          out.append((idx[i], "\(y)-\(Self.pad(m))-\(Self.pad(d))"))
        }
      } else if t.kind == .number, let d = Int(t.text), d >= 1, d <= 31, i + 1 < toks.count,
        let m = Self.genitive.firstIndex(of: toks[i + 1].text.lowercasedFast())
      {
        let month = m + 1
        if let y = explicitYear(after: i + 2) ?? year(month: month, day: d) {
          out.append((idx[i], "\(y)-\(Self.pad(month))-\(Self.pad(d))"))
        } else {
          out.append((idx[i], "--\(Self.pad(month))-\(Self.pad(d))"))
        }
        i += 2
        continue
      } else if (lower == "у" || lower == "в") && i + 1 < toks.count,
        let m = Self.locative.firstIndex(of: toks[i + 1].text.lowercasedFast())
      {
        let month = m + 1
        if let y = explicitYear(after: i + 2) ?? year(month: month, day: nil) {
          out.append((idx[i], "\(y)-\(Self.pad(month))"))
        } else {
          out.append((idx[i], "--\(Self.pad(month))"))
        }
        i += 2
        continue
      } else if (lower == "минулого" || lower == "цього" || lower == "наступного") && i + 1 < toks.count,
        let y = docYear
      {
        let next = toks[i + 1].text.lowercasedFast()
        let shift = lower == "минулого" ? -1 : (lower == "цього" ? 0 : 1)
        if next == "місяця", let m = docMonth {
          var month = m + shift
          var year = y
          if month < 1 { month = 12; year -= 1 }
          if month > 12 { month = 1; year += 1 }
          out.append((idx[i], "\(year)-\(Self.pad(month))"))
        } else if next == "року" {
          out.append((idx[i], "\(y + shift)"))
        }
      } else if t.kind == .number, let y = Int(t.text), y > 1900, y < 2100, i + 1 < toks.count,
        ["році", "року", "рік"].contains(toks[i + 1].text.lowercasedFast())
      {
        // Skip years that belong to a day-month expression already taken.
        if !(i >= 2 && Self.genitive.contains(toks[i - 1].text.lowercasedFast())) { out.append((idx[i], "\(y)")) }
      }
      i += 1
    }
    return out
  }
}

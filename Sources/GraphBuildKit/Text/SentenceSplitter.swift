/// Finds sentence boundaries in a token stream.
///
/// A full stop ends a sentence unless it follows an initial (Т. Шевченко) or a known
/// abbreviation (вул., ім., р.), closing quotes and brackets after the stop stay with the
/// sentence, and a line break always ends one (headlines and captions carry no stop).
public struct SentenceSplitter: Sendable {
  /// Lower-cased abbreviations that a full stop does not end a sentence after.
  public var abbreviations: Set<String>

  public static let defaultAbbreviations: Set<String> = [
    "ім", "вул", "м", "р", "рр", "т", "д", "ст", "с", "смт", "обл", "просп", "пл", "пров",
    "буд", "кв", "грн", "тис", "млн", "млрд", "коп", "див", "напр", "проф", "акад", "доц",
    "канд", "і", "п", "пп", "тел", "с.г", "н.е", "др", "ген", "о", "св", "зб", "вид", "рис",
    "табл", "гл", "англ", "укр", "рос", "лат", "нім", "франц", "мін", "сек", "год", "км",
    "кг", "див", "ред", "упор", "пер", "тощо", "ін", "дж", "mr", "mrs", "dr", "st", "jr", "vs",
  ]

  public init(abbreviations: Set<String> = SentenceSplitter.defaultAbbreviations) {
    self.abbreviations = abbreviations
  }

  public func split(_ tokens: [Token], in text: ScalarText) -> [Sentence] {
    var sentences: [Sentence] = []
    var start = 0
    let s = text.scalars
    func close(_ end: Int) {
      guard end > start else { return }
      sentences.append(
        Sentence(
          tokenRange: start..<end, scalarStart: tokens[start].scalarStart,
          scalarEnd: tokens[end - 1].scalarEnd))
      start = end
    }
    var i = 0
    while i < tokens.count {
      let token = tokens[i]
      // A line break between this token and the next ends the sentence.
      if i + 1 < tokens.count {
        var lineBreak = false
        var k = token.scalarEnd
        while k < tokens[i + 1].scalarStart {
          if s[k] == "\n" || s[k] == "\r" || s[k] == "\u{2029}" { lineBreak = true; break }
          k += 1
        }
        if isTerminal(token) {
          // Absorb closing quotes and brackets on the same line.
          var j = i + 1
          while j < tokens.count && isCloser(tokens[j]) && !lineBetween(tokens[j - 1], tokens[j], s) { j += 1 }
          if j > i + 1 {
            if j >= tokens.count || startsSentence(tokens[j]) || lineBetween(tokens[j - 1], tokens[j], s) {
              close(j)
              i = j
              continue
            }
          } else if endsHere(at: i, tokens) {
            close(i + 1)
            i += 1
            continue
          }
        }
        if lineBreak {
          close(i + 1)
        }
      }
      i += 1
    }
    close(tokens.count)
    return sentences
  }

  private func lineBetween(_ a: Token, _ b: Token, _ s: [Unicode.Scalar]) -> Bool {
    var k = a.scalarEnd
    while k < b.scalarStart {
      if s[k] == "\n" || s[k] == "\r" { return true }
      k += 1
    }
    return false
  }

  private func isTerminal(_ t: Token) -> Bool {
    t.kind == .punctuation && (t.text == "." || t.text == "!" || t.text == "?" || t.text == "..." || t.text == "…" || t.text == "?!" )
  }

  private func isCloser(_ t: Token) -> Bool {
    (t.kind == .quote && t.text != "«" && t.text != "„") || t.text == ")" || t.text == "]"
  }

  private func startsSentence(_ t: Token) -> Bool {
    switch t.kind {
    case .word: return t.isCapitalized
    case .number, .date, .dash: return true
    case .quote: return t.text == "«" || t.text == "„" || t.text == "\"" || t.text == "“"
    default: return t.text == "(" || t.text == "["
    }
  }

  private func endsHere(at i: Int, _ tokens: [Token]) -> Bool {
    guard i + 1 < tokens.count else { return true }
    let next = tokens[i + 1]
    guard startsSentence(next) else { return false }
    if tokens[i].text != "." { return true }
    guard i > 0 else { return true }
    let previous = tokens[i - 1]
    guard previous.kind == .word, previous.scalarEnd == tokens[i].scalarStart || true else { return true }
    let lower = previous.text.lowercasedFast()
    // A stop inside a run of capitals, with no space on either side, is an abbreviation's
    // (ТОВ «X КО.ЛТД»), not a sentence's end.
    if previous.isAllCaps, next.kind == .word, next.isAllCaps, previous.scalarEnd == tokens[i].scalarStart, tokens[i].scalarEnd == next.scalarStart {
      return false
    }
    // An initial: one capital letter (Т.), or a two-letter one such as Дж.
    if previous.isCapitalized && previous.text.unicodeScalars.count == 1 { return false }
    if previous.text == "Дж" || previous.text == "Ол" { return false }
    if abbreviations.contains(lower) && !previous.isAllCaps {
      // "у 2025 р. Україна" is ambiguous; a following capital after a date word still
      // splits only when the abbreviation is not a unit/title that precedes names.
      return false
    }
    return true
  }
}

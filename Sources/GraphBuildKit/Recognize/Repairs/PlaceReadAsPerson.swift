/// A span tagged as a person whose words are a town or a place GeoNames knows, none of them a
/// word of people's names in VESUM, is the place: the tagger reads a two-word town's adjective
/// and noun as a first name and a surname.
///
///     Нова Каховка отримала трансферти.   span Нова Каховка (PERS)   -> Нова Каховка (LOC)
///
/// One word is left as tagged: many surnames are towns too (Хмельницький).
struct PlaceReadAsPerson: SpanRepair {
  func repair(_ span: inout SpanDraft, in document: inout RepairDocument) -> SpanVerdict {
    let r = document.recognizer
    let words = document.tokens[span.range]
    guard span.label == "PERS", span.range.count >= 2, words.allSatisfy({ $0.kind == .word && $0.isCapitalized }),
      words.allSatisfy({ r.gazetteer.wordLists.nameClasses($0.text.lowercasedFast()).isDisjoint(with: .personal) }),
      r.gazetteer.wordLists.placeKind(r.baseForm(words.map(\.text), label: "LOC")) != nil
    else { return .next }
    span.label = "LOC"
    return .next
  }
}

/// The recogniser's repairs of what the tagger found, in the order they run: first each tagged
/// span on its own (a pass may settle it, and the passes after it then skip it), then the whole
/// document's mentions. An order matters where one pass reads what another settled: a span's
/// tokens are covered once its mentions are recorded, and world knowledge fills in only tokens
/// no span holds.
enum Repairs {
  static let spanPasses: [any SpanRepair] = [
    TrimEdgeQuotes(),
    TrimEdgeDashes(),
    TrimPredicateAfterName(),
    KeepQuotedName(),
    DropDescriptionBeforeLatinName(),
    DropCommonWordOpeningSentence(),
    DropPronounBeforeParticleOrTime(),
    DropTitleOpeningSentence(),
    DropCapitalisedPostOpeningBody(),
    DropSpanWithoutWords(),
    SplitAtClosingQuote(),
    WidenToKnownName(),
    TrimWordsAfterKnownName(),
    SplitStatesBeforePreposition(),
    DropLowerCaseLead(),
    SplitKnownNamesInPhrase(),
    DropTitleBeforeKnownName(),
    ExtendLatinName(),
    TrimPersonAfterLastCapital(),
    BodyNounMakesNoPerson(),
    ExtendBodyNameInLowerCase(),
    QuotedAfterGenericNounIsOrganization(),
    PlaceReadAsPerson(),
    SplitStateAndPerson(),
  ]

  static let documentPasses: [any DocumentRepair] = [
    QuotedNameAfterGenericNoun(),
    LatinNameAfterCompanyNoun(),
    AddKnownNames(),
    NameOpeningSentence(),
    MergeAdjacentPersons(),
    ExtendPersonWithUnknownWord(),
    LatinNameAfterGenericNounIsNoPerson(),
    ExtendBodyAtConjunction(),
    BodyNounOpensName(),
    PlaceNouns(),
    DropCommonAbbreviation(),
    PostBeforeHolder(),
    ExtendAdjectiveToItsNoun(),
    ExtendBodyNounToItsComplement(),
    ExtendBodyNameThroughItsRemit(),
    ExtendBodyNounToItsAdjectives(),
    BodyNameInLowerCase(),
    WorkIsNoOrganization(),
  ]

  static func run(_ document: inout RepairDocument, spans: [TaggedSpan]) {
    for tagged in spans {
      var span = SpanDraft(range: tagged.tokenRange, label: tagged.label, sentenceIndex: tagged.sentenceIndex)
      for pass in spanPasses where pass.repair(&span, in: &document) == .done { break }
    }
    for pass in documentPasses { pass.repair(&document) }
  }
}

import Foundation

/// A recognised entity mention: its span, corpus label, schema.org class and base form.
public struct Mention: Hashable, Sendable {
  public var scalarStart: Int
  public var scalarEnd: Int
  public var text: String
  /// NER-UK label: PERS, ORG, LOC, MISC.
  public var label: String
  /// schema.org class: Person, Organization, GovernmentOrganization, Corporation, Airline,
  /// NewsMediaOrganization, Country, City, Place, Thing.
  public var type: String
  /// The mention's own base form in Ukrainian (Шевченка -> Шевченко).
  public var lemma: String
  public var tokenRange: Range<Int>
  public var sentenceIndex: Int
  /// The world-knowledge entry it names, if any (США, ЄС, Мінськ).
  public var known: Gazetteer.Entry?
}

/// A document after the text layer and recognition.
public struct AnalyzedDocument: Sendable {
  public var source: SourceDocument
  public var text: ScalarText
  public var tokens: [Token]
  public var sentences: [Sentence]
  public var mentions: [Mention]

  public func sentenceText(_ i: Int) -> String {
    text.slice(sentences[i].scalarStart, sentences[i].scalarEnd)
  }
}

/// Finds mentions: the trained tagger, then world knowledge for names it missed, then the
/// schema.org class from the gazetteer, the head noun and the words around the name.
public final class Recognizer: @unchecked Sendable {
  public let tagger: Tagger
  public let gazetteer: Gazetteer
  public let lemmatizer: Lemmatizer

  public init(tagger: Tagger, gazetteer: Gazetteer, lemmatizer: Lemmatizer = .shared) {
    self.tagger = tagger
    self.gazetteer = gazetteer
    self.lemmatizer = lemmatizer
    compoundMarkers = gazetteer.companyMarkers.filter { $0.count >= 4 && $0 == $0.lowercasedFast() }.sorted()
    companyNouns = gazetteer.companyMarkers.union(gazetteer.airlineMarkers).union(gazetteer.mediaMarkers)
  }

  /// The nouns for a company, an airline or a news outlet, in one set.
  private let companyNouns: Set<String>

  /// The company nouns a compound may end in (банк, холдинг; not ТОВ).
  private let compoundMarkers: [String]

  /// The span grown through the capitalised Latin words that follow its last Latin word, up to
  /// `end` and through tokens `free` allows.
  static func extendLatinName(_ range: Range<Int>, tokens: [Token], end: Int, free: (Int) -> Bool) -> Range<Int> {
    var range = range
    while range.upperBound < end, isLatinName(tokens[range.upperBound - 1]), isLatinName(tokens[range.upperBound]), free(range.upperBound) {
      range = range.lowerBound..<(range.upperBound + 1)
    }
    return range
  }

  /// A capitalised word written in Latin letters.
  static func isLatinName(_ token: Token) -> Bool {
    token.kind == .word && token.isCapitalized && token.text.unicodeScalars.allSatisfy { $0.isASCII }
  }

  public static func loadDefault() throws -> Recognizer {
    let dir = try DataDirectory.locate()
    let gazetteer = try Gazetteer.load(from: dir)
    // The model was trained with the word lists: without them it would tag quietly worse.
    guard gazetteer.wordLists.placeCount > 0, gazetteer.wordLists.nameFormCount > 0 else { throw GraphBuildError.missingWordLists }
    let modelURL = dir.appendingPathComponent("ner-uk.model")
    guard let data = try? Data(contentsOf: modelURL) else {
      throw GraphBuildError.missingData(file: "ner-uk.model")
    }
    let model = try PerceptronModel(data: data, file: modelURL.path)
    let tagger = Tagger(model: model, gazetteer: gazetteer)
    // Built at set-up; without it (or with a stale one) tagging gives the same, more slowly.
    if let forms = FormTable(contentsOf: dir.appendingPathComponent(FormTable.fileName)) { tagger.attach(forms) }
    return Recognizer(tagger: tagger, gazetteer: gazetteer)
  }

  public func analyze(_ source: SourceDocument) -> AnalyzedDocument {
    let original = ScalarText(source.text)
    let tagged = tagger.recognize(original)
    // A headline in capitals is read in its words' usual case (tagged again, only then);
    // mentions and evidence quote the original.
    let truecaser = Truecaser(hunspell: lemmatizer.hunspell, gazetteer: gazetteer)
    guard let recased = truecaser.recase(original, tokens: tagged.tokens, sentences: tagged.sentences).map(ScalarText.init) else {
      return analyze(source, text: original, tagged: tagged)
    }
    var document = analyze(source, text: recased, tagged: tagger.recognize(recased))
    document.text = original
    for i in document.mentions.indices {
      document.mentions[i].text = original.slice(document.mentions[i].scalarStart, document.mentions[i].scalarEnd)
    }
    return document
  }

  private func analyze(
    _ source: SourceDocument, text: ScalarText, tagged: (tokens: [Token], sentences: [Sentence], spans: [TaggedSpan])
  ) -> AnalyzedDocument {
    let (tokens, sentences, spans) = tagged
    var covered = [Bool](repeating: false, count: tokens.count)
    var tagged = [Bool](repeating: false, count: tokens.count)
    for span in spans { for t in span.tokenRange { tagged[t] = true } }
    let personStarts = Set(spans.filter { $0.label == "PERS" }.map(\.tokenRange.lowerBound))
    var mentions: [Mention] = []
    for span0 in spans {
      var span = span0
      var range = span.tokenRange
      // Quotes at the edges go, unless they pair with one inside (ТОВ «Альфа»).
      while range.count > 1 && tokens[range.lowerBound].kind == .quote { range = (range.lowerBound + 1)..<range.upperBound }
      while range.count > 1 && tokens[range.upperBound - 1].kind == .quote
        && tokens[range.dropLast()].filter({ $0.kind == .quote }).count % 2 == 0
      {
        range = range.lowerBound..<(range.upperBound - 1)
      }
      if tokens[range].filter({ $0.kind == .quote }).count % 2 == 1, range.upperBound < tokens.count,
        ["»", "”", "\""].contains(tokens[range.upperBound].text)
      {
        range = range.lowerBound..<(range.upperBound + 1)
      }
      // "Генеральний директор «Укрзалізниці»": the name is what stands in the quotes; but a
      // capitalised name before them is part of it ("Центр народного мистецтва «Петриківка»").
      let lead = tokens[range.lowerBound]
      let officialLead = lead.isAllCaps
        || lead.isCapitalized
          && (!Self.opensSentence(range.lowerBound, tokens: tokens, sentence: sentences[span.sentenceIndex])
            // "Компанія «Гродно Азот»" opening a sentence: the company's noun is no part of its name.
            || isInstitutionNoun(lead.text) && !isCompanyNoun(lead.text))
      if let q = range.dropFirst().first(where: { tokens[$0].text == "«" || tokens[$0].text == "„" }), q + 1 < range.upperBound, !officialLead {
        range = (q + 1)..<range.upperBound
        // Its closing quote goes with the opening one ("рада НАК «Нафтогаз України»").
        if range.count > 1, tokens[range.upperBound - 1].kind == .quote, !tokens[range.dropLast()].contains(where: { $0.kind == .quote }) {
          range = range.lowerBound..<(range.upperBound - 1)
        }
      }
      // "Литовська державна енергетична група Ignitis": the words describing a company before
      // its name in Latin letters are no part of it.
      if let firstLatin = range.first(where: { Self.isLatinName(tokens[$0]) }), firstLatin > range.lowerBound,
        range[firstLatin...].allSatisfy({ Self.isLatinName(tokens[$0]) }), isCompanyNoun(tokens[firstLatin - 1].text),
        tokens[range.lowerBound..<firstLatin].allSatisfy({ $0.kind == .word && !Self.isLatinName($0) })
      {
        range = firstLatin..<range.upperBound
      }
      if isCommonWordAtSentenceStart(range, tokens: tokens, sentences: sentences, sentence: span.sentenceIndex) { continue }
      if isPronounBeforeParticleOrTime(range, tokens: tokens, sentence: sentences[span.sentenceIndex]) { continue }
      // A title that opens the sentence is not part of the name ("Президент Франції Емманюель Макрон").
      while range.count > 1, Self.opensSentence(range.lowerBound, tokens: tokens, sentence: sentences[span.sentenceIndex]),
        isCommonNoun(tokens[range.lowerBound].text),
        // A body's own name stays whole; "Уряд Японії" is the state's government, which the
        // relation stage reads from the noun and the state.
        !isInstitutionNoun(tokens[range.lowerBound].text)
          || knownEntry(tokens[(range.lowerBound + 1)..<range.upperBound].map(\.text))?.type == "Country",
        tokens[range.lowerBound + 1].isCapitalized || tokens[range.lowerBound + 1].isAllCaps,
        knownEntry(tokens[range].map(\.text)) == nil
      {
        range = (range.lowerBound + 1)..<range.upperBound
      }
      guard tokens[range].contains(where: { $0.kind == .word || $0.kind == .number }) else { continue }
      // «Укрзалізниці» Олександр Перцовський: a closing quote inside a span ends a name.
      if let q = range.dropLast().first(where: { tokens[$0].text == "»" || tokens[$0].text == "“" }), q > range.lowerBound, q + 1 < range.upperBound {
        let before = range.lowerBound..<q
        let after = (q + 1)..<range.upperBound
        for t in range { covered[t] = true }
        mentions.append(makeMention(before, label: span.label == "PERS" ? "ORG" : span.label, sentence: span.sentenceIndex, tokens: tokens, text: text))
        for (part, label) in splitSpan(after, label: "PERS", tokens: tokens) {
          mentions.append(makeMention(part, label: label, sentence: span.sentenceIndex, tokens: tokens, text: text))
        }
        continue
      }
      // A one-word span that is the start of a known name ("Білого" of "Білого дому") is that name.
      if range.count == 1, range.upperBound < tokens.count {
        for n in [2, 1] where range.upperBound + n <= tokens.count {
          let wider = range.lowerBound..<(range.upperBound + n)
          guard tokens[wider].allSatisfy({ $0.kind == .word }), !wider.dropFirst().contains(where: { covered[$0] }),
            let entry = knownEntry(tokens[wider].map(\.text))
          else { continue }
          range = wider
          span.label = entry.nerLabel
          break
        }
      }
      // A known place or body followed only by lower-case words is that name alone
      // ("Варшавою наприкінці": the tagger ran on into the next word).
      if span.label != "PERS", range.count > 1, let (head, entry) = knownParts(range, tokens: tokens).first,
        head.lowerBound == range.lowerBound, head.upperBound < range.upperBound,
        tokens[head.upperBound..<range.upperBound].allSatisfy({ $0.kind == .word && !$0.isCapitalized && !$0.isAllCaps })
      {
        range = head
        span.label = entry.nerLabel
      }
      // No name opens with a state and a lower-case word: "США з питань Молдови" is two states.
      if span.label != "PERS", range.count > 2, case let parts = knownParts(range, tokens: tokens), parts.count > 1,
        parts[0].0.lowerBound == range.lowerBound, ["Country", "City"].contains(parts[0].1.type),
        Token.prepositions.contains(tokens[parts[0].0.upperBound].text.lowercasedFast())
      {
        for (part, entry) in parts {
          for t in part { covered[t] = true }
          mentions.append(makeMention(part, label: entry.nerLabel, sentence: span.sentenceIndex, tokens: tokens, text: text))
        }
        continue
      }
      // A name does not open with a lower-case word ("союзником Росії"): drop such a lead.
      while span.label != "PERS", range.count > 1, tokens[range.lowerBound].kind == .word, !tokens[range.lowerBound].isCapitalized,
        !tokens[range.lowerBound].isAllCaps, tokens[range.lowerBound + 1].isCapitalized || tokens[range.lowerBound + 1].isAllCaps
      {
        range = (range.lowerBound + 1)..<range.upperBound
      }
      // A MISC span with lower-case words that holds several known names is those names
      // ("Сполученими Штатами та їхнім союзником Росією"); with one it is the title of a law or
      // a work ("Закону України «Про ...»").
      if span.label == "MISC", tokens[range].contains(where: { $0.kind == .word && !$0.isCapitalized && !$0.isAllCaps }) {
        let parts = knownParts(range, tokens: tokens)
        if parts.count > 1 {
          for (part, entry) in parts {
            for t in part { covered[t] = true }
            mentions.append(makeMention(part, label: entry.nerLabel, sentence: span.sentenceIndex, tokens: tokens, text: text))
          }
          continue
        }
      }
      // "Генеральний секретар НАТО": a title before a known name is not part of it; the
      // name of a body ("Міністерство фінансів України", "Рада ЄС") is kept whole.
      if span.label == "ORG" || span.label == "MISC", range.count > 1, knownEntry(tokens[range].map(\.text)) == nil,
        let (tail, entry) = knownParts(range, tokens: tokens).last, tail.upperBound == range.upperBound, tail.lowerBound > range.lowerBound,
        !tokens[range.lowerBound..<tail.lowerBound].contains(where: { tok in
          // A person's post is no body's name ("Міністр енергетики України").
          if isPersonTitle(tok.text) { return false }
          return isInstitutionNoun(tok.text) || !isCommonNoun(tok.text) && !(lemmatizer.analyses(tok.text.lowercasedFast()).first?.isAdjective ?? false)
        })
      {
        for t in tail { covered[t] = true }
        mentions.append(makeMention(tail, label: entry.nerLabel, sentence: span.sentenceIndex, tokens: tokens, text: text))
        continue
      }
      // A name in Latin letters runs on through the capitalised Latin words after it
      // ("Wall Street Journal", "Financial Times"): the tagger knows little of Latin words.
      range = Self.extendLatinName(range, tokens: tokens, end: sentences[span.sentenceIndex].tokenRange.upperBound) { !covered[$0] }
      for t in range { covered[t] = true }
      // A person's name ends at its last capitalised word ("Олега Серебряна віцепрем'єром").
      while span.label == "PERS", range.count > 1, tokens[range.upperBound - 1].kind == .word,
        !tokens[range.upperBound - 1].isCapitalized, !tokens[range.upperBound - 1].isAllCaps
      {
        range = range.lowerBound..<(range.upperBound - 1)
      }
      var spanLabel = span.label
      // A person's name does not open with the common noun for a body ("Рада Європейського
      // Союзу", "Рада ЄС": Рада is a first name too) unless a first name follows it.
      if spanLabel == "PERS", range.count > 1, isInstitutionNoun(tokens[range.lowerBound].text), isCommonNoun(tokens[range.lowerBound].text),
        !tokens[range.dropFirst()].contains(where: { isFirstName($0.text) })
      {
        spanLabel = "ORG"
      }
      // Such a noun alone, capitalised mid-sentence, opens a body's name that goes on in lower
      // case ("Корпусу вартових ісламської революції"), up to a preposition, conjunction or verb.
      if spanLabel == "PERS", range.count == 1, tokens[range.lowerBound].isCapitalized,
        !Self.opensSentence(range.lowerBound, tokens: tokens, sentence: sentences[span.sentenceIndex]),
        isInstitutionNoun(tokens[range.lowerBound].text), isCommonNoun(tokens[range.lowerBound].text),
        !isFirstName(tokens[range.lowerBound].text)
      {
        let sentenceEnd = sentences[span.sentenceIndex].tokenRange.upperBound
        var end = range.upperBound
        while end < sentenceEnd, end - range.lowerBound <= 4, !covered[end], !tagged[end], tokens[end].kind == .word,
          !tokens[end].isCapitalized, !tokens[end].isAllCaps, !Token.prepositions.contains(tokens[end].text.lowercasedFast()),
          !["і", "й", "та", "а", "але", "що", "як", "який", "яка", "які"].contains(tokens[end].text.lowercasedFast()),
          !isVerbForm(tokens[end].text),
          isCommonNoun(tokens[end].text) || lemmatizer.analyses(tokens[end].text.lowercasedFast()).first?.isAdjective == true
        {
          end += 1
        }
        range = range.lowerBound..<end
        spanLabel = "ORG"
      }
      if spanLabel != "ORG", range.lowerBound > 1, tokens[range.lowerBound - 1].kind == .quote,
        isGenericNoun(tokens[range.lowerBound - 2].text), range.upperBound < tokens.count, tokens[range.upperBound].kind == .quote
      {
        spanLabel = "ORG"
      }
      let sentenceEnd = sentences[span.sentenceIndex].tokenRange.upperBound
      for (part, label) in splitSpan(
        range, label: spanLabel, tokens: tokens, free: { $0 < sentenceEnd && !covered[$0] && !tagged[$0] },
        personAt: { $0 < sentenceEnd && personStarts.contains($0) }) {
        for t in part { covered[t] = true }
        mentions.append(makeMention(part, label: label, sentence: span.sentenceIndex, tokens: tokens, text: text))
      }
    }
    // A name in quotes after a generic noun ("банку «Мир»", "компанії «Росатом»").
    var index = MentionIndex(mentions)
    for (si, sentence) in sentences.enumerated() {
      for t in sentence.tokenRange where t + 2 < sentence.tokenRange.upperBound && (tokens[t].text == "«" || tokens[t].text == "„" || tokens[t].text == "\"") {
        guard t > sentence.tokenRange.lowerBound, isGenericNoun(tokens[t - 1].text),
          let close = (t + 1..<min(sentence.tokenRange.upperBound, t + 8)).first(where: { tokens[$0].kind == .quote }),
          close > t + 1, tokens[t + 1].isCapitalized || tokens[t + 1].isAllCaps || tokens[t + 1].kind == .number
        else { continue }
        if (t + 1..<close).contains(where: { covered[$0] }) {
          // A place inside the quotes is the company's name ("компанія «Казахстан темір жоли»"),
          // unless the tagger's name runs past them.
          let inside = index.overlapping((t + 1)..<close)
          guard inside.allSatisfy({ mentions[$0].tokenRange.lowerBound > t && mentions[$0].tokenRange.upperBound <= close && mentions[$0].label == "LOC" })
          else { continue }
          index.drop(inside)
        }
        for k in t + 1..<close { covered[k] = true }
        mentions.append(makeMention((t + 1)..<close, label: "ORG", sentence: si, tokens: tokens, text: text))
        index.add(mentions.count - 1, (t + 1)..<close)
      }
    }
    mentions = index.kept(mentions)
    // A name in Latin letters after a company's noun, unquoted ("банку OTP", "компанії General
    // Electric"): an organisation, whether the tagger saw it (as anything) or not.
    for i in mentions.indices {
      let r = mentions[i].tokenRange
      guard mentions[i].label != "ORG", r.lowerBound > 0, isCompanyNoun(tokens[r.lowerBound - 1].text),
        tokens[r].allSatisfy({ $0.kind == .word && FeatureExtractor.isLatin($0.text) })
      else { continue }
      mentions[i] = makeMention(r, label: "ORG", sentence: mentions[i].sentenceIndex, tokens: tokens, text: text)
    }
    for (si, sentence) in sentences.enumerated() {
      var t = sentence.tokenRange.lowerBound + 1
      while t < sentence.tokenRange.upperBound {
        defer { t += 1 }
        func latinName(_ k: Int) -> Bool {
          k < sentence.tokenRange.upperBound && !covered[k] && tokens[k].kind == .word
            && (tokens[k].isCapitalized || tokens[k].isAllCaps) && FeatureExtractor.isLatin(tokens[k].text)
        }
        guard latinName(t), isCompanyNoun(tokens[t - 1].text) else { continue }
        var end = t + 1
        while latinName(end) { end += 1 }
        for k in t..<end { covered[k] = true }
        mentions.append(makeMention(t..<end, label: "ORG", sentence: si, tokens: tokens, text: text))
        t = end
      }
    }
    // World knowledge the tagger missed: country names, their short forms, organisations.
    index = MentionIndex(mentions)
    for (si, sentence) in sentences.enumerated() {
      var t = sentence.tokenRange.lowerBound
      while t < sentence.tokenRange.upperBound {
        var matched = 0
        for n in stride(from: 3, through: 1, by: -1) where t + n <= sentence.tokenRange.upperBound {
          let range = t..<(t + n)
          // A known name of several words replaces tagged names inside it ("Верховна" "Рада"
          // tagged as a person); one a tagged name runs beyond is left alone.
          let covers = range.contains { covered[$0] }
          guard !covers || n > 1, tokens[range].allSatisfy({ $0.kind == .word }), tokens[t].isCapitalized || tokens[t].isAllCaps
          else { continue }
          // Scanned only for a covered range of several capitalised words: not on every word.
          let inside = covers ? index.overlapping(range) : []
          guard inside.allSatisfy({ range.lowerBound <= mentions[$0].tokenRange.lowerBound && mentions[$0].tokenRange.upperBound <= range.upperBound })
          else { continue }
          // After a capitalised word mid-sentence the name is part of a longer one the tagger
          // left out ("Закону України", "Державного Герба України", "Східна Україна").
          let inLongerName = t > sentence.tokenRange.lowerBound + 1 && !covered[t - 1] && tokens[t - 1].isCapitalized
            && !tokens[t - 1].isAllCaps && !Self.opensSentence(t - 1, tokens: tokens, sentence: sentence)
          if !inLongerName, !isCommonWordAtSentenceStart(range, tokens: tokens, sentences: sentences, sentence: si, orKnown: true),
            !isPronounBeforeParticleOrTime(range, tokens: tokens, sentence: sentence),
            let entry = knownEntry(tokens[range].map(\.text))
          {
            if !inside.isEmpty {
              // Only a name the tagger split or mistyped: not one it found whole.
              guard inside.count > 1 || mentions[inside[0]].tokenRange != range else { continue }
              index.drop(inside)
            }
            let label = entry.nerLabel
            var m = makeMention(range, label: label, sentence: si, tokens: tokens, text: text)
            m.known = entry
            m.type = entry.type
            mentions.append(m)
            index.add(mentions.count - 1, range)
            for k in range { covered[k] = true }
            matched = n
            break
          }
        }
        t += max(matched, 1)
      }
    }
    mentions = index.kept(mentions)
    // A word opening a sentence says little to the tagger by its capital. One that VESUM knows
    // only as a person's name, and the dictionary not as a common word, is a person ("Коваля
    // зустріли ..."); only as a geographical name, a place ("Ворсклу перейшли ...").
    for (si, sentence) in sentences.enumerated() {
      guard let t = sentence.tokenRange.first(where: { tokens[$0].kind == .word }), !covered[t], tokens[t].isCapitalized,
        !tokens[t].isAllCaps, Self.opensSentence(t, tokens: tokens, sentence: sentence)
      else { continue }
      let word = tokens[t].text
      let classes = gazetteer.wordLists.nameClasses(word.lowercasedFast()).kinds
      guard !classes.isEmpty, let h = lemmatizer.hunspell, !h.spell(word.lowercasedFast()) else { continue }
      let label: String
      if WordLists.NameClasses.personal.isSuperset(of: classes) { label = "PERS" } else if classes == .geographical { label = "LOC" } else { continue }
      covered[t] = true
      mentions.append(makeMention(t..<(t + 1), label: label, sentence: si, tokens: tokens, text: text))
    }
    mentions.sort { $0.scalarStart < $1.scalarStart }
    // Two person spans side by side are one name the tagger cut ("Керолайн" "Лівітт").
    var merged: [Mention] = []
    for m in mentions {
      // Two names each with a first name are two people ("Івана Дзюби Михайлина Коцюбинська").
      // Lower-case particles between them belong to one name ("Урсула фон дер Ляєн").
      if let last = merged.last, last.label == "PERS", m.label == "PERS",
        last.tokenRange.upperBound == m.tokenRange.lowerBound
          || (last.tokenRange.upperBound..<m.tokenRange.lowerBound).allSatisfy({ gazetteer.nameParticles.contains(tokens[$0].text) }),
        last.sentenceIndex == m.sentenceIndex,
        !(tokens[last.tokenRange].contains { isFirstName($0.text) } && tokens[m.tokenRange].contains { isFirstName($0.text) })
      {
        merged[merged.count - 1] = makeMention(last.tokenRange.lowerBound..<m.tokenRange.upperBound, label: "PERS", sentence: m.sentenceIndex, tokens: tokens, text: text)
      } else {
        merged.append(m)
      }
    }
    mentions = merged
    // A capitalised word the dictionary does not know, right after a person's name, is the
    // rest of it ("Керолайн Лівітт" when only "Керолайн" was tagged).
    for i in mentions.indices where mentions[i].label == "PERS" && mentions[i].tokenRange.count < 3 {
      let next = mentions[i].tokenRange.upperBound
      guard next < tokens.count, !covered[next], tokens[next].isCapitalized, tokens[next].kind == .word,
        tokens[next].scalarStart - tokens[next - 1].scalarEnd == 1,
        mentions.allSatisfy({ !$0.tokenRange.contains(next) }),
        let h = lemmatizer.hunspell, !h.spell(tokens[next].text.lowercasedFast()), knownEntry([tokens[next].text]) == nil
      else { continue }
      covered[next] = true
      mentions[i] = makeMention(mentions[i].tokenRange.lowerBound..<(next + 1), label: "PERS", sentence: mentions[i].sentenceIndex, tokens: tokens, text: text)
    }
    // A body's name the tagger cut at a conjunction of its lower-case nouns ("Міністерство
    // розвитку громад" | "і територій"): the next noun in an oblique case belongs to it too.
    for i in mentions.indices where mentions[i].label == "ORG" && mentions[i].tokenRange.count >= 2 {
      let r = mentions[i].tokenRange
      let last = tokens[r.upperBound - 1]
      guard r.upperBound + 1 < tokens.count, ["і", "й", "та"].contains(tokens[r.upperBound].text),
        case let next = tokens[r.upperBound + 1], next.kind == .word, !next.isCapitalized, !next.isAllCaps, !covered[r.upperBound + 1],
        last.kind == .word, !last.isCapitalized, isInstitutionNoun(tokens[r.lowerBound].text),
        oblique(last.text), oblique(next.text),
        r.upperBound + 2 >= tokens.count || tokens[r.upperBound + 2].kind != .word || tokens[r.upperBound + 2].isCapitalized
      else { continue }
      covered[r.upperBound] = true
      covered[r.upperBound + 1] = true
      mentions[i] = makeMention(r.lowerBound..<(r.upperBound + 2), label: "ORG", sentence: mentions[i].sentenceIndex, tokens: tokens, text: text)
    }
    mentions = withPlaceNouns(mentions, tokens: tokens, text: text)
    // An abbreviation of a common noun names no one entity (ЗМІ, ОТГ, ВНЗ): VESUM marks it an
    // abbreviation and nothing more.
    mentions.removeAll { m in
      m.tokenRange.count == 1 && m.known == nil && tokens[m.tokenRange.lowerBound].isAllCaps
        && gazetteer.wordLists.nameClasses(tokens[m.tokenRange.lowerBound].text.lowercasedFast()) == .abbreviation
    }
    // A post the tagger took for a body, right before its holder ("Міністр оборони Денис
    // Шмигаль"): a title in lower-case words, no name in it.
    let personStartsAt = Set(mentions.filter { $0.label == "PERS" }.map(\.tokenRange.lowerBound))
    mentions = mentions.flatMap { m -> [Mention] in
      guard m.label == "ORG", m.known == nil, personStartsAt.contains(m.tokenRange.upperBound), isPersonTitle(tokens[m.tokenRange.lowerBound].text)
      else { return [m] }
      let words = tokens[m.tokenRange].dropFirst()
      if words.allSatisfy({ $0.kind == .word && !$0.isCapitalized && !$0.isAllCaps }) { return [] }
      // "Міністр енергетики Сербії Дубравка ...": the post's words go, its state stays.
      guard let c = words.firstIndex(where: { $0.isCapitalized }), words[..<c].allSatisfy({ $0.kind == .word && !$0.isCapitalized }),
        knownEntry(tokens[c..<m.tokenRange.upperBound].map(\.text))?.type == "Country"
      else { return [m] }
      return [makeMention(c..<m.tokenRange.upperBound, label: "LOC", sentence: m.sentenceIndex, tokens: tokens, text: text)]
    }
    return AnalyzedDocument(source: source, text: text, tokens: tokens, sentences: sentences, mentions: mentions)
  }

  /// NER-UK counts a place's generic word as part of its name: before it ("вулиці Івасюка",
  /// "вул. Хрещатик", "с. Ясень") and after an adjective ("Перевальського району"). A person's
  /// name after such a word is the place's ("вулиці Івасюка" is a street).
  func withPlaceNouns(_ mentions: [Mention], tokens: [Token], text: ScalarText) -> [Mention] {
    var used = [Bool](repeating: false, count: tokens.count)
    for m in mentions { for t in m.tokenRange { used[t] = true } }
    func isPlaceNoun(_ t: Int, _ nouns: Set<String>, singular: Bool = false) -> Bool {
      guard t >= 0, t < tokens.count, !used[t], tokens[t].kind == .word, !tokens[t].isCapitalized, !tokens[t].isAllCaps else { return false }
      // Plural before a name: "на вулицях Києва" names the city, not a street.
      let word = tokens[t].text
      if singular && ["ах", "ях", "ами", "ями"].contains(where: { word.hasByteSuffix($0) }) { return false }
      return nouns.contains(word) || nouns.contains(lemmatizer.lemma(word).lowercasedFast())
    }
    // A plural form of a generic place word ("областей", "округах"): it can name several places.
    func isPluralPlaceNoun(_ t: Int) -> Bool {
      let word = tokens[t].text
      return gazetteer.placeNounsAfter.contains(lemmatizer.lemma(word).lowercasedFast())
        && ["ей", "ях", "ів", "ах", "ями", "ами"].contains { word.hasByteSuffix($0) }
    }
    var out = mentions
    var swallowed: Set<Int> = []
    // A state or a city keeps its own name ("Москви" in "вулиці Москви" is still the city).
    for i in out.indices where (out[i].label == "LOC" || out[i].label == "PERS") && out[i].known == nil {
      let range = out[i].tokenRange
      var start = range.lowerBound
      var end = range.upperBound
      let s = range.lowerBound
      if s >= 2, tokens[s - 1].text == ".", !used[s - 1], isPlaceNoun(s - 2, gazetteer.placeNounsBefore, singular: true) {
        start = s - 2  // an abbreviation: "вул. Хрещатик"
      } else if isPlaceNoun(s - 1, gazetteer.placeNounsBefore, singular: true), tokens[s].scalarStart - tokens[s - 1].scalarEnd == 1 {
        start = s - 1
      }
      if out[i].label == "LOC", isPlaceNoun(end, gazetteer.placeNounsAfter),
        lemmatizer.analyses(tokens[end - 1].text).first?.isAdjective == true
      {
        end += 1
      }
      // Places that share a plural generic word are one name: "Луганської й Донецької
      // областей", "Херсонському, Вінницькому та Одеському округах".
      if end > start + 1, isPluralPlaceNoun(end - 1) {
        var k = start - 1
        while k > 0 {
          var word = k
          while word >= 0, [",", "і", "й", "та", "в", "у"].contains(tokens[word].text) { word -= 1 }
          guard word < k, word >= 0, tokens[word].isCapitalized,
            lemmatizer.analyses(tokens[word].text).first?.isAdjective == true
          else { break }
          start = word
          k = word - 1
        }
      }
      guard start != range.lowerBound || end != range.upperBound else { continue }
      for t in start..<end { used[t] = true }
      for j in out.indices where j != i && out[j].tokenRange.lowerBound >= start && out[j].tokenRange.upperBound <= end {
        swallowed.insert(j)
      }
      out[i] = makeMention(start..<end, label: "LOC", sentence: out[i].sentenceIndex, tokens: tokens, text: text)
    }
    return out.indices.filter { !swallowed.contains($0) }.map { out[$0] }
  }

  /// A gazetteer entry for a name in any case form, with the reading that matched it
  /// (Сполученими Штатами -> "Сполучені Штати"): each word's readings are tried together.
  public func knownEntry(_ words: [String]) -> Gazetteer.Entry? { knownMatch(words)?.entry }

  public func knownMatch(_ words: [String]) -> (entry: Gazetteer.Entry, form: String)? {
    gazetteer.match(words, lemmatizer: lemmatizer)
  }

  /// The world-knowledge names inside a span, longest first.
  func knownParts(_ range: Range<Int>, tokens: [Token]) -> [(Range<Int>, Gazetteer.Entry)] {
    var out: [(Range<Int>, Gazetteer.Entry)] = []
    var t = range.lowerBound
    while t < range.upperBound {
      var matched = 0
      for n in stride(from: min(3, range.upperBound - t), through: 1, by: -1) {
        let r = t..<(t + n)
        guard tokens[t].isCapitalized || tokens[t].isAllCaps, tokens[r].allSatisfy({ $0.kind == .word }),
          let e = knownEntry(tokens[r].map(\.text))
        else { continue }
        out.append((r, e))
        matched = n
        break
      }
      t += max(matched, 1)
    }
    return out
  }

  /// Splits a span the tagger ran together across a state and a person
  /// ("Франції Емманюелю Макрону" -> "Франції" + "Емманюелю Макрону").
  /// `free` says whether a token after the span belongs to no other span, so that a person
  /// the tagger cut short ("Японії Сігеру" | "Ісіба") can take it; `personAt`, whether a
  /// person's span starts there, which the person at the end will be merged with.
  func splitSpan(
    _ range: Range<Int>, label: String, tokens: [Token], free: (Int) -> Bool = { _ in false }, personAt: (Int) -> Bool = { _ in false }
  ) -> [(Range<Int>, String)] {
    guard range.count >= 2 else { return [(range, label)] }
    for cut in range.lowerBound + 1..<range.upperBound {
      let head = tokens[range.lowerBound..<cut].map(\.text)
      let rest = tokens[cut..<range.upperBound]
      // "Генеральний директор MOL Жолт Гернаді": a company's Latin name and the person after it.
      if label == "ORG", tokens[range.lowerBound..<cut].allSatisfy(Self.isLatinName), rest.count >= 2,
        rest.allSatisfy({ $0.kind == .word && $0.isCapitalized && !$0.isAllCaps && !Self.isLatinName($0) }), couldBePerson(rest)
      {
        return [(range.lowerBound..<cut, "ORG"), (cut..<range.upperBound, "PERS")]
      }
      // "компанія Азербайджану SOCAR": a state in Cyrillic before a name in Latin letters is
      // where the body is from, not part of its name.
      if label != "PERS", rest.allSatisfy(Self.isLatinName), !tokens[range.lowerBound..<cut].contains(where: Self.isLatinName),
        let e = knownEntry(head), e.type == "Country" || e.type == "City"
      {
        return [(range.lowerBound..<cut, "LOC"), (cut..<range.upperBound, "ORG")]
      }
      guard rest.allSatisfy({ $0.isCapitalized && $0.kind == .word }), rest.count <= 3 else { continue }
      // The head is a known state, city or body ("Білорусі", "МЗС Фінляндії") and the rest a
      // person: two or three capitalised words, or one the dictionary knows as a given name.
      let last = knownEntry([tokens[cut - 1].text])
      let headEntry = knownEntry(head)
      guard headEntry != nil || (last.map { $0.type == "Country" || $0.type == "City" } ?? false) else { continue }
      var personEnd = range.upperBound
      var nameEnd = personEnd
      if rest.count == 1, personEnd < tokens.count, tokens[personEnd].isCapitalized, tokens[personEnd].kind == .word {
        if free(personEnd) {
          personEnd += 1
          nameEnd = personEnd
        } else if personAt(personEnd) {
          nameEnd = personEnd + 1
        }
      }
      let headType = headEntry?.type
      let place = headEntry != nil && (headType == "Country" || headType == "City")
      // A person's name does not open with a state's: what the tagger read as one person after
      // a state is the person ("Південної Кореї Ан Док Гином"), whatever the dictionary knows.
      let personAfterState = label == "PERS" && place && nameEnd - cut >= 2
      // A word the tagger left between a body and the person it found goes with the person
      // ("МЗС Китаю Лінь" | "Цзянь").
      let joinsPerson = rest.count == 1 && nameEnd > personEnd && last.map { $0.type == "Country" } ?? false
      guard personAfterState || joinsPerson || (nameEnd - cut >= 2 ? couldBePerson(tokens[cut..<nameEnd]) : isFirstName(rest.first!.text)) else { continue }
      return [(range.lowerBound..<cut, place ? "LOC" : "ORG"), (cut..<personEnd, "PERS")]
    }
    // "Офісу президента Андрій Єрмак": a name with a lower-case word in it ends in a person.
    if tokens[range].contains(where: { $0.kind == .word && !$0.isCapitalized && !$0.isAllCaps }) {
      for cut in (range.lowerBound + 1)..<range.upperBound {
        let rest = tokens[cut..<range.upperBound]
        // Not a name in a name: "університету імені Тараса Шевченка", "історія з Тіною Кароль".
        let before = tokens[cut - 1].text.lowercasedFast()
        guard rest.allSatisfy({ $0.isCapitalized && $0.kind == .word }), rest.count <= 3, isFirstName(tokens[cut].text),
          tokens[cut - 1].kind == .word, !tokens[cut - 1].isCapitalized, !Token.prepositions.contains(before),
          !["імені", "ім"].contains(before)
        else { continue }
        return [(range.lowerBound..<cut, label == "PERS" ? "ORG" : label), (cut..<range.upperBound, "PERS")]
      }
    }
    return [(range, label)]
  }

  /// Whether token t is the first word of its sentence (after any quotes, dashes or symbols).
  static func opensSentence(_ t: Int, tokens: [Token], sentence: Sentence) -> Bool {
    // A leading "date 2025-11-26" line prefix does not count as words.
    !(sentence.tokenRange.lowerBound..<t).contains {
      (tokens[$0].kind == .word && !["date", "дата"].contains(tokens[$0].text.lowercasedFast())) || (tokens[$0].kind == .number && $0 > sentence.tokenRange.lowerBound + 6)
    }
  }

  /// A noun for a kind of body (банк, університет, міністерство): a body's name keeps the state
  /// or city it belongs to ("Національний банк України").
  func isInstitutionNoun(_ word: String) -> Bool {
    let lower = word.lowercasedFast()
    if gazetteer.institutionNouns.contains(lower) { return true }
    return lemmatizer.analyses(lower).prefix(4).contains { gazetteer.institutionNouns.contains($0.lemma.lowercasedFast()) }
  }

  /// The post a word names (Міністр, Прем'єр-міністрка, in any case), as listed; nil if none.
  func personTitle(_ word: String) -> String? {
    let lower = word.lowercasedFast()
    if gazetteer.personTitles.contains(lower) { return lower }
    let lemma = lemmatizer.lemma(lower).lowercasedFast()
    return gazetteer.personTitles.contains(lemma) ? lemma : nil
  }

  func isPersonTitle(_ word: String) -> Bool { personTitle(word) != nil }

  /// A form the dictionary reads as a verb (its stems include an infinitive), or as a verb
  /// only (`only`: призначила, not справ: справа, справити).
  func isVerbForm(_ word: String, only: Bool = false) -> Bool {
    guard let h = lemmatizer.hunspell else { return false }
    let stems = h.stems(word.lowercasedFast())
    return only ? !stems.isEmpty && stems.allSatisfy(Lemmatizer.isInfinitive) : stems.contains(where: Lemmatizer.isInfinitive)
  }

  /// A noun the dictionary reads in a case other than its base form only (громад, територій,
  /// not армія, not an adjective).
  func oblique(_ word: String) -> Bool {
    let lower = word.lowercasedFast()
    let readings = lemmatizer.analyses(lower).prefix(3).filter { $0.score >= 4 }
    return !readings.isEmpty && readings.allSatisfy { !$0.isAdjective && !$0.isNominative && $0.lemma.lowercasedFast() != lower }
  }

  /// A word the dictionary knows in lower case and that is not an adjective (titles, common nouns).
  func isCommonNoun(_ word: String) -> Bool {
    guard let h = lemmatizer.hunspell, h.spell(word.lowercasedFast()) else { return false }
    return !(lemmatizer.analyses(word.lowercasedFast()).first?.isAdjective ?? false)
  }

  /// A noun for a company, an airline or a news outlet (банк, компанія, авіакомпанія, агентство),
  /// not for a product or an event (літак, угода): what a bare Latin name after it is.
  func isCompanyNoun(_ word: String) -> Bool {
    let lemma = lemmatizer.lemma(word.lowercasedFast())
    return companyNouns.contains(lemma) || endsInCompanyNoun(lemma)
  }

  func isGenericNoun(_ word: String) -> Bool {
    let lower = word.lowercasedFast()
    let lemma = lemmatizer.lemma(lower)
    // Compounds of a company's noun count too (агрохолдинг «Астарта», агробанк).
    return gazetteer.genericNouns.contains(lower) || gazetteer.genericNouns.contains(lemma) || endsInCompanyNoun(lemma)
  }

  /// A single sentence-opening word that is a common word written with a capital ("Того ж
  /// дня"). Known names count as names unless `orKnown` (then Того, Чад must prove themselves).
  func isCommonWordAtSentenceStart(_ range: Range<Int>, tokens: [Token], sentences: [Sentence], sentence: Int, orKnown: Bool = false) -> Bool {
    guard range.count == 1, Self.opensSentence(range.lowerBound, tokens: tokens, sentence: sentences[sentence]),
      let h = lemmatizer.hunspell
    else { return false }
    let word = tokens[range.lowerBound].text
    guard !tokens[range.lowerBound].isAllCaps, orKnown || (gazetteer.lookup(word) == nil && knownEntry([word]) == nil) else { return false }
    // Names that are also common words (Надія, Віра, Коваль) have a capitalised dictionary entry.
    guard h.spell(word.lowercasedFast()) else { return false }
    return !h.stems(word).contains { $0.first?.isUppercase == true }
  }

  static let timeNouns: Set<String> = ["день", "рік", "раз", "час", "вечір", "ранок", "тиждень", "місяць", "ніч", "період"]

  /// A sentence-opening word that is a place and a common word both (Того, Чад, Мали), before a
  /// particle or a time: the common word ("Того ж дня", "Того року"; not "Того підписало").
  func isPronounBeforeParticleOrTime(_ range: Range<Int>, tokens: [Token], sentence: Sentence) -> Bool {
    guard range.count == 1, range.upperBound < sentence.tokenRange.upperBound, Self.opensSentence(range.lowerBound, tokens: tokens, sentence: sentence),
      !tokens[range.lowerBound].isAllCaps, let h = lemmatizer.hunspell
    else { return false }
    let next = tokens[range.upperBound]
    // A particle (ж, б) or a time the pronoun points at (дня, року, разу) follows the common
    // word; a verb, a conjunction or anything else may follow the name ("Литва є ...").
    guard next.kind == .word, !next.isCapitalized,
      ["ж", "же", "б", "би"].contains(next.text) || !Self.timeNouns.isDisjoint(with: lemmatizer.analyses(next.text).prefix(3).map(\.lemma))
    else { return false }
    // Only places: first names that are words (Роман, Марина) open sentences as names.
    return h.spell(tokens[range.lowerBound].text.lowercasedFast()) && knownEntry([tokens[range.lowerBound].text])?.nerLabel == "LOC"
  }

  /// Whether the dictionary knows a word's base form as a capitalised given name.
  func isFirstName(_ word: String) -> Bool {
    let lists = gazetteer.wordLists
    if lists.nameFormCount > 0 { return lists.nameClasses(word.lowercasedFast()).contains(.firstName) }
    guard let h = lemmatizer.hunspell else { return false }
    return lemmatizer.analyses(word).prefix(3).contains { a in
      a.lemma.first?.isUppercase == true && h.spell(a.lemma) && !h.spell(a.lemma.lowercasedFast())
    }
  }

  /// Words that can be a person's name: one is a first name, surname or patronymic in VESUM, or
  /// none is a common word ("Сігеру Ісіба"; not "Автономної Республіки Крим").
  func couldBePerson(_ words: ArraySlice<Token>) -> Bool {
    if words.contains(where: { !gazetteer.wordLists.nameClasses($0.text.lowercasedFast()).isDisjoint(with: .personal) }) { return true }
    guard let h = lemmatizer.hunspell else { return true }
    return !words.contains { h.spell($0.text.lowercasedFast()) }
  }

  func makeMention(_ range: Range<Int>, label: String, sentence: Int, tokens: [Token], text: ScalarText) -> Mention {
    let start = tokens[range.lowerBound].scalarStart
    let end = tokens[range.upperBound - 1].scalarEnd
    let surface = text.slice(start, end)
    let words = tokens[range].map(\.text)
    // A name in quotes after a generic noun keeps its nominative (авіакомпанії «Аерофлот»);
    // without one it declines like any noun («Укрзалізниці» -> «Укрзалізниця»).
    let quoted = range.lowerBound > 1 && tokens[range.lowerBound - 1].kind == .quote
      && isGenericNoun(tokens[range.lowerBound - 2].text)
    let isPerson = label == "PERS"
    // A name in quotes after a generic noun stays in the nominative (авіакомпанії «Аерофлот»).
    var match = quoted ? gazetteer.lookup(surface).map { ($0, surface) } : knownMatch(words)
    // A feminine post right before a person's name tells her gender ("Президентка ... Роберта Мецола").
    // Only for a first name VESUM knows as a woman's: the rules would decline an unknown one wrongly.
    var feminine = false
    var masculine = false
    var k = range.lowerBound - 1
    let firstClasses = gazetteer.wordLists.nameClasses(words[0].lowercasedFast())
    let womansName = isPerson && firstClasses.contains(.feminine)
    // A first name VESUM does not know takes the gender of the post before it: "міністерка
    // Пенні Вонг", "командувача Маджида Мусаві" (a man's post declined).
    let unknownName = isPerson && range.count > 1 && !firstClasses.contains(.firstName)
    while womansName || unknownName, k >= 0, range.lowerBound - k <= 8, tokens[k].kind == .word {
      // A post's noun in its feminine form: президентка, речниця, міністерка.
      if let title = personTitle(tokens[k].text) {
        feminine = title.hasSuffix("ка") || title.hasSuffix("иця")
        // Not over a woman's first name after her surname ("голови РДА Журавки Анжели").
        masculine = unknownName && !feminine && tokens[k].text.lowercasedFast() != title && !title.contains(" ")
          && !words.contains { gazetteer.wordLists.nameClasses($0.lowercasedFast()).isSuperset(of: [.firstName, .feminine]) }
        break
      }
      // Not across a verb or another person's name ("Президентка Мая Санду призначила Олега").
      if isVerbForm(tokens[k].text, only: true) || isFirstName(tokens[k].text) { break }
      k -= 1
    }
    var lemma = quoted ? surface : baseForm(words, label: isPerson && match == nil ? "PERS" : label, match: match?.1, gender: feminine ? .feminine : masculine ? .masculine : nil)
    // A base form world knowledge lists where no reading of the words matched it
    // ("Північноатлантичного альянсу" -> "Північноатлантичний альянс", an alias of NATO).
    if match == nil, !isPerson, let entry = gazetteer.lookup(lemma) { match = (entry, lemma) }
    let known = match?.0
    var label = label
    if let (entry, _) = match, !quoted {
      if entry.nerLabel == "LOC" { label = "LOC" } else if label == "PERS" || label == "MISC" { label = "ORG" }
    }
    // One word ending in a company's noun is a company (Сбербанку, Ощадбанк, Укргазбанк).
    if known == nil, label != "ORG", range.count == 1, words[0].count >= 7, case let single = lemmatizer.lemma(words[0]), endsInCompanyNoun(single) {
      label = "ORG"
      lemma = single
    }
    var m = Mention(
      scalarStart: start, scalarEnd: end, text: surface, label: label, type: "Thing", lemma: lemma,
      tokenRange: range, sentenceIndex: sentence, known: known)
    m.type = classify(m, tokens: tokens)
    return m
  }

  /// The Ukrainian base form of a name as written (words in text order): the reading world
  /// knowledge recognises, else the lemmatiser's, people agreeing in gender across words.
  public func baseForm(_ words: [String], label: String, match: String? = nil, gender: WordAnalysis.Gender? = nil) -> String {
    if let form = match ?? knownMatch(words)?.form { return form }
    let lemma = lemmatizer.lemmatizeName(words, isPerson: label == "PERS", gender: gender)
    // Keep the spacing and punctuation of the original for multi-word names.
    if label != "PERS" && words.count > 1 && lemma.split(separator: " ").count != words.count { return words.joined(separator: " ") }
    // Quotes sit against the words they enclose: ТОВ «Альфа», not ТОВ « Альфа ».
    return lemma.replacingOccurrences(of: "« ", with: "«").replacingOccurrences(of: " »", with: "»")
      .replacingOccurrences(of: "„ ", with: "„").replacingOccurrences(of: " “", with: "“")
  }

  /// A compound whose last part is a company's common noun (Сбербанк, Приватбанк): the noun
  /// and at least three letters before it.
  func endsInCompanyNoun(_ word: String) -> Bool {
    let lower = word.lowercasedFast()
    return compoundMarkers.contains { lower.count >= $0.count + 3 && lower.hasSuffix($0) }
  }

  /// The schema.org class of a mention.
  func classify(_ m: Mention, tokens: [Token]) -> String {
    if let k = m.known, m.label != "PERS" { return k.type }
    switch m.label {
    case "PERS": return "Person"
    case "LOC":
      if gazetteer.lookup(m.lemma)?.type == "Country" { return "Country" }
      // GeoNames tells a city or town from a region or another place (Житомир, Стрий).
      if gazetteer.wordLists.placeKind(m.lemma) == .city { return "City" }
      return "Place"
    case "ORG":
      // The noun before the name (авіакомпанія «Аерофлот», ТОВ «Х», агентство Bloomberg).
      if let word = wordBefore(m, tokens: tokens) {
        let before = lemmatizer.lemma(word.text).lowercasedFast()
        let raw = word.text
        if gazetteer.airlineMarkers.contains(before) || gazetteer.airlineMarkers.contains(raw) { return "Airline" }
        if gazetteer.companyMarkers.contains(before) || gazetteer.companyMarkers.contains(raw) || endsInCompanyNoun(before) { return "Corporation" }
        if gazetteer.mediaMarkers.contains(before) { return "NewsMediaOrganization" }
      }
      let words = tokens[m.tokenRange].filter { $0.kind == .word }
      if let first = words.first {
        if gazetteer.companyMarkers.contains(first.text) { return "Corporation" }
        if words.count == 1, endsInCompanyNoun(m.lemma) { return "Corporation" }
        if words.contains(where: { gazetteer.airlineMarkers.contains($0.text) }) { return "Airline" }
        let head = words.map { lemmatizer.lemma($0.text).lowercasedFast() }
        if head.contains(where: { gazetteer.governmentHeads.contains($0) }) { return "GovernmentOrganization" }
      }
      return "Organization"
    default:
      // The noun for the kind of thing named, before the name or opening it: закону «Про ...»,
      // фільм «...», Кодекс законів про працю, фестиваль «...».
      let first = tokens[m.tokenRange].first { $0.kind == .word }
      for t in [wordBefore(m, tokens: tokens), first].compactMap({ $0 }) where t.kind == .word {
        if let c = gazetteer.miscClasses[lemmatizer.lemma(t.text).lowercasedFast()] { return c }
      }
      return "Thing"
    }
  }

  /// The token before a mention, past any quotes (the noun in авіакомпанії «Аерофлот»).
  func wordBefore(_ m: Mention, tokens: [Token]) -> Token? {
    var k = m.tokenRange.lowerBound - 1
    while k >= 0 && tokens[k].kind == .quote { k -= 1 }
    // Past the state it is from: "компанія Азербайджану SOCAR".
    if k > 0, tokens[k].isCapitalized, knownEntry([tokens[k].text])?.type == "Country" { k -= 1 }
    return k >= 0 ? tokens[k] : nil
  }
}

import Foundation

extension RelationExtractor {
  /// Verb frames with case: "США зняли санкції з X", "ЄС посилив санкції проти X",
  /// "X провела переговори з Y", "X та Y обговорюють", "X, якого Y призначив ...".
  func verbFrames(_ ctx: Context, _ graph: inout KnowledgeGraph, agents: inout [String: (id: String, name: String)]) {
    for t in ctx.range where ctx.mentionAt[t] == nil {
      let opened = Set((ctx.lemmas[t] ?? []).flatMap { framesByVerb[$0] ?? [] }).sorted()
      for frame in opened.map({ patterns.verbFrames[$0] }) {
        guard let info = patterns.types[frame.relation] else { continue }
        if negated(ctx, t) { continue }
        let hedged = modal(ctx, near: t)
        var k = t + 1
        var objectBefore = false
        // An impersonal form (застосовано, запроваджено) has no subject of its own.
        let form = ctx.doc.tokens[t].text.lowercasedFast()
        let impersonal = form.hasSuffix("но") || form.hasSuffix("то")
        if !frame.object.isEmpty {
          // The object noun (санкції, переговори) follows within a few words.
          var found = false
          while k < min(ctx.range.upperBound, t + 5) {
            if has(ctx, k, frame.object) { found = true; k += 1; break }
            k += 1
          }
          // Before an impersonal verb: "санкції застосовано до X"; an adverb may stand between
          // ("Санкції також запроваджено").
          if !found, impersonal, t > ctx.range.lowerBound,
            has(ctx, t - 1, frame.object)
              || t > ctx.range.lowerBound + 1 && has(ctx, t - 2, frame.object) && isCommonWord(ctx, t - 1)
                && lemmatizer.analyses(ctx.doc.tokens[t - 1].text.lowercasedFast()).first?.isAdjective != true
          {
            found = true
            objectBefore = true
            k = t + 1
          }
          if !found, !impersonal, let (objects, agents) = invertedFrame(ctx, verb: t, frame: frame, &graph) {
            for (ami, aid, anote) in agents {
              for (omi, oid, onote) in objects {
                let from = omi.map { ctx.mentions[$0].mention.tokenRange.lowerBound } ?? t
                let ev = evidence(ctx, from: min(from, t), to: ctx.mentions[ami].mention.tokenRange.upperBound - 1, trigger: ctx.doc.tokens[t].text, note: anote ?? onote)
                add(&graph, aid, frame.relation, oid, stance: frame.stance, hedged: hedged, ev)
              }
            }
            continue
          }
          guard found else { continue }
        }
        let trigger = objectBefore ? ctx.doc.tokens[t - 1].text + " " + ctx.doc.tokens[t].text
          : ctx.doc.tokens[t].text + (frame.object.isEmpty ? "" : " " + ctx.doc.tokens[k - 1].text)
        if frame.passiveObject == true {
          appointment(ctx, verb: t, frame: frame, &graph)
          continue
        }
        var objects: [(Int?, String, String?)] = frame.directObject.map { directObject(ctx, after: t, allowed: $0, &graph) } ?? []
        var p = k
        var slotSeen = false
        while p < min(ctx.range.upperBound, k + 8), !frame.prepositions.isEmpty {
          let lower = ctx.doc.tokens[p].text.lowercasedFast()
          if ctx.doc.tokens[p].text == "," || ctx.doc.tokens[p].text == "." { break }
          if frame.prepositions.contains(lower) {
            objects = object(ctx, afterPreposition: p, allowed: info.object, bodiesModified: frame.relation == "memberOf", &graph)
            if !objects.isEmpty { break }
            slotSeen = true
          } else if slotSeen && isPreposition(ctx, p) {
            // The slot held an unnamed object ("з угорського банку ... після переговорів з
            // урядом Угорщини"): a name further on is another phrase's.
            break
          }
          p += 1
        }
        let subj = subject(ctx, before: t, allowed: frame.subjects ?? info.subject, &graph)
        if objects.isEmpty && frame.coordinated == true, let (smi, sid, note) = subj {
          // "X та Y обговорюють": the coordinated subjects deal with each other.
          var first = ctx.mentions[smi].mention.tokenRange.lowerBound
          // Past the second one's kind of body ("SOCAR і турецька компанія BOTAŞ").
          while first > ctx.range.lowerBound, ctx.doc.tokens[first - 1].kind == .quote { first -= 1 }
          // Or past its post and the post's body ("Олжас Бектенов і віцепрем'єр Державної ради КНР X").
          var c = first - 1
          while c > ctx.range.lowerBound, first - c < 8, !has(ctx, c, patterns.coordinators),
            ctx.mentionAt[c].map({ entityType(ctx.mentions[$0].entity, graph) != "Person" }) ?? (isCommonWord(ctx, c) || titleAt(ctx, c) != nil)
          {
            c -= 1
          }
          if c < first - 1, c > ctx.range.lowerBound, has(ctx, c, patterns.coordinators) { first = c + 1 }
          if first - 1 > ctx.range.lowerBound, has(ctx, first - 1, patterns.coordinators) {
            var j = first - 2
            while j >= ctx.range.lowerBound, ctx.mentionAt[j] == nil, ctx.doc.tokens[j].kind == .word || ctx.doc.tokens[j].kind == .quote, first - j < 4 { j -= 1 }
            if j >= ctx.range.lowerBound, let mj = ctx.mentionAt[j], let (other, note2) = slotEntity(ctx, mj, allowed: frame.subjects ?? info.subject, &graph),
              fitsBetween(frame, other, sid, graph)
            {
              let ev = evidence(ctx, from: ctx.mentions[mj].mention.tokenRange.lowerBound, to: t, trigger: trigger, note: note ?? note2)
              add(&graph, other, frame.relation, sid, stance: frame.stance, hedged: hedged, ev)
            }
          }
          continue
        }
        guard let (smi, sid, snote) = subj else {
          // "Також санкції застосовано до X": an impersonal verb's agent is the one the
          // document last gave the same relation to.
          guard impersonal, let (aid, aname) = earlierAgent(ctx, relation: frame.relation, graph) ?? agents[frame.relation] else { continue }
          for (omi, oid, onote) in objects {
            let end = omi.map { ctx.mentions[$0].mention.tokenRange.upperBound - 1 } ?? p
            let note = "impersonal: \(aname), as earlier in the document" + (onote.map { "; \($0)" } ?? "")
            add(&graph, aid, frame.relation, oid, stance: frame.stance, hedged: hedged, evidence(ctx, from: t, to: end, trigger: trigger, note: note))
          }
          continue
        }
        if !hedged { agents[frame.relation] = (sid, graph.entities[sid]?.name ?? sid) }
        for (omi, oid, onote) in objects where fitsBetween(frame, sid, oid, graph) {
          let end = omi.map { ctx.mentions[$0].mention.tokenRange.upperBound - 1 } ?? p
          let ev = evidence(ctx, from: ctx.mentions[smi].mention.tokenRange.lowerBound, to: end, trigger: trigger, note: snote ?? onote)
          add(&graph, sid, frame.relation, oid, stance: frame.stance, hedged: hedged, ev)
        }
      }
    }
  }

  /// "Обмеження проти X запровадили Y та Z": the object noun and its slot before the verb,
  /// the agents right after it.
  func invertedFrame(
    _ ctx: Context, verb t: Int, frame: RelationPatterns.VerbFrame, _ graph: inout KnowledgeGraph
  ) -> (objects: [(Int?, String, String?)], agents: [(Int, String, String?)])? {
    guard let info = patterns.types[frame.relation], !frame.prepositions.isEmpty,
      let o = (max(ctx.range.lowerBound, t - 8)..<t).first(where: { has(ctx, $0, frame.object) }),
      let p = (o + 1..<t).first(where: { frame.prepositions.contains(ctx.doc.tokens[$0].text.lowercasedFast()) })
    else { return nil }
    let objects = object(ctx, afterPreposition: p, allowed: info.object, &graph).filter { ($0.0.map { ctx.mentions[$0].mention.tokenRange.upperBound } ?? t) <= t }
    guard !objects.isEmpty else { return nil }
    var agents: [(Int, String, String?)] = []
    var k = t + 1
    while k < ctx.range.upperBound, let mi = ctx.mentionAt[k], let (id, note) = slotEntity(ctx, mi, allowed: info.subject, &graph) {
      agents.append((mi, id, note))
      k = ctx.mentions[mi].mention.tokenRange.upperBound
      guard k < ctx.range.upperBound, has(ctx, k, patterns.coordinators) || ctx.doc.tokens[k].text == "," else { break }
      k += 1
    }
    return agents.isEmpty ? nil : (objects, agents)
  }

  /// Whether both sides are of the kinds a frame holds between (bodies' agreements), as the
  /// tree frames read them: "Organization" is every body.
  func fitsBetween(_ frame: RelationPatterns.VerbFrame, _ a: String, _ b: String, _ graph: KnowledgeGraph) -> Bool {
    guard let kinds = frame.between else { return true }
    return fits(entityType(a, graph), kinds) && fits(entityType(b, graph), kinds)
  }

  /// A lower-case word that is no verb nor preposition (the adjective and noun of a body's kind).
  func isCommonWord(_ ctx: Context, _ k: Int) -> Bool {
    let tok = ctx.doc.tokens[k]
    return tok.kind == .word && !tok.isCapitalized && !tok.isAllCaps && !isVerb(ctx, k) && !isPreposition(ctx, k)
  }

  /// A lower-case adjective (a title's "колишнього", "нинішнього").
  func isCommonAdjective(_ ctx: Context, _ k: Int) -> Bool {
    isCommonWord(ctx, k) && lemmatizer.isAdjective(ctx.doc.tokens[k].text)
  }

  /// What a verb takes directly: the first name of an allowed kind after it, past a place
  /// phrase ("в Анкарі") and the words of a post ("президента Азербайджану"); none once
  /// another noun comes first ("прийняла закон", "прийняв запрошення").
  func directObject(_ ctx: Context, after t: Int, allowed: [String], _ graph: inout KnowledgeGraph) -> [(Int?, String, String?)] {
    var k = t + 1
    var afterPreposition = false
    while k < min(ctx.range.upperBound, t + 10) {
      let tok = ctx.doc.tokens[k]
      if let mi = ctx.mentionAt[k] {
        let id = ctx.mentions[mi].entity
        if fits(entityType(id, graph), allowed), !afterPreposition { return [(mi, id, ctx.notes[mi])] }
        afterPreposition = false
        k = ctx.mentions[mi].mention.tokenRange.upperBound
        continue
      }
      guard tok.kind == .word, !isVerb(ctx, k) else { return [] }
      if isPreposition(ctx, k) {
        afterPreposition = true
      } else if titleAt(ctx, k) == nil, countryAdjective(ctx, k, &graph) == nil,
        lemmatizer.analyses(tok.text.lowercasedFast()).first?.isAdjective != true
      {
        return []
      }
      k += 1
    }
    return []
  }

  /// "Під обмеження потрапили X та Y", "X потрапив під санкції": the named undergo the
  /// relation; its agent is the one the document named before.
  func undergoerFrames(_ ctx: Context, _ graph: inout KnowledgeGraph, agents: [String: (id: String, name: String)]) {
    for t in ctx.range where ctx.mentionAt[t] == nil {
      let opened = Set((ctx.lemmas[t] ?? []).flatMap { framesByUndergoer[$0] ?? [] }).sorted()
      for frame in opened.map({ patterns.verbFrames[$0] }) {
        guard let info = patterns.types[frame.relation], !negated(ctx, t),
          (max(ctx.range.lowerBound, t - 3)..<min(ctx.range.upperBound, t + 4)).contains(where: { has(ctx, $0, frame.object) }),
          let (aid, aname) = earlierAgent(ctx, relation: frame.relation, graph) ?? agents[frame.relation]
        else { continue }
        var objects = object(ctx, afterPreposition: t, allowed: info.object, &graph)
        // "Серед компаній, що потрапили під обмеження, — X і Y": the list after the dash.
        if objects.isEmpty, let dash = (t + 1..<min(ctx.range.upperBound, t + 6)).first(where: { ["—", "–"].contains(ctx.doc.tokens[$0].text) && ctx.doc.tokens[$0 - 1].text == "," }) {
          objects = object(ctx, afterPreposition: dash, allowed: info.object, &graph)
        }
        if objects.isEmpty, let (smi, sid, snote) = subject(ctx, before: t, allowed: info.object, &graph) { objects = [(smi, sid, snote)] }
        for (omi, oid, onote) in objects where oid != aid {
          let at = omi.map { ctx.mentions[$0].mention.tokenRange } ?? t..<(t + 1)
          let note = "\(aname), as earlier in the document" + (onote.map { "; \($0)" } ?? "")
          add(&graph, aid, frame.relation, oid, stance: frame.stance, hedged: modal(ctx, near: t),
            evidence(ctx, from: min(t, at.lowerBound), to: max(t, at.upperBound - 1), trigger: ctx.doc.tokens[t].text, note: note))
        }
      }
    }
  }

  /// The passive: "Санкції проти X були запроваджені Канадою": the object noun and its target
  /// before a participle, the agent named right after it.
  func passiveFrames(_ ctx: Context, _ graph: inout KnowledgeGraph) {
    for t in ctx.range where ctx.mentionAt[t] == nil {
      let opened = Set((ctx.lemmas[t] ?? []).flatMap { framesByParticiple[$0] ?? [] }).sorted()
      for frame in opened.map({ patterns.verbFrames[$0] }) {
        guard let info = patterns.types[frame.relation], !negated(ctx, t) else { continue }
        // The object noun within eight words before, then a preposition after it.
        guard let o = stride(from: t - 1, through: max(ctx.range.lowerBound, t - 8), by: -1).first(where: { has(ctx, $0, frame.object) }),
          let p = (o + 1..<t).first(where: { frame.prepositions.contains(ctx.doc.tokens[$0].text.lowercasedFast()) })
        else { continue }
        let objects = object(ctx, afterPreposition: p, allowed: info.object, &graph).filter { ($0.0.map { ctx.mentions[$0].mention.tokenRange.upperBound } ?? p) <= t }
        // The agent: the next name, no preposition before it.
        var a = t + 1
        while a < min(ctx.range.upperBound, t + 3), ctx.mentionAt[a] == nil, ctx.doc.tokens[a].kind == .word, !isPreposition(ctx, a) { a += 1 }
        guard a < ctx.range.upperBound, let ami = ctx.mentionAt[a], let (aid, anote) = slotEntity(ctx, ami, allowed: info.subject, &graph) else { continue }
        let hedged = modal(ctx, near: t)
        let trigger = ctx.doc.tokens[o].text + " " + ctx.doc.tokens[t].text
        for (_, oid, onote) in objects {
          add(&graph, aid, frame.relation, oid, stance: frame.stance, hedged: hedged,
            evidence(ctx, from: o, to: ctx.mentions[ami].mention.tokenRange.upperBound - 1, trigger: trigger, note: anote ?? onote))
        }
      }
    }
  }

  /// Talks named by a noun with both sides after it: "після переговорів Віктора Орбана з
  /// Ульфом Крістерссоном", "зустріч Макрона із Зеленським".
  func talksNouns(_ ctx: Context, _ graph: inout KnowledgeGraph) {
    for frame in patterns.verbFrames where frame.coordinated != true && !frame.object.isEmpty && frame.participles == nil {
      guard let info = patterns.types[frame.relation], info.symmetric else { continue }
      for t in ctx.range where ctx.mentionAt[t] == nil {
        guard t + 1 < ctx.range.upperBound, let smi = ctx.mentionAt[t + 1], has(ctx, t, frame.object), !negated(ctx, t),
          let (sid, snote) = slotEntity(ctx, smi, allowed: info.subject, &graph)
        else { continue }
        let p = ctx.mentions[smi].mention.tokenRange.upperBound
        guard p < ctx.range.upperBound, frame.prepositions.contains(ctx.doc.tokens[p].text.lowercasedFast()) else { continue }
        for (omi, oid, onote) in object(ctx, afterPreposition: p, allowed: info.object, &graph) {
          let end = omi.map { ctx.mentions[$0].mention.tokenRange.upperBound - 1 } ?? p
          add(&graph, sid, frame.relation, oid, hedged: modal(ctx, near: t), evidence(ctx, from: t, to: end, trigger: ctx.doc.tokens[t].text, note: snote ?? onote))
        }
      }
    }
  }

  /// The subject of the latest relation of this type stated earlier in the same document.
  func earlierAgent(_ ctx: Context, relation: String, _ graph: KnowledgeGraph) -> (String, String)? {
    var best: (Int, String)?
    for r in graph.relations.values where r.predicate == relation {
      for e in r.evidence where e.document == ctx.doc.source.id && e.scalarEnd <= ctx.sentence.scalarStart {
        if best == nil || e.scalarStart > best!.0 { best = (e.scalarStart, r.subject) }
      }
    }
    return best.map { ($0.1, graph.entities[$0.1]?.name ?? $0.1) }
  }

  /// "Y призначив X послом", "X, якого Y призначив спеціальним посланником з питань Z".
  func appointment(_ ctx: Context, verb t: Int, frame: RelationPatterns.VerbFrame, _ graph: inout KnowledgeGraph) {
    guard let info = patterns.types[frame.relation] else { return }
    // Without a named appointer ("Наглядова рада призначила X головою Y") the role still counts.
    let appointer = subject(ctx, before: t, allowed: info.object, &graph)
    var appointee: (Int, String)?
    let sStart = appointer.map { ctx.mentions[$0.0].mention.tokenRange.lowerBound } ?? t
    // The relative pronoun before the subject points back to the appointee.
    var k = sStart - 1
    while appointer != nil && k >= ctx.range.lowerBound && sStart - k <= 3 {
      if patterns.relativePronouns.contains(ctx.doc.tokens[k].text.lowercasedFast()) {
        var j = k - 1
        while j >= ctx.range.lowerBound && ctx.doc.tokens[j].text == "," { j -= 1 }
        if j >= ctx.range.lowerBound, let mi = ctx.mentionAt[j], entityType(ctx.mentions[mi].entity, graph) == "Person" {
          appointee = (mi, ctx.mentions[mi].entity)
        }
        break
      }
      k -= 1
    }
    var roleStart = t + 1
    if appointee == nil {
      var j = t + 1
      // Past the post and where it is ("призначила новим послом Молдови в Румунії X").
      while j < min(ctx.range.upperBound, t + 10), ctx.doc.tokens[j].kind != .punctuation, j == t + 1 || !isVerb(ctx, j) {
        if let mi = ctx.mentionAt[j], entityType(ctx.mentions[mi].entity, graph) == "Person" {
          appointee = (mi, ctx.mentions[mi].entity)
          roleStart = ctx.mentions[mi].mention.tokenRange.upperBound
          break
        }
        j += 1
      }
    }
    guard let (ami, aid) = appointee, !negated(ctx, t) else { return }
    let hedged = modal(ctx, near: t)
    let trigger = ctx.doc.tokens[t].text
    let from = min(ctx.mentions[ami].mention.tokenRange.lowerBound, sStart)
    if let (_, sid, _) = appointer {
      add(&graph, aid, frame.relation, sid, hedged: hedged, evidence(ctx, from: from, to: t, trigger: trigger, note: nil))
    }
    // The role it names: "головою Державної митної служби", "спеціальним посланником з питань Молдови".
    var r = roleStart
    while r < min(ctx.range.upperBound, roleStart + 4) {
      if let title = titleAt(ctx, r), ctx.mentionAt[r] == nil, let (omi, oid, onote) = bodyOfTitle(ctx, r, relation: title.relation, &graph) {
        let end = ctx.mentions[omi].mention.tokenRange.upperBound - 1
        add(&graph, aid, title.relation, oid, hedged: hedged, evidence(ctx, from: from, to: end, trigger: ctx.doc.tokens[r].text, note: onote))
        break
      }
      if let title = titleAt(ctx, r), let rel = title.target, let after = title.targetAfter {
        var q = r + 1
        while q < min(ctx.range.upperBound, r + 8) {
          let lower = ctx.doc.tokens[q].text.lowercasedFast()
          if after.contains(where: { $0.first == lower }) {
            if let (_, tid, note) = object(ctx, afterPreposition: q + (lower == "з" ? 1 : 0), allowed: patterns.types[rel]?.object ?? [], &graph).first {
              add(&graph, aid, rel, tid, hedged: hedged, evidence(ctx, from: from, to: q + 2, trigger: ctx.doc.tokens[r].text, note: note))
            }
            break
          }
          q += 1
        }
        break
      }
      r += 1
    }
  }

  /// The body a title at t is held in, named right after it in the genitive, past a few
  /// lower-case words ("головою правління Укрзалізниці", "директором Державної служби").
  func bodyOfTitle(_ ctx: Context, _ t: Int, relation: String, _ graph: inout KnowledgeGraph) -> (Int, String, String?)? {
    var k = t + 1
    while k < min(ctx.range.upperBound, t + 4) {
      if let mi = ctx.mentionAt[k] {
        guard let (id, note) = slotEntity(ctx, mi, allowed: patterns.types[relation]?.object ?? [], &graph) else { return nil }
        return (mi, id, note)
      }
      let tok = ctx.doc.tokens[k]
      if tok.kind == .quote { k += 1; continue }
      if tok.kind != .word || tok.isCapitalized || isPreposition(ctx, k) || isVerb(ctx, k) { return nil }
      k += 1
    }
    return nil
  }

  /// "X є союзником Y", "вірним союзником Росії", "X — член Y".
  func nounFrames(_ ctx: Context, _ graph: inout KnowledgeGraph) {
    for t in ctx.range where ctx.mentionAt[t] == nil {
      for frame in patterns.nounFrames where has(ctx, t, frame.nouns) {
        guard let info = patterns.types[frame.relation] else { continue }
        var k = t + 1
        var obj: (Int, String, String?)?
        while k < min(ctx.range.upperBound, t + 4) {
          if let mi = ctx.mentionAt[k] {
            if let (id, note) = slotEntity(ctx, mi, allowed: info.object, &graph) { obj = (mi, id, note) }
            break
          }
          if ctx.doc.tokens[k].kind != .word { break }
          k += 1
        }
        guard let (omi, oid, onote) = obj else { continue }
        // The subject must be in the same clause: "союзниця Росії вже звільнила" has none.
        var s = t - 1
        var subj: (Int, String, String?)?
        while s >= ctx.range.lowerBound {
          if isBreak(ctx, s) || ctx.doc.tokens[s].text == "," && !has(ctx, s + 1, patterns.coordinators) { break }
          if let mi = ctx.mentionAt[s] {
            let m = ctx.mentions[mi].mention
            if isNominative(m) && !governedByPreposition(ctx, m), let (id, note) = slotEntity(ctx, mi, allowed: info.subject, &graph) { subj = (mi, id, note) }
            if subj != nil { break }
            s = m.tokenRange.lowerBound - 1
            continue
          }
          s -= 1
        }
        guard let (smi, sid, snote) = subj, !negated(ctx, t) else { continue }
        let ev = evidence(ctx, from: ctx.mentions[smi].mention.tokenRange.lowerBound, to: ctx.mentions[omi].mention.tokenRange.upperBound - 1, trigger: ctx.doc.tokens[t].text, note: snote ?? onote)
        add(&graph, sid, frame.relation, oid, hedged: modal(ctx, near: t), ev)
      }
    }
  }

  /// "пов'язані з X та Y": a stated link that fits no narrower type.
  func association(_ ctx: Context, _ graph: inout KnowledgeGraph) {
    let a = patterns.association
    guard let info = patterns.types[a.relation] else { return }
    for t in ctx.range where has(ctx, t, a.lemmas) && !negated(ctx, t) {
      var p = t + 1
      while p < min(ctx.range.upperBound, t + 3) && !a.prepositions.contains(ctx.doc.tokens[p].text.lowercasedFast()) { p += 1 }
      guard p < ctx.range.upperBound, a.prepositions.contains(ctx.doc.tokens[p].text.lowercasedFast()) else { continue }
      let objects = object(ctx, afterPreposition: p, allowed: info.object, &graph)
      guard !objects.isEmpty else { continue }
      let hedged = modal(ctx, near: t)
      let trigger = ctx.doc.tokens[t].text
      if let (smi, sid, note) = subjectInClause(ctx, before: t, allowed: info.subject, &graph) {
        for (_, oid, onote) in objects {
          add(&graph, sid, a.relation, oid, hedged: hedged, evidence(ctx, from: ctx.mentions[smi].mention.tokenRange.lowerBound, to: p + 2, trigger: trigger, note: note ?? onote))
        }
      } else if objects.count > 1 {
        for i in 1..<objects.count {
          add(&graph, objects[0].1, a.relation, objects[i].1, hedged: hedged, evidence(ctx, from: t, to: objects[i].0.map { ctx.mentions[$0].mention.tokenRange.upperBound - 1 } ?? p, trigger: trigger, note: "coordinated"))
        }
      }
    }
  }

  /// A nominative subject strictly inside the clause (no crossing of commas or relatives).
  func subjectInClause(_ ctx: Context, before t: Int, allowed: [String], _ graph: inout KnowledgeGraph) -> (Int, String, String?)? {
    var k = t - 1
    while k >= ctx.range.lowerBound {
      // A closing quote right after a name («Альфа») is part of it, not a clause break.
      if ctx.doc.tokens[k].kind == .quote, k - 1 >= ctx.range.lowerBound, ctx.mentionAt[k - 1] != nil { k -= 1; continue }
      if isBreak(ctx, k) || ctx.doc.tokens[k].text == "," { return nil }
      if let mi = ctx.mentionAt[k] {
        if isNominative(ctx.mentions[mi].mention) && !governedByPreposition(ctx, ctx.mentions[mi].mention), let (id, note) = slotEntity(ctx, mi, allowed: allowed, &graph) { return (mi, id, note) }
        k = ctx.mentions[mi].mention.tokenRange.lowerBound - 1
        continue
      }
      k -= 1
    }
    return nil
  }
}

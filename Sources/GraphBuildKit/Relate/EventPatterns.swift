import Foundation

extension RelationExtractor {
  /// Releases and pardons with a count and a date ("у вересні Білорусь відпустила 52 особи",
  /// "21 червня – 14 осіб"), and nominations ("висунення кандидатури Келлога").
  func events(_ ctx: Context, _ graph: inout KnowledgeGraph) {
    let ev = patterns.events
    let triggers = ctx.range.filter { has(ctx, $0, ev.release) || has(ctx, $0, ev.pardon) }
    if let trigger = triggers.first, !modal(ctx, near: trigger), !negated(ctx, trigger) {
      let kind = triggers.contains { has(ctx, $0, ev.pardon) } ? "pardon" : "release"
      let agent = subject(ctx, before: trigger, allowed: ["Country", "Person", "Organization"], &graph)
      for t in ctx.range where ctx.doc.tokens[t].kind == .number {
        guard let count = Int(ctx.doc.tokens[t].text), count > 0, count < 1_000_000,
          (1...3).contains(where: { t + $0 < ctx.range.upperBound && has(ctx, t + $0, ev.people) }),
          !ctx.dates.contains(where: { $0.0 == t }), !modal(ctx, near: t)
        else { continue }
        // "понад 1000 ... утримує": counts of people held, not released, sit before another verb.
        if t > ctx.range.lowerBound && ["понад", "близько", "щонайменше"].contains(ctx.doc.tokens[t - 1].text.lowercasedFast()) && t < trigger { continue }
        let date = nearestDate(ctx, before: t)
        let id = KnowledgeGraph.base + "event/" + KnowledgeGraph.fingerprint(ctx.doc.source.id + "|\(t)|" + kind)
        graph.events[id] = .init(
          id: id, kind: kind, count: count, date: date, agent: agent?.1, participants: [],
          evidence: evidence(ctx, from: min(trigger, t), to: max(trigger, t + 1), trigger: ctx.doc.tokens[trigger].text, note: nil))
      }
    }
    for t in ctx.range where has(ctx, t, ev.nomination) && !negated(ctx, t) {
      var j = t + 1
      var appointee: String?
      while j < min(ctx.range.upperBound, t + 6) {
        if let mi = ctx.mentionAt[j], entityType(ctx.mentions[mi].entity, graph) == "Person" { appointee = ctx.mentions[mi].entity; break }
        j += 1
      }
      guard let who = appointee else { continue }
      let agent = subject(ctx, before: t, allowed: ["Person", "Country", "Organization"], &graph)
      let id = KnowledgeGraph.base + "event/" + KnowledgeGraph.fingerprint(ctx.doc.source.id + "|\(t)|nomination")
      let e = evidence(ctx, from: t, to: j, trigger: ctx.doc.tokens[t].text, note: nil)
      graph.events[id] = .init(
        id: id, kind: "nomination", count: nil, date: nearestDate(ctx, before: t), agent: agent?.1, participants: [who], evidence: e)
      // A verb ("призначив") already made the relation through its verb frame; a noun
      // ("висунення кандидатури") makes it here.
      let verbFrame = patterns.verbFrames.contains { $0.relation == "appointedBy" && has(ctx, t, $0.verbs) }
      if !verbFrame, let (_, aid, _) = agent, aid != who, !modal(ctx, near: t) {
        add(&graph, who, "appointedBy", aid, e)
      }
    }
  }

  /// The closest date to the left of token t in the same stretch of text (not across a quote
  /// or a colon), else the sentence's only date.
  func nearestDate(_ ctx: Context, before t: Int) -> String? {
    let left = ctx.dates.filter { $0.0 < t }.max { $0.0 < $1.0 }
    if let (d, iso) = left {
      let between = (d..<t).contains { ["«", "»", ":", ";", "\""].contains(ctx.doc.tokens[$0].text) }
      if !between { return iso }
    }
    return ctx.dates.count == 1 && ctx.dates[0].0 > t ? ctx.dates[0].1 : nil
  }
}

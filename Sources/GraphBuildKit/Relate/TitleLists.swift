extension RelationExtractor {
  /// Lists of posts and their holders, where each post comes before its holder's name, as
  /// registers of founders, councillors and officials are written:
  ///
  ///     "Засновниками товариства є депутат облради Віктор Г., депутат райради (позапартійний),
  ///      начальник управління юстиції Сергій Д., голова РДА Юрій О."
  ///
  /// An item with no name of its own ("депутат райради (позапартійний)") is the next holder's
  /// (Сергій Д.), not the name before its comma; a post the copula gives to the list
  /// ("Засновниками ... є") goes to every holder it names. Items are cut at commas outside
  /// brackets; an item opens with a post (past adjectives and "а також") or with a name.
  ///
  /// Made where it is used and dropped at once: one held while the graph grows would copy it.
  struct TitleList {
    let extractor: RelationExtractor
    let ctx: RelationExtractor.Context
    let graph: KnowledgeGraph

    /// The holder of the post at `t` when its item names nobody and the item before it is a
    /// post and its holder's name ("голова Х Петро П., депутат ради, директор У Іван І."), or nil.
    func forwardHolder(ofTitleAt t: Int) -> Int? {
      let item = self.item(around: t)
      guard item.lowerBound - 2 >= ctx.range.lowerBound, ctx.doc.tokens[item.lowerBound - 1].text == ",",
        person(in: item) == nil, opensWithPost(item.lowerBound),
        postThenName(self.item(around: item.lowerBound - 2))
      else { return nil }
      return holders(after: item.upperBound).first
    }

    /// The holders of the items that follow token `start` (a comma or a conjunction), in order;
    /// items that name nobody are passed over, and the list ends at an item that opens with
    /// neither a post nor a name, or holds a verb or a relative pronoun.
    func holders(after start: Int) -> [Int] {
      let end = ctx.range.upperBound
      var found: [Int] = []
      var k = pastAside(start)
      var nameless = 0
      while k < end {
        let separator = k
        while k < end, isSeparator(k) { k += 1 }
        guard k > separator, k < end else { break }
        let opening = k
        var holder: Int?
        var words = 0
        item: while k < end {
          if let mi = ctx.mentionAt[k] {
            k = ctx.mentions[mi].mention.tokenRange.upperBound
            if isPerson(mi) { holder = mi; break item }
            words += 1
            continue
          }
          let tok = ctx.doc.tokens[k]
          if tok.kind == .quote { k += 1; continue }
          if tok.text == "(", let close = closing(k) { k = close + 1; continue }
          guard tok.kind == .word || tok.kind == .number else { break }
          if extractor.isVerb(ctx, k) || extractor.isBreak(ctx, k) || extractor.has(ctx, k, extractor.patterns.relativePronouns) { return found }
          words += 1
          k += 1
          if words > 14 { return found }
        }
        guard words == 0 || opensWithPost(opening) else { break }
        if let h = holder {
          found.append(h)
          nameless = 0
          k = pastAside(extractor.pastOrigin(ctx, k, graph))
        } else {
          nameless += 1
          if words == 0 || nameless > 2 { break }
        }
      }
      return found
    }

    /// The tokens of the comma-separated item that holds `t`, brackets counted as inside.
    func item(around t: Int) -> Range<Int> {
      var start = t
      var depth = 0
      while start > ctx.range.lowerBound {
        let text = ctx.doc.tokens[start - 1].text
        if text == ")" { depth += 1 } else if text == "(" { depth = max(0, depth - 1) } else if depth == 0, isItemEnd(start - 1) { break }
        start -= 1
      }
      var end = t + 1
      depth = 0
      while end < ctx.range.upperBound {
        let text = ctx.doc.tokens[end].text
        if text == "(" { depth += 1 } else if text == ")" { depth = max(0, depth - 1) } else if depth == 0, isItemEnd(end) { break }
        end += 1
      }
      return start..<end
    }

    /// Whether the item names a person and a post comes before the name with no verb or
    /// copula between them ("депутат облради від партії Віктор Г."; not "Засновником є Анна Ю.").
    func postThenName(_ item: Range<Int>) -> Bool {
      guard let p = person(in: item) else { return false }
      var k = ctx.mentions[p].mention.tokenRange.lowerBound - 1
      while k >= item.lowerBound {
        if extractor.isVerb(ctx, k) || ctx.doc.tokens[k].text.lowercasedFast() == "є" { return false }
        if ctx.mentionAt[k] == nil, extractor.titleAt(ctx, k) != nil { return true }
        k -= 1
      }
      return false
    }

    /// Whether the item's first word, past "а також", conjunctions and adjectives, is a post.
    func opensWithPost(_ start: Int) -> Bool {
      var k = start
      while k < ctx.range.upperBound, k - start < 4, isSeparator(k) || extractor.isCommonAdjective(ctx, k) { k += 1 }
      return k < ctx.range.upperBound && ctx.mentionAt[k] == nil && extractor.titleAt(ctx, k) != nil
    }

    func person(in item: Range<Int>) -> Int? {
      item.lazy.compactMap { ctx.mentionAt[$0] }.first(where: isPerson)
    }

    func isPerson(_ mi: Int) -> Bool { extractor.entityType(ctx.mentions[mi].entity, graph) == "Person" }

    func isSeparator(_ k: Int) -> Bool {
      let text = ctx.doc.tokens[k].text.lowercasedFast()
      return text == "," || text == "також" || text == "а" || ctx.mentionAt[k] == nil && extractor.has(ctx, k, extractor.patterns.coordinators)
    }

    func isItemEnd(_ k: Int) -> Bool {
      let tok = ctx.doc.tokens[k]
      return [",", ";", ":"].contains(tok.text) || tok.kind == .dash
    }

    /// The bracket that closes the one at `k`, within `limit` tokens.
    func closing(_ k: Int, within limit: Int = 8) -> Int? {
      (k + 1..<min(ctx.range.upperBound, k + limit + 1)).first { ctx.doc.tokens[$0].text == ")" }
    }

    /// Past an aside in brackets after a holder's name ("Іван Р. (компанія дружини ТОВ «X»)").
    func pastAside(_ k: Int) -> Int {
      guard k < ctx.range.upperBound, ctx.doc.tokens[k].text == "(", let close = closing(k, within: 12) else { return k }
      return close + 1
    }
  }
}

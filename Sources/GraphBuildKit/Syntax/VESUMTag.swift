/// A VESUM tag (`noun:anim:m:v_naz:prop:fname`) read as Universal Dependencies' part of speech
/// and features, following UD Ukrainian's conventions.
///
///     VESUMTag("noun:anim:m:v_naz:prop:fname").upos   // "PROPN"
///     VESUMTag("noun:anim:m:v_naz:prop:fname").feats  // "Animacy=Anim|Case=Nom|Gender=Masc|NameType=Giv|Number=Sing"
public struct VESUMTag: Sendable, Hashable {
  public let text: String
  let parts: [Substring]

  public init(_ text: String) {
    self.text = text
    // The treebank's older notation marks a second reading with "&" (`adj:f:v_naz:&adjp`).
    parts = text.split(separator: ":").map { $0.hasPrefix("&") ? $0.dropFirst() : $0 }
  }

  func has(_ part: String) -> Bool { parts.contains { $0 == part } }

  /// The word class VESUM gives first (`noun`, `adj`, `verb`, ...).
  public var wordClass: Substring { parts.first ?? "" }

  /// The case, as VESUM writes it (`v_naz`), or nil.
  public var caseCode: Substring? { parts.first { $0.hasPrefix("v_") } }

  public var upos: String {
    switch wordClass {
    case "noun":
      if has("pron") { return "PRON" }
      return has("prop") ? "PROPN" : "NOUN"
    case "adj": return has("pron") ? "DET" : "ADJ"
    case "verb": return "VERB"
    case "advp": return "VERB"
    case "adv": return has("pron") ? "ADV" : "ADV"
    case "prep": return "ADP"
    case "conj": return has("coord") ? "CCONJ" : "SCONJ"
    case "part": return "PART"
    case "intj", "onomat": return "INTJ"
    case "numr", "number": return "NUM"
    case "punct": return "PUNCT"
    case "symb": return "SYM"
    default: return "X"
    }
  }

  public var feats: String {
    var f: [String] = []
    func add(_ key: String, _ value: String) { f.append(key + "=" + value) }
    let cls = wordClass
    if has("anim") { add("Animacy", "Anim") } else if has("inanim") || has("unanim") { add("Animacy", "Inan") }
    if let c = caseCode {
      let cases = ["v_naz": "Nom", "v_rod": "Gen", "v_dav": "Dat", "v_zna": "Acc", "v_oru": "Ins", "v_mis": "Loc", "v_kly": "Voc"]
      if let v = cases[String(c)] { add("Case", v) }
    }
    if has("compb") { add("Degree", "Pos") } else if has("compc") { add("Degree", "Cmp") } else if has("comps") { add("Degree", "Sup") }
    if has("m") { add("Gender", "Masc") } else if has("f") { add("Gender", "Fem") } else if has("n") { add("Gender", "Neut") }
    if has("perf") { add("Aspect", "Perf") } else if has("imperf") { add("Aspect", "Imp") }
    if cls == "verb" {
      if has("impr") { add("Mood", "Imp") } else if !has("inf") && !has("impers") { add("Mood", "Ind") }
    }
    if has("fname") { add("NameType", "Giv") } else if has("lname") { add("NameType", "Sur") } else if has("pname") { add("NameType", "Pat") } else if has("geo") { add("NameType", "Geo") }
    if has("p") { add("Number", "Plur") } else if has("s") || (cls == "noun" || cls == "adj") && (has("m") || has("f") || has("n")) { add("Number", "Sing") }
    if has("1") { add("Person", "1") } else if has("2") { add("Person", "2") } else if has("3") { add("Person", "3") }
    if has("pers") { add("PronType", "Prs") } else if has("dem") { add("PronType", "Dem") } else if has("int") && has("rel") { add("PronType", "Int,Rel") } else if has("int") { add("PronType", "Int") } else if has("rel") { add("PronType", "Rel") } else if has("neg") { add("PronType", "Neg") } else if has("gen") { add("PronType", "Tot") } else if has("ind") { add("PronType", "Ind") }
    if cls == "verb" || cls == "advp" {
      if has("past") { add("Tense", "Past") } else if has("pres") { add("Tense", "Pres") } else if has("futr") { add("Tense", "Fut") }
    }
    if cls == "advp" { add("VerbForm", "Conv") } else if has("adjp") { add("VerbForm", "Part") } else if cls == "verb" { add("VerbForm", has("inf") ? "Inf" : has("impers") ? "Imp" : "Fin") }
    if has("pasv") { add("Voice", "Pass") } else if has("actv") { add("Voice", "Act") }
    guard !f.isEmpty else { return "_" }
    // UD orders features alphabetically by name.
    return f.sorted { $0.lowercased() < $1.lowercased() }.joined(separator: "|")
  }

  /// What the parser needs of a tag: the word class, case and the flags that decide
  /// attachment (`noun:v_rod`, `adj:pron:v_zna`, `verb:inf`).
  public var coarse: String {
    var out = String(wordClass)
    for p in parts.dropFirst() where p == "pron" || p == "prop" || p == "coord" || p == "subord" || p == "inf" || p == "adjp" || p == "predic" || p == "insert" || p == "rel" || p == "int" || p == "neg" || p == "impers" || p.hasPrefix("v_") {
      out += ":" + p
    }
    return out
  }
}

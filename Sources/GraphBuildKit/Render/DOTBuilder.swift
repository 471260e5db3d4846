import Foundation

/// The graph as DOT text, built in pure Swift so that it can be tested without Graphviz.
/// Shape and colour by entity type, a legend, relation names on edges, and tooltips that carry
/// the evidence sentence (SVG shows them on hover).
public struct DOTBuilder: Sendable {
  public struct Style: Sendable {
    public var shape: String
    public var fill: String
  }

  public static let styles: [String: Style] = [
    "Person": .init(shape: "ellipse", fill: "#cfe8ff"),
    "Organization": .init(shape: "box", fill: "#ffe4b5"),
    "GovernmentOrganization": .init(shape: "box3d", fill: "#ffd59a"),
    "NewsMediaOrganization": .init(shape: "note", fill: "#f3e1ff"),
    "Corporation": .init(shape: "component", fill: "#ffcccc"),
    "Airline": .init(shape: "component", fill: "#ffb3b3"),
    "Country": .init(shape: "hexagon", fill: "#c8f0c8"),
    "City": .init(shape: "house", fill: "#e0f5d0"),
    "Place": .init(shape: "house", fill: "#eeeeee"),
    "Thing": .init(shape: "plaintext", fill: "#ffffff"),
  ]

  static let edgeColours: [String: String] = [
    "imposedSanctionsOn": "#c0392b", "liftedSanctionsOn": "#27ae60", "leaderOf": "#1f4e79",
    "negotiatesWith": "#8e44ad", "allyOf": "#d35400", "envoyTo": "#2471a3", "representativeOf": "#2471a3",
    "appointedBy": "#7f8c8d", "partOf": "#555555", "locatedIn": "#555555", "memberOf": "#555555",
    "citizenOf": "#555555", "associatedWith": "#999999",
  ]

  public init() {}

  /// Longest text of one DOT string, in characters: Graphviz's parser refuses strings past
  /// 16,384 bytes, and five bytes a character (`&amp;`) stay under that.
  static let longestString = 3000

  /// A DOT string that Graphviz reads back as the text itself: no controls or noncharacters
  /// (XML has no place for them), `&` written `&amp;` so that `&lt;b&gt;` is not drawn as `<b>`,
  /// and long text cut with an ellipsis.
  static func quote(_ s: String) -> String {
    var text = Sanitize.text(s)
    if text.count > longestString { text = text.cutAtWord(longestString) }
    return "\"" + Sanitize.escaped(text, ["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "&": "&amp;", "\r": "", "\u{0}": ""]) + "\""
  }

  /// Entities that take part in at least one relation: a large graph drawn without the places
  /// and names mentioned in passing.
  public static func connected(in graph: KnowledgeGraph) -> Set<String> {
    var ids: Set<String> = []
    for r in graph.relations.values {
      ids.insert(r.subject)
      ids.insert(r.object)
    }
    return ids
  }

  /// Entities within `hops` of `focus` (all entities when focus is nil).
  public static func neighbourhood(of focus: String, hops: Int, in graph: KnowledgeGraph) -> Set<String> {
    var adjacency: [String: Set<String>] = [:]
    for r in graph.relations.values {
      adjacency[r.subject, default: []].insert(r.object)
      adjacency[r.object, default: []].insert(r.subject)
    }
    var seen: Set<String> = [focus]
    var frontier: Set<String> = [focus]
    var h = 0
    while h < hops && !frontier.isEmpty {
      h += 1
      var next: Set<String> = []
      for n in frontier { for m in adjacency[n] ?? [] where !seen.contains(m) { next.insert(m) } }
      seen.formUnion(next)
      frontier = next
    }
    return seen
  }

  /// `leftOut` is said in the legend: what a picture of a large graph does not draw.
  public func dot(_ graph: KnowledgeGraph, only: Set<String>? = nil, focus: String? = nil, leftOut: String? = nil) -> String {
    let entities = graph.entities.values.filter { only?.contains($0.id) ?? true }.sorted { $0.id < $1.id }
    let ids = Set(entities.map(\.id))
    var index: [String: String] = [:]
    for (i, e) in entities.enumerated() { index[e.id] = "n\(i)" }
    var lines: [String] = []
    lines.append("digraph graphbuild {")
    lines.append("  graph [fontname=\"DejaVu Sans\", overlap=false, splines=true, rankdir=LR, bgcolor=\"white\", tooltip=\"graphbuild\"];")
    lines.append("  node [fontname=\"DejaVu Sans\", fontsize=11, style=filled];")
    lines.append("  edge [fontname=\"DejaVu Sans\", fontsize=9];")
    for e in entities {
      let style = Self.styles[e.type] ?? Self.styles["Thing"]!
      // The second line is the English name where world knowledge gives one, else KMU 2010.
      let latin = e.englishName ?? e.latinName
      let label = latin.isEmpty || latin == e.name ? e.name : e.name + "\n" + latin
      var tooltip = "\(e.type): \(e.name)"
      if let en = e.englishName { tooltip += " (\(en))" }
      if !e.aliases.isEmpty { tooltip += "\nalso: " + e.aliases.prefix(8).joined(separator: ", ") }
      tooltip += "\n\(e.mentions.count) mentions"
      let pen = e.id == focus ? ", penwidth=3" : ""
      lines.append(
        "  \(index[e.id]!) [label=\(Self.quote(label)), shape=\(style.shape), fillcolor=\"\(style.fill)\", tooltip=\(Self.quote(tooltip)), id=\(Self.quote(e.id))\(pen)];")
    }
    for r in graph.relations.values.sorted(by: { $0.id < $1.id }) where ids.contains(r.subject) && ids.contains(r.object) {
      var label = r.predicate
      if let stance = r.stance { label += " (\(stance))" }
      if !r.dates.isEmpty { label += "\n" + r.dates.joined(separator: ", ") }
      let tooltip = r.evidence.prefix(3).map { "«\($0.sentence.cutAtWord(600))»" }.joined(separator: "\n")
      let colour = Self.edgeColours[r.predicate] ?? "#333333"
      let style = r.hedged ? "dashed" : "solid"
      let symmetric = ["negotiatesWith", "allyOf", "associatedWith"].contains(r.predicate)
      lines.append(
        "  \(index[r.subject]!) -> \(index[r.object]!) [label=\(Self.quote(label)), color=\"\(colour)\", fontcolor=\"\(colour)\", style=\(style), tooltip=\(Self.quote(tooltip)), labeltooltip=\(Self.quote(tooltip)), id=\(Self.quote(r.id))\(symmetric ? ", dir=both" : "")];")
    }
    // Entities in no drawn relation are packed into a block beside the graph, rows joined by
    // invisible edges, instead of one long column down the first rank.
    let related = Set(graph.relations.values.filter { ids.contains($0.subject) && ids.contains($0.object) }.flatMap { [$0.subject, $0.object] })
    let isolated = entities.filter { !related.contains($0.id) }.map { index[$0.id]! }
    if isolated.count > 1 {
      let width = max(3, Int(Double(isolated.count).squareRoot().rounded(.up)))
      lines.append("  subgraph cluster_isolated {")
      lines.append("    label=\"in no relation (\(isolated.count))\"; fontname=\"DejaVu Sans\"; fontsize=9; style=dashed; color=\"#cccccc\";")
      lines.append("    " + isolated.joined(separator: "; ") + ";")
      for row in stride(from: 0, to: isolated.count, by: width) {
        let members = isolated[row..<min(row + width, isolated.count)]
        if members.count > 1 { lines.append("    " + members.joined(separator: " -> ") + " [style=invis];") }
      }
      lines.append("  }")
    }
    // Legend: one sample node per entity type present.
    let types = Set(entities.map(\.type)).sorted()
    if !types.isEmpty {
      lines.append("  subgraph cluster_legend {")
      lines.append("    label=\"Legend\"; fontname=\"DejaVu Sans\"; style=rounded; color=\"#aaaaaa\";")
      for (i, t) in types.enumerated() {
        let style = Self.styles[t] ?? Self.styles["Thing"]!
        lines.append("    legend\(i) [label=\(Self.quote(t)), shape=\(style.shape), fillcolor=\"\(style.fill)\", fontsize=9, tooltip=\(Self.quote("entity type " + t))];")
      }
      for i in 0..<(types.count - 1) { lines.append("    legend\(i) -> legend\(i + 1) [style=invis];") }
      if let leftOut {
        lines.append("    legendLeftOut [label=\(Self.quote(leftOut)), shape=plaintext, style=\"\", fontsize=9];")
        lines.append("    legend\(types.count - 1) -> legendLeftOut [style=invis];")
      }
      lines.append("  }")
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The layout engine for a graph of this many nodes (measured: dot to ~200 nodes,
  /// neato to ~1,000, sfdp beyond).
  public static func engine(forNodeCount n: Int) -> String {
    n <= 200 ? "dot" : (n <= 1000 ? "neato" : "sfdp")
  }
}

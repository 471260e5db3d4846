import ArgumentParser
import Foundation
import GraphBuildKit

struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Draw the graph through Graphviz's libgvc (in-process): SVG, PNG, PDF or DOT.")

  @Flag(help: "SVG (default), with tooltips that carry the evidence.") var svg = false
  @Flag(help: "PNG.") var png = false
  @Flag(help: "PDF.") var pdf = false
  @Flag(help: "DOT text, not laid out.") var dot = false
  @Flag(help: "One self-contained HTML page: the picture with pan and zoom, search by any spelling, evidence, filters, a timeline.") var html = false

  @OptionGroup var graphOptions: GraphOptions

  @Option(help: "Output file (default out/graph.<format>).")
  var out: String?

  @Option(help: "Layout engine (dot, neato, fdp, sfdp, circo, twopi); chosen by size if omitted.")
  var engine: String?

  @Option(help: "Draw only this entity's neighbourhood (any script or form).")
  var focus: String?

  @Option(parsing: .unconditional, help: "Relation steps around --focus (0 or more).")
  var hops: Int = 1

  @Flag(help: "Leave out entities that take part in no relation.")
  var connectedOnly = false

  @Flag(help: "Draw every entity of a large graph (by default, past 200 entities, those in no relation are left out, and past 1,000 those with the fewest relations).")
  var all = false

  @Flag(help: "Replace --out even if it holds something other than a picture of this format.")
  var force = false

  func validate() throws {
    if [svg, png, pdf, dot, html].filter({ $0 }).count > 1 { throw ValidationError("choose one of --svg, --png, --pdf, --dot, --html") }
    if hops < 0 { throw ValidationError("--hops must be 0 or more") }
    if all && connectedOnly { throw ValidationError("choose one of --all and --connected-only") }
  }

  func run() throws {
    try reporting {
      let format = png ? "png" : (pdf ? "pdf" : (dot ? "dot" : (html ? "html" : "svg")))
      let path = out ?? "out/graph.\(format)"
      // Checked before the work: a picture never replaces the graph, an article or anything else.
      if !force, let found = PictureFile.foreignContent(at: path, format: format) {
        throw GraphBuildError.wouldOverwrite(file: path, found: found, format: format.uppercased())
      }
      try GraphFile.checkWritable(path)
      let graph = try GraphFile.loadExisting(graphOptions.graphPath)
      var only: Set<String>?
      var focusID: String?
      if let focus {
        let id = try lookUp(focus, by: NameLookup(graph: graph).match)
        focusID = id
        only = DOTBuilder.neighbourhood(of: id, hops: hops, in: graph)
      }
      if connectedOnly {
        let connected = DOTBuilder.connected(in: graph).union(focusID.map { [$0] } ?? [])
        only = only?.intersection(connected) ?? connected
      }
      var leftOut: String?
      if focus == nil && !connectedOnly && !all {
        let scope = DrawingScope(graph)
        only = scope.only
        leftOut = scope.leftOutNote
        if let note = leftOut { Terminal.note("\(graph.entities.count) entities; \(note)") }
      }
      let text = DOTBuilder().dot(graph, only: only, focus: focusID, leftOut: leftOut)
      let data: Data
      var done = "\(path): DOT text"
      if dot {
        data = Data(text.utf8)
      } else {
        let n = only?.count ?? graph.entities.count
        let chosen = engine ?? DOTBuilder.engine(forNodeCount: n)
        let start = Date()
        let picture = try GraphvizRenderer.render(dot: text, engine: chosen, format: GraphvizRenderer.Format(rawValue: html ? "svg" : format)!)
        data = html ? Data(try HTMLPage.page(svg: String(decoding: picture, as: UTF8.self), graph: graph, only: only).utf8) : picture
        done = "\(path): \(n) nodes, engine \(chosen), \(Int(Date().timeIntervalSince(start) * 1000)) ms"
      }
      try GraphFile.writeAtomically(data, to: path)
      Terminal.note(done)
    }
  }
}

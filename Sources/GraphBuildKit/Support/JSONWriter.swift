import Foundation

/// JSON text from plain Swift values (String, Bool, Int, Double, arrays, `[String: Any]`, NSNull),
/// keys sorted, slashes and non-ASCII letters as they are. Foundation's JSONSerialization does
/// the same through dynamic casts and locale-aware key comparison, and took a fifth of `extract`.
public enum JSONWriter {
  public static func data(_ value: Any, pretty: Bool = false) throws -> Data {
    var out: [UInt8] = []
    out.reserveCapacity(1 << 16)
    try write(value, into: &out, indent: pretty ? 0 : nil)
    return Data(out)
  }

  public static func string(_ value: Any, pretty: Bool = false) throws -> String {
    String(decoding: try data(value, pretty: pretty), as: UTF8.self)
  }

  /// The text of an object whose last key holds a long array, the array's elements written as
  /// they are made and the text handed to `sink` a megabyte at a time: neither the values nor
  /// the text of a large graph are held whole. The same bytes as `data` of the whole object.
  ///
  ///     try JSONWriter.write(head: ["@context": ctx], arrayKey: "@graph", pretty: true, to: sink) { emit in
  ///       for node in nodes { try emit(node) }
  ///     }
  public static func write(
    head: [String: Any], arrayKey: String, pretty: Bool = false, to sink: ([UInt8]) throws -> Void,
    elements: ((Any) throws -> Void) throws -> Void
  ) throws {
    precondition(head.keys.allSatisfy { $0 < arrayKey }, "the array's key sorts last")
    let inner = pretty ? 1 : nil
    var out: [UInt8] = []
    out.reserveCapacity(1 << 20)
    out.append(UInt8(ascii: "{"))
    for key in head.keys.sorted() {
      newline(&out, inner)
      string(key, into: &out)
      out.append(contentsOf: (pretty ? " : " : ":").utf8)
      try write(head[key]!, into: &out, indent: inner)
      out.append(UInt8(ascii: ","))
    }
    newline(&out, inner)
    string(arrayKey, into: &out)
    out.append(contentsOf: (pretty ? " : " : ":").utf8)
    var count = 0
    out.append(UInt8(ascii: "["))
    try withoutActuallyEscaping(sink) { sink in
      try elements { value in
        if count > 0 { out.append(UInt8(ascii: ",")) }
        newline(&out, inner.map { $0 + 1 })
        try write(value, into: &out, indent: inner.map { $0 + 1 })
        count += 1
        if out.count >= 1 << 20 {
          try sink(out)
          out.removeAll(keepingCapacity: true)
        }
      }
    }
    if count == 0 { out.append(UInt8(ascii: "]")) } else {
      newline(&out, inner)
      out.append(UInt8(ascii: "]"))
    }
    newline(&out, pretty ? 0 : nil)
    out.append(UInt8(ascii: "}"))
    try sink(out)
  }

  public struct UnsupportedValue: Error, CustomStringConvertible {
    public var type: String
    public var description: String { "cannot write a \(type) as JSON" }
  }

  private static func write(_ value: Any, into out: inout [UInt8], indent: Int?) throws {
    // Containers before NSNull: asking whether a Swift array or dictionary is an NSNull
    // bridges it to Foundation first.
    switch value {
    case let s as String: string(s, into: &out)
    case let o as [String: Any]:
      if o.isEmpty { out.append(contentsOf: "{}".utf8); return }
      out.append(UInt8(ascii: "{"))
      for (i, key) in o.keys.sorted().enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(&out, indent.map { $0 + 1 })
        string(key, into: &out)
        out.append(contentsOf: (indent == nil ? ":" : " : ").utf8)
        try write(o[key]!, into: &out, indent: indent.map { $0 + 1 })
      }
      newline(&out, indent)
      out.append(UInt8(ascii: "}"))
    case let a as [Any]:
      if a.isEmpty { out.append(contentsOf: "[]".utf8); return }
      out.append(UInt8(ascii: "["))
      for (i, v) in a.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(&out, indent.map { $0 + 1 })
        try write(v, into: &out, indent: indent.map { $0 + 1 })
      }
      newline(&out, indent)
      out.append(UInt8(ascii: "]"))
    case let b as Bool: out.append(contentsOf: (b ? "true" : "false").utf8)
    case let i as Int: out.append(contentsOf: String(i).utf8)
    case let d as Double:
      guard d.isFinite else { throw UnsupportedValue(type: "non-finite number") }
      out.append(contentsOf: (d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)).utf8)
    case is NSNull: out.append(contentsOf: "null".utf8)
    default: throw UnsupportedValue(type: "\(type(of: value))")
    }
  }

  private static func newline(_ out: inout [UInt8], _ indent: Int?) {
    guard let indent else { return }
    out.append(UInt8(ascii: "\n"))
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
  }

  private static func string(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
      case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
      case 0x0A: out.append(contentsOf: "\\n".utf8)
      case 0x0D: out.append(contentsOf: "\\r".utf8)
      case 0x09: out.append(contentsOf: "\\t".utf8)
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        out.append(contentsOf: "\\u00".utf8)
        out.append(hex[Int(b >> 4)])
        out.append(hex[Int(b & 0xF)])
      default: out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}

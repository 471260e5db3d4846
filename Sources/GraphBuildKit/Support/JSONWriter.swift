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

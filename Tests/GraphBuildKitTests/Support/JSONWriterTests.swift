import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct JSONWriterTests {
  static var value: [String: Any] { [
    "b": [1, 2.5, -3, true, false, NSNull(), [] as [Any], [:] as [String: Any]] as [Any],
    "a": "«Лукашенка» \"quoted\" back\\slash / tab\t newline\n bell\u{07}",
    "c": ["z": 1, "@id": "gb:x"] as [String: Any],
  ] }

  @Test(arguments: [false, true])
  func foundationReadsBackWhatWasWritten(pretty: Bool) throws {
    let data = try JSONWriter.data(Self.value, pretty: pretty)
    let back = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(NSDictionary(dictionary: back).isEqual(to: Self.value))
  }

  @Test func keysSortedSlashesAndLettersAsTheyAre() throws {
    let s = try JSONWriter.string(Self.value)
    #expect(s.hasPrefix(#"{"a":"«Лукашенка» \"quoted\" back\\slash / tab\t newline\n bell\u0007","b":[1,2.5,-3,true,false,null,[],{}],"c":{"@id":"gb:x","z":1}}"#))
    #expect(try JSONWriter.string(["k": [1]], pretty: true) == "{\n  \"k\" : [\n    1\n  ]\n}")
  }

  @Test func valuesJSONCannotHoldAreRefused() {
    #expect(throws: JSONWriter.UnsupportedValue.self) { try JSONWriter.data(["x": Date()]) }
    #expect(throws: JSONWriter.UnsupportedValue.self) { try JSONWriter.data([Double.nan]) }
  }

  /// An object written with its array streamed is the same text as the whole object written at
  /// once, in any chunks the sink is handed.
  @Test(arguments: [0, 1, 3, 40_000])
  func aStreamedArrayGivesTheSameBytesAsTheWhole(_ count: Int) throws {
    let elements: [Any] = (0..<count).map { ["@id": "n\($0)", "name": ["Київ", $0] as [Any]] as [String: Any] }
    for pretty in [false, true] {
      var chunks: [[UInt8]] = []
      try JSONWriter.write(head: ["@context": ["a": 1]], arrayKey: "@graph", pretty: pretty, to: { chunks.append($0) }) { emit in
        for e in elements { try emit(e) }
      }
      let whole = try JSONWriter.data(["@context": ["a": 1], "@graph": elements] as [String: Any], pretty: pretty)
      #expect(Data(chunks.joined()) == whole)
      if count == 40_000 { #expect(chunks.count > 1) }
    }
  }
}


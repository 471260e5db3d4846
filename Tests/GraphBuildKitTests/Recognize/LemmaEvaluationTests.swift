import Foundation
import Testing
@testable import GraphBuildKit

/// The 300+ inflected name forms of Tests/Fixtures/lemmas.tsv (our own set), scored by class.
@Suite struct LemmaEvaluationTests {
  static let report: LemmaEvaluation.Report = {
    let text = try! String(contentsOf: Fixtures.repo.appendingPathComponent("Tests/Fixtures/lemmas.tsv"), encoding: .utf8)
    return LemmaEvaluation.run(text, recognizer: Fixtures.recognizer)
  }()

  @Test func theSetIsLargeAndCoversEveryClass() {
    #expect(Self.report.total >= 300)
    #expect(Set(Self.report.byClass.keys) == ["person-first", "person-first-feminine", "surname", "surname-feminine", "full-name", "organization", "place", "indeclinable"])
  }

  @Test func overallAccuracyIsAtLeast95Percent() {
    let r = Self.report
    #expect(Double(r.correct) / Double(r.total) >= 0.95, "misses: \(r.misses.map { "\($0.form)->\($0.got)" })")
  }

  @Test(arguments: ["surname", "surname-feminine", "full-name", "organization", "place", "indeclinable"])
  func classAccuracy(_ cls: String) throws {
    let s = try #require(Self.report.byClass[cls])
    #expect(Double(s.correct) / Double(s.total) >= 0.9)
  }
}

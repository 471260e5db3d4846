import Foundation

/// Scores base forms against a `class<TAB>form<TAB>lemma` test set.
public enum LemmaEvaluation {
  public struct Miss: Sendable { public var form, got, expected: String }
  public struct Report: Sendable {
    public var byClass: [String: (correct: Int, total: Int)] = [:]
    public var misses: [Miss] = []
    public var correct: Int { byClass.values.reduce(0) { $0 + $1.correct } }
    public var total: Int { byClass.values.reduce(0) { $0 + $1.total } }
  }

  /// The NER label a test-set class stands for.
  static func label(_ cls: String) -> String {
    if cls.hasPrefix("person") || cls.hasPrefix("surname") || cls == "full-name" { return "PERS" }
    if cls == "place" { return "LOC" }
    return "ORG"
  }

  public static func run(_ text: String, recognizer: Recognizer) -> Report {
    var r = Report()
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let f = line.split(separator: "\t").map(String.init)
      guard f.count == 3 else { continue }
      let words = Tokenizer().tokenize(ScalarText(f[1])).map(\.text)
      let got = recognizer.baseForm(words, label: label(f[0]))
      let ok = got == f[2]
      r.byClass[f[0], default: (0, 0)].total += 1
      if ok { r.byClass[f[0]]!.correct += 1 } else { r.misses.append(Miss(form: f[1], got: got, expected: f[2])) }
    }
    return r
  }
}

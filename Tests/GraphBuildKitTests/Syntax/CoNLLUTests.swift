import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct CoNLLUTests {
  static let text = """
    # sent_id = 1
    # text = Уряд ухвалив закон.
    1\tУряд\tуряд\t_\t_\t_\t2\tnsubj\t_\t_
    2\tухвалив\tухвалити\t_\t_\t_\t0\troot\t_\t_
    3-4\tзакон.\t_\t_\t_\t_\t_\t_\t_\t_
    3\tзакон\tзакон\t_\t_\t_\t2\tobj\t_\tSpaceAfter=No
    4\t.\t.\t_\t_\t_\t2\tpunct\t_\t_
    4.1\tухвалив\tухвалити\t_\t_\t_\t_\t_\t0:root\t_

    # sent_id = 2
    1\tДякую\tдякувати\t_\t_\t_\t_\t_\t_\t_
    """

  @Test func readsWordsAndKeepsEveryLine() throws {
    let sentences = try CoNLLU.parse(Self.text, file: "t.conllu")
    #expect(sentences.count == 2)
    #expect(sentences[0].forms == ["Уряд", "ухвалив", "закон", "."])
    #expect(sentences[0].heads.map { $0?.head } == [2, 0, 2, 2])
    #expect(sentences[1].heads.count == 1 && sentences[1].heads[0] == nil)
    // Every sentence ends with a blank line, as the format asks, the last one too.
    #expect(CoNLLU.format(sentences) == Self.text + "\n\n")
  }

  @Test func namesTheLineWithTooFewColumns() {
    #expect(throws: GraphBuildError.self) { try CoNLLU.parse("1\tслово\n", file: "bad.conllu") }
    do {
      _ = try CoNLLU.parse("# x\n1\tслово\tслово\n", file: "bad.conllu")
    } catch {
      #expect("\(error)".contains("bad.conllu") && "\(error)".contains("line 2"))
    }
  }
}

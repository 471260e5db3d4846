import Testing
@testable import GraphBuildKit

@Suite struct ParseScoreTests {
  @Test func countsHeadsAndUniversalRelations() throws {
    let gold = try CoNLLU.parse(
      "1\tМер\tмер\t_\t_\t_\t2\tnsubj\t_\t_\n2\tсказав\tсказати\t_\t_\t_\t0\troot\t_\t_\n3\tІван\tІван\t_\t_\t_\t1\tflat:title\t_\t_\n4\tу\tу\t_\t_\t_\t_\t_\t_\t_\n",
      file: "g")[0]
    var predicted = gold
    predicted.rows[0][7] = "obj"  // head right, relation wrong
    predicted.rows[2][7] = "flat"  // universal part right
    predicted.rows[2][2] = "іван"
    var score = ParseScore()
    score.add(gold: gold, predicted: predicted)
    #expect(score.words == 3)  // the word without a gold head is not counted
    #expect(score.uas == 1)
    #expect(abs(score.las - 2.0 / 3) < 1e-9)
    #expect(abs(score.exactLAS - 1.0 / 3) < 1e-9)
    #expect(score.lemmaAccuracy == 1)
  }
}

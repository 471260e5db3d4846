import Testing
@testable import GraphBuildKit

@Suite struct DropPronounBeforeParticleOrTimeTests {
  @Test func thePronounBeforeATimeNamesNothing() {
    var f = RepairFixture("Того ж дня уряд ухвалив рішення. Того року Литва вступила до союзу.")
    #expect(f.run(DropPronounBeforeParticleOrTime(), on: "Того ж", label: "LOC").verdict == .next)
    #expect(f.run(DropPronounBeforeParticleOrTime(), on: "Того", label: "LOC").verdict == .done)
    #expect(f.run(DropPronounBeforeParticleOrTime(), on: "Того року", label: "LOC").verdict == .next)
  }

  @Test func theStateBeforeAVerbStays() {
    var f = RepairFixture("Того підписало угоду з Ганою.")
    #expect(f.run(DropPronounBeforeParticleOrTime(), on: "Того", label: "LOC").verdict == .next)
  }
}

import Testing
@testable import GraphBuildKit

@Suite struct SanitizeTests {
  @Test func textReplacesControlsAndNoncharactersOneForOne() {
    let s = "A\u{0B}B\u{1B}C\u{FFFF}D\u{FFFE}\u{9B}\tE\n"
    let clean = Sanitize.text(s)
    #expect(clean == "A B C D  \tE\n")
    #expect(clean.unicodeScalars.count == s.unicodeScalars.count)
  }

  @Test func terminalShowsControlsInsteadOfSendingThem() {
    #expect(Sanitize.terminal("Tusk\u{1B}]0;x\u{07}") == "Tusk\\x1B]0;x\\x07")
    #expect(Sanitize.terminal("line\nbreak") == "line\\x0Abreak")
    #expect(Sanitize.terminal("Київ «Нафтогаз»") == "Київ «Нафтогаз»")
  }
}

@Suite struct CutAtWordTests {
  @Test func longTextIsCutAtASpaceWithAnEllipsis() {
    #expect("Туск провів переговори з Зеленським".cutAtWord(20) == "Туск провів…")
    #expect("коротко".cutAtWord(20) == "коротко")
    #expect(String(repeating: "а", count: 30).cutAtWord(10) == String(repeating: "а", count: 9) + "…")
    #expect("Він сказав: «Так, звісно» і пішов".cutAtWord(18) == "Він сказав…")
  }
}

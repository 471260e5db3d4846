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

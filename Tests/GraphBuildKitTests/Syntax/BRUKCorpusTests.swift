import Testing
@testable import GraphBuildKit

@Suite struct BRUKCorpusTests {
  @Test func readsSentencesSkippingAlternatives() {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <text>
      <paragraph>
      <sentence>
        <token value="Компанія" lemma="компанія" tags="noun:inanim:f:v_naz" />
        <token value="&quot;Зоря&quot;" lemma="&quot;Зоря&quot;" tags="noun:inanim:f:v_naz:prop" />
        <token value="автор(к)и" lemma="автори" tags="noun:anim:p:v_naz" >
          <alts>
            <token value="автор(к)и" lemma="авторки" tags="noun:anim:p:v_naz" />
          </alts>
        </token>
      </sentence>
      <sentence>
        <token value="." lemma="." tags="punct" />
      </sentence>
      </paragraph>
      </text>
      """
    let s = BRUKCorpus.sentences(inFile: xml)
    #expect(s.count == 2)
    #expect(s[0].map(\.form) == ["Компанія", "\"Зоря\"", "автор(к)и"])
    #expect(s[0][2].lemma == "автори")
    #expect(s[1] == [TaggedWord(form: ".", lemma: ".", tag: "punct")])
  }
}

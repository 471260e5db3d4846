import Testing
@testable import GraphBuildKit

@Suite struct VESUMTagTests {
  @Test func partsOfSpeech() {
    #expect(VESUMTag("noun:anim:m:v_naz:prop:fname").upos == "PROPN")
    #expect(VESUMTag("noun:inanim:f:v_rod").upos == "NOUN")
    #expect(VESUMTag("noun:anim:p:v_naz:pron:pers:3").upos == "PRON")
    #expect(VESUMTag("adj:m:v_rod:pron:dem").upos == "DET")
    #expect(VESUMTag("conj:coord").upos == "CCONJ")
    #expect(VESUMTag("conj:subord").upos == "SCONJ")
    #expect(VESUMTag("prep").upos == "ADP")
    #expect(VESUMTag("advp:perf").upos == "VERB")
    #expect(VESUMTag("punct").upos == "PUNCT")
  }

  @Test func featuresInUDOrder() {
    #expect(VESUMTag("noun:anim:m:v_naz:prop:fname").feats == "Animacy=Anim|Case=Nom|Gender=Masc|NameType=Giv|Number=Sing")
    #expect(VESUMTag("verb:perf:past:f").feats == "Aspect=Perf|Gender=Fem|Mood=Ind|Tense=Past|VerbForm=Fin")
    #expect(VESUMTag("verb:imperf:inf").feats == "Aspect=Imp|VerbForm=Inf")
    #expect(VESUMTag("punct").feats == "_")
  }

  @Test func theTreebanksOlderNotationReadsTheSame() {
    let old = VESUMTag("adj:f:v_naz:&adjp:perf:pasv")
    let new = VESUMTag("adj:f:v_naz:adjp:perf:pasv")
    #expect(old.feats == new.feats && old.coarse == new.coarse)
    #expect(old.coarse == "adj:v_naz:adjp")
  }
}

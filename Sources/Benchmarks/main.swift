import Foundation
import GraphBuildKit

// Benchmarks that print figures (never timed tests):
//   graphbuild-bench text DIR [--tokens N]   tokenising + lemmatising, tokens/s and memory
//   graphbuild-bench tag DIR [--tokens N] [--unseen DIR2]
//                                            NER tagging with the model loaded once, tokens/s;
//                                            DIR2: articles never seen, after DIR warmed the caches
//   graphbuild-bench extract DIR             the whole pipeline over DIR's .txt files (read,
//                                            recognise, resolve, relate, write JSON-LD), tokens/s
//   graphbuild-bench load                    model and gazetteer load time
//   graphbuild-bench syntax FILE.conllu [--tokens N]
//                                            tagging, then parsing, of the file's sentences with
//                                            the model loaded once: tokens/s of each and together
//   graphbuild-bench encoder DIR [--depth N] [--tokens N]
//                                            contextual word vectors of DIR's articles (brat
//                                            .txt) from the encoder: words/s on one core, memory
//   graphbuild-bench size DIR MB [MB ...]    one article of each size (DIR's .txt files repeated),
//                                            extracted: seconds, MB/s and peak memory, to show
//                                            the cost grows in proportion to the size
//   graphbuild-bench size-mentions DIR MB [MB ...]
//                                            the same through `mentions`: no relations, and
//                                            entities keep names only
//   graphbuild-bench replicate GRAPH COPIES OUT
//                                            a large graph made of a real one: COPIES copies of
//                                            its nodes, each copy's IRIs renamed (names kept), to
//                                            time queries on; seconds to write it and its index

func residentMiB() -> Double {
  guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
  else { return 0 }
  return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
}

/// The process's peak resident memory so far (VmHWM).
func peakMiB() -> Double {
  guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
  else { return 0 }
  return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
}

func corpus(_ dir: String, tokens target: Int) throws -> (texts: [String], tokens: Int) {
  let docs = try BratCorpus.load(URL(fileURLWithPath: dir))
  let tokenizer = Tokenizer()
  let base = docs.map(\.text)
  let perPass = base.reduce(0) { $0 + tokenizer.tokenize(ScalarText($1)).count }
  let passes = max(1, (target + perPass - 1) / perPass)
  return (base, perPass * passes)
}

func option(_ name: String, _ fallback: Int) -> Int {
  let a = CommandLine.arguments
  if let i = a.firstIndex(of: name), i + 1 < a.count, let v = Int(a[i + 1]) { return v }
  return fallback
}

func printFormTable(_ tagger: Tagger) {
  print("form table (data/forms.bin): " + (tagger.usesFormTable ? "in use" : "none, or stale; scripts/build-forms.sh builds it"))
}

let args = CommandLine.arguments
guard args.count >= 2 else {
  print("usage: graphbuild-bench text|tag DIR [--tokens N] | load")
  exit(64)
}
let clock = ContinuousClock()
func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

switch args[1] {
case "encoder":
  let dir = try DataDirectory.locate(file: TextEncoder.fileName)
  let loadStart = clock.now
  let encoder = try TextEncoder(path: dir.appendingPathComponent(TextEncoder.fileName).path, depth: option("--depth", 12))
  print(String(format: "encoder load (%d layers): %.0f ms, %.0f MiB", encoder.depth, seconds(clock.now - loadStart) * 1000, residentMiB()))
  let (texts, _) = try corpus(args[2], tokens: 0)
  let tokenizer = Tokenizer(), splitter = SentenceSplitter()
  var tokens = 0, words = 0
  var checksum: Float = 0
  let limit = option("--tokens", 20_000)
  let time = clock.measure {
    for text in texts where tokens < limit {
      let scalars = ScalarText(text)
      let toks = tokenizer.tokenize(scalars)
      let vectors = encoder.wordVectors(scalars, tokens: toks, sentences: splitter.split(toks, in: scalars))
      checksum += vectors.first ?? 0
      tokens += toks.count
      words += toks.filter { $0.kind != .punctuation && $0.kind != .quote && $0.kind != .dash }.count
    }
  }
  print(String(format: "encoder: %.0f words/s, %.0f tokens/s (one core, %d words, %.0f MiB peak)", Double(words) / seconds(time), Double(tokens) / seconds(time), words, peakMiB()))
  print("checksum \(checksum)")
case "syntax":
  let dir = try DataDirectory.locate(file: SyntaxModel.fileName)
  let loadStart = clock.now
  let model = try SyntaxModel.load(dir.appendingPathComponent(SyntaxModel.fileName))
  print(String(format: "syntax model load: %.0f ms", seconds(clock.now - loadStart) * 1000))
  let sentences = try CoNLLU.read(URL(fileURLWithPath: args[2])).map(\.forms).filter { !$0.isEmpty }
  let perPass = sentences.reduce(0) { $0 + $1.count }
  let passes = max(1, (option("--tokens", 500_000) + perPass - 1) / perPass)
  var tagged: [[DependencyParser.Word]] = []
  let tagTime = clock.measure {
    for _ in 0..<passes { tagged = sentences.map { model.tagged($0).words } }
  }
  var heads = 0
  let parseTime = clock.measure {
    for _ in 0..<passes {
      for s in tagged { heads &+= model.parser.parse(s).reduce(0) { $0 &+ $1.head } }
    }
  }
  let n = Double(perPass * passes)
  print(String(format: "tag: %.0f tokens/s; parse: %.0f tokens/s; together %.0f tokens/s (one core, %d tokens, %.0f MiB)", n / seconds(tagTime), n / seconds(parseTime), n / (seconds(tagTime) + seconds(parseTime)), perPass * passes, residentMiB()))
  print("checksum \(heads)")
case "load":
  let dir = try DataDirectory.locate()
  let lists = clock.measure { _ = WordLists.load(from: dir) }
  let t = clock.measure {
    _ = try! Recognizer.loadDefault()
    _ = DictionaryFlags.shared.isEmpty
    _ = Lemmatizer.shared.lemma("Шевченка")
  }
  print(String(format: "model + gazetteer + word lists + Hunspell + dictionary flags load: %.0f ms", seconds(t) * 1000))
  print(String(format: "  of which word lists (places, VESUM names): %.0f ms", seconds(lists) * 1000))
case "text":
  let (texts, total) = try corpus(args[2], tokens: option("--tokens", 10_000_000))
  let tokenizer = Tokenizer()
  let splitter = SentenceSplitter()
  let lemmatizer = Lemmatizer.shared
  var count = 0
  var checksum = 0
  let startRSS = residentMiB()
  var rssAfterFirstPass = 0.0
  let t = clock.measure {
    var pass = 0
    while count < total {
      for text in texts {
        let s = ScalarText(text)
        let tokens = tokenizer.tokenize(s)
        _ = splitter.split(tokens, in: s)
        for tok in tokens where tok.kind == .word { checksum &+= lemmatizer.lemma(tok.text).utf8.count }
        count += tokens.count
      }
      pass += 1
      if pass == 1 { rssAfterFirstPass = residentMiB() }
    }
  }
  print(String(format: "tokenise + split + lemmatise: %d tokens in %.2f s = %.0f tokens/s (one core)", count, seconds(t), Double(count) / seconds(t)))
  print(String(format: "memory: %.0f MiB at start, %.0f MiB after the first pass (cache filled), %.0f MiB at the end", startRSS, rssAfterFirstPass, residentMiB()))
  print("checksum \(checksum)")
case "tag":
  let recognizer = try Recognizer.loadDefault()
  // Loaded on first use otherwise: `load` measures them, not the first pass.
  _ = DictionaryFlags.shared.isEmpty
  printFormTable(recognizer.tagger)
  let (texts, total) = try corpus(args[2], tokens: option("--tokens", 2_000_000))
  var count = 0
  var spans = 0
  // A first pass meets every word form for the first time; later ones find them cached, as a
  // long run over an archive mostly does. Both are printed.
  var firstPass = 0
  let cold = clock.measure {
    for text in texts {
      let r = recognizer.tagger.recognize(ScalarText(text))
      firstPass += r.tokens.count
      spans += r.spans.count
    }
  }
  print(String(format: "tag, first pass (every word form new): %d tokens in %.2f s = %.0f tokens/s", firstPass, seconds(cold), Double(firstPass) / seconds(cold)))
  let t = clock.measure {
    while count < total {
      for text in texts {
        let r = recognizer.tagger.recognize(ScalarText(text))
        count += r.tokens.count
        spans += r.spans.count
      }
    }
  }
  print(String(format: "tag (tokenise + features + Viterbi), word forms cached: %d tokens in %.2f s = %.0f tokens/s (one core), %.0f MiB", count, seconds(t), Double(count) / seconds(t), residentMiB()))
  // New articles after a warm-up: most of their word forms were met before, some not, as in
  // a long run over an archive.
  if let i = args.firstIndex(of: "--unseen"), i + 1 < args.count {
    let fresh = try BratCorpus.load(URL(fileURLWithPath: args[i + 1])).map(\.text)
    var freshTokens = 0
    let u = clock.measure {
      for text in fresh { freshTokens += recognizer.tagger.recognize(ScalarText(text)).tokens.count }
    }
    print(String(format: "tag, unseen articles after the warm-up: %d tokens in %.2f s = %.0f tokens/s", freshTokens, seconds(u), Double(freshTokens) / seconds(u)))
  }
case "extract":
  let extractor = try Extractor.loadDefault()
  _ = DictionaryFlags.shared.isEmpty
  printFormTable(extractor.recognizer.tagger)
  let files = try FileManager.default.contentsOfDirectory(atPath: args[2]).filter { $0.hasSuffix(".txt") }.sorted()
    .map { URL(fileURLWithPath: args[2]).appendingPathComponent($0) }
  let tokens = try files.reduce(0) { $0 + Tokenizer().tokenize(ScalarText(try String(contentsOf: $1, encoding: .utf8))).count }
  // Twice: a run of the command meets every word form for the first time; a long-lived
  // process (a server, a notebook) has met most of them.
  for run in ["first run (as the command)", "second run (caches warm)"] {
    var graph = KnowledgeGraph()
    let t = clock.measure { graph = extractor.extract(files, into: KnowledgeGraph()) }
    let w = clock.measure { _ = try! JSONLD.encode(graph) }
    print(String(format: "extract, %@: %d files, %d tokens in %.2f s = %.0f tokens/s; JSON-LD of %d entities written in %.2f s",
      run, files.count, tokens, seconds(t), Double(tokens) / seconds(t), graph.entities.count, seconds(w)))
  }
case "size", "size-mentions":
  // One article of each size, as `extract` (with relations and the JSON-LD written) or as
  // `mentions` (each part's mentions handed on, entities keeping names only) handles it.
  let asMentions = args[1] == "size-mentions"
  let extractor = try Extractor.loadDefault()
  let dir = URL(fileURLWithPath: args[2])
  let pieces = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
    .map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
  let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("graphbuild-bench-size-\(getpid()).txt")
  let out = FileManager.default.temporaryDirectory.appendingPathComponent("graphbuild-bench-size-\(getpid()).jsonld")
  defer {
    try? FileManager.default.removeItem(at: tmp)
    try? FileManager.default.removeItem(at: out)
    try? FileManager.default.removeItem(atPath: GraphIndex.path(forGraph: out.path))
  }
  for mb in args.dropFirst(3).compactMap(Double.init) {
    // Written piece by piece, so that the peak is the pipeline's, not the article's.
    _ = FileManager.default.createFile(atPath: tmp.path, contents: nil)
    let handle = try FileHandle(forWritingTo: tmp)
    var written = 0
    var i = 0
    while Double(written) < mb * 1_048_576 {
      let piece = Data((pieces[i % pieces.count] + "\n\n").utf8)
      try handle.write(contentsOf: piece)
      written += piece.count
      i += 1
    }
    try handle.close()
    var graph = KnowledgeGraph()
    var mentions = 0
    let t = try clock.measure {
      extractor.run([tmp], into: &graph, relate: !asMentions, keepMentions: !asMentions, each: { _, ids in mentions += ids.count })
      if !asMentions { try GraphFile.save(graph, to: out.path) }
    }
    let mib = Double((try? FileManager.default.attributesOfItem(atPath: tmp.path)[.size] as? Int) ?? 0) / 1_048_576
    print(String(format: "%@ one article of %.1f MiB: %.2f s = %.2f MiB/s, %d mentions, peak memory so far %.0f MiB",
      asMentions ? "mentions," : "extract,", mib, seconds(t), mib / seconds(t), mentions, peakMiB()))
  }
case "replicate":
  let graph = try GraphFile.loadExisting(args[2])
  let copies = Int(args[3]) ?? 10
  var big = KnowledgeGraph()
  for c in 0..<copies {
    // Copy 0 keeps the IRIs; copy c > 0 adds "-c" and c to every one of them.
    func renamed(_ id: String) -> String { c == 0 ? id : "\(id)-c\(c)" }
    for d in graph.documents.values {
      big.documents[renamed(d.id)] = .init(id: renamed(d.id), path: renamed(d.path), fingerprint: renamed(d.fingerprint), date: d.date, encoding: d.encoding)
    }
    for var e in graph.entities.values {
      e.id = renamed(e.id)
      for i in e.mentions.indices { e.mentions[i].document = renamed(e.mentions[i].document) }
      big.entities[e.id] = e
    }
    for var r in graph.relations.values {
      (r.id, r.subject, r.object) = (renamed(r.id), renamed(r.subject), renamed(r.object))
      for i in r.evidence.indices { r.evidence[i].document = renamed(r.evidence[i].document) }
      big.relations[r.id] = r
    }
  }
  let plain = try clock.measure { try GraphFile.save(big, to: args[4], index: false) }
  let both = try clock.measure { try GraphFile.save(big, to: args[4]) }
  let mib = { (path: String) in Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_048_576 }
  print(String(format: "%d copies: %d entities, %d relations; JSON-LD %.0f MiB written in %.1f s; with its index (%.0f MiB) %.1f s; peak %.0f MiB",
    copies, big.entities.count, big.relations.count, mib(args[4]), seconds(plain), mib(GraphIndex.path(forGraph: args[4])), seconds(both), peakMiB()))
default:
  print("unknown benchmark \(args[1])")
  exit(64)
}

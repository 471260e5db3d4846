// The encoder's arithmetic, in a module of its own so that it alone is compiled for AVX2 and FMA
// (Haswell's set, see Package.swift): the rest of graphbuild runs on any x86-64, and the encoder
// calls these only after `EncoderKernels.cpuSupported` says the processor has them.
// Nothing here is @inlinable, so no caller compiled for plain x86-64 inlines AVX2 code.
import Foundation

public enum EncoderKernels {
  /// Width of a weight panel: the outputs one pass of `matmul` computes together.
  public static let panelWidth = 16

  /// Whether this processor runs the code of this module: AVX2 and FMA on x86-64 (read from
  /// /proc/cpuinfo, the only place Linux says it without inline assembly); always on others.
  public static let cpuSupported: Bool = {
    #if arch(x86_64)
      guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
        let flags = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
      else { return false }
      let set = Set(flags.split(separator: " "))
      return set.contains("avx2") && set.contains("fma") && set.contains("f16c")
    #else
      return true
    #endif
  }()

  /// `y[t][o] = bias[o] + Σ_k x[t][k] · W[o][k]` for `rows` rows of `x` (row stride `nin`).
  /// `panels` holds W transposed in panels of `panelWidth` outputs: panel p, input k, lane j at
  /// `(p · nin + k) · panelWidth + j` (`packPanels` builds it); `nout` is a multiple of the width.
  /// Four rows share each weight load, so the loop runs on the FMA units, not on memory.
  public static func matmul(
    x: UnsafePointer<Float>, rows: Int, nin: Int, panels: UnsafePointer<Float>, nout: Int,
    bias: UnsafePointer<Float>, y: UnsafeMutablePointer<Float>
  ) {
    let width = panelWidth
    precondition(nout % width == 0)
    let panelCount = nout / width
    let rawPanels = UnsafeRawPointer(panels)
    let rawBias = UnsafeRawPointer(bias)
    var t = 0
    while t < rows {
      let tile = min(4, rows - t)
      let x0 = x + t * nin
      let x1 = x0 + (tile > 1 ? nin : 0)
      let x2 = x0 + (tile > 2 ? 2 * nin : 0)
      let x3 = x0 + (tile > 3 ? 3 * nin : 0)
      for p in 0..<panelCount {
        let b0 = rawBias.loadUnaligned(fromByteOffset: p * width * 4, as: SIMD8<Float>.self)
        let b1 = rawBias.loadUnaligned(fromByteOffset: (p * width + 8) * 4, as: SIMD8<Float>.self)
        var a00 = b0, a01 = b1, a10 = b0, a11 = b1, a20 = b0, a21 = b1, a30 = b0, a31 = b1
        var offset = p * nin * width * 4
        for k in 0..<nin {
          let w0 = rawPanels.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
          let w1 = rawPanels.loadUnaligned(fromByteOffset: offset + 32, as: SIMD8<Float>.self)
          offset += width * 4
          let v0 = SIMD8<Float>(repeating: x0[k])
          let v1 = SIMD8<Float>(repeating: x1[k])
          let v2 = SIMD8<Float>(repeating: x2[k])
          let v3 = SIMD8<Float>(repeating: x3[k])
          a00.addProduct(v0, w0)
          a01.addProduct(v0, w1)
          a10.addProduct(v1, w0)
          a11.addProduct(v1, w1)
          a20.addProduct(v2, w0)
          a21.addProduct(v2, w1)
          a30.addProduct(v3, w0)
          a31.addProduct(v3, w1)
        }
        let out = UnsafeMutableRawPointer(y + t * nout + p * width)
        let stride = nout * 4
        out.storeBytes(of: a00, as: SIMD8<Float>.self)
        out.storeBytes(of: a01, toByteOffset: 32, as: SIMD8<Float>.self)
        if tile > 1 {
          out.storeBytes(of: a10, toByteOffset: stride, as: SIMD8<Float>.self)
          out.storeBytes(of: a11, toByteOffset: stride + 32, as: SIMD8<Float>.self)
        }
        if tile > 2 {
          out.storeBytes(of: a20, toByteOffset: 2 * stride, as: SIMD8<Float>.self)
          out.storeBytes(of: a21, toByteOffset: 2 * stride + 32, as: SIMD8<Float>.self)
        }
        if tile > 3 {
          out.storeBytes(of: a30, toByteOffset: 3 * stride, as: SIMD8<Float>.self)
          out.storeBytes(of: a31, toByteOffset: 3 * stride + 32, as: SIMD8<Float>.self)
        }
      }
      t += tile
    }
  }

  /// W (`nout` rows of `nin`, row-major) rearranged as `matmul` reads it.
  public static func packPanels(_ w: UnsafePointer<Float>, nout: Int, nin: Int) -> [Float] {
    let width = panelWidth
    var out = [Float](repeating: 0, count: nout * nin)
    out.withUnsafeMutableBufferPointer { o in
      for row in 0..<nout {
        let p = row / width, j = row % width
        for k in 0..<nin { o[(p * nin + k) * width + j] = w[row * nin + k] }
      }
    }
    return out
  }

  /// `x[t] = LayerNorm(x[t] + add[t])` over rows of `count`, with gain and bias (`add` may be nil).
  public static func addLayerNorm(
    _ x: UnsafeMutablePointer<Float>, add: UnsafePointer<Float>?, rows: Int, count: Int,
    gain: UnsafePointer<Float>, bias: UnsafePointer<Float>, epsilon: Float
  ) {
    for t in 0..<rows {
      let r = x + t * count
      if let add {
        let a = add + t * count
        for i in 0..<count { r[i] += a[i] }
      }
      var mean: Float = 0
      for i in 0..<count { mean += r[i] }
      mean /= Float(count)
      var variance: Float = 0
      for i in 0..<count {
        let d = r[i] - mean
        variance += d * d
      }
      variance /= Float(count)
      let inverse = 1 / (variance + epsilon).squareRoot()
      for i in 0..<count { r[i] = (r[i] - mean) * inverse * gain[i] + bias[i] }
    }
  }

  /// e^x, lane by lane: 2^(x·log2 e) split into an integer power, set in the exponent bits, and a
  /// degree-6 polynomial on the fraction (relative error under 2e-7 on [-87, 88]).
  @inline(__always) static func exp(_ x: SIMD8<Float>) -> SIMD8<Float> {
    let clamped = x.clamped(lowerBound: SIMD8(repeating: -87), upperBound: SIMD8(repeating: 88))
    let z = clamped * 1.442_695_04
    let n = z.rounded(.down)
    let f = (z - n) * 0.693_147_18
    var p = SIMD8<Float>(repeating: 1.0 / 720)
    p = p * f + 1.0 / 120
    p = p * f + 1.0 / 24
    p = p * f + 1.0 / 6
    p = p * f + 0.5
    p = p * f + 1
    p = p * f + 1
    // n is a whole number in [-126, 127]: adding 1.5 · 2^23 puts it in the low mantissa bits,
    // read without a conversion instruction (Swift's SIMD Float-to-Int conversion is per lane).
    let k = unsafeBitCast(n + 12_582_912, to: SIMD8<Int32>.self) &- 0x4B40_0000
    return p * unsafeBitCast((k &+ 127) &<< 23, to: SIMD8<Float>.self)
  }

  /// GELU with the exact erf (as BERT trains it), in place over `count` values. erf by
  /// Abramowitz and Stegun 7.1.26 (absolute error under 1.5e-7).
  public static func gelu(_ x: UnsafeMutablePointer<Float>, count: Int) {
    var i = 0
    let raw = UnsafeMutableRawPointer(x)
    while i + 8 <= count {
      let v = raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self)
      raw.storeBytes(of: geluLanes(v), toByteOffset: i * 4, as: SIMD8<Float>.self)
      i += 8
    }
    while i < count {
      let v = geluLanes(SIMD8(repeating: x[i]))
      x[i] = v[0]
      i += 1
    }
  }

  @inline(__always) static func geluLanes(_ v: SIMD8<Float>) -> SIMD8<Float> {
    let u = v * 0.707_106_78
    let a = u.replacing(with: -u, where: u .< 0)
    let one = SIMD8<Float>(repeating: 1)
    let t = one / (one + 0.327_591_1 * a)
    var poly = SIMD8<Float>(repeating: 1.061_405_429)
    poly = poly * t - 1.453_152_027
    poly = poly * t + 1.421_413_741
    poly = poly * t - 0.284_496_736
    poly = poly * t + 0.254_829_592
    poly = poly * t
    let erfAbs = one - poly * exp(-(a * a))
    let erf = erfAbs.replacing(with: -erfAbs, where: u .< 0)
    return 0.5 * v * (one + erf)
  }

  /// Scaled dot-product attention of one sequence: for each head of width `headWidth`, each
  /// row of `q` attends to the `rows` rows of `k` and mixes `v`; rows have stride `stride`.
  public static func attention(
    q: UnsafePointer<Float>, k: UnsafePointer<Float>, v: UnsafePointer<Float>, rows: Int, heads: Int, headWidth: Int,
    stride: Int, out: UnsafeMutablePointer<Float>
  ) {
    let scale = 1 / Float(headWidth).squareRoot()
    var scores = [Float](repeating: 0, count: rows + 8)
    scores.withUnsafeMutableBufferPointer { s in
      let raw = UnsafeMutableRawPointer(s.baseAddress!)
      for h in 0..<heads {
        let column = h * headWidth
        for t in 0..<rows {
          let qt = q + t * stride + column
          var best = -Float.infinity
          for u in 0..<rows {
            let ku = k + u * stride + column
            let d = dot(qt, ku, headWidth) * scale
            s[u] = d
            if d > best { best = d }
          }
          var sum: Float = 0
          var u = 0
          while u + 8 <= rows {
            let e = exp(raw.loadUnaligned(fromByteOffset: u * 4, as: SIMD8<Float>.self) - best)
            raw.storeBytes(of: e, toByteOffset: u * 4, as: SIMD8<Float>.self)
            sum += e.sum()
            u += 8
          }
          while u < rows {
            let e = exp(SIMD8(repeating: s[u] - best))[0]
            s[u] = e
            sum += e
            u += 1
          }
          let inverse = 1 / sum
          let o = out + t * stride + column
          for e in 0..<headWidth { o[e] = 0 }
          for u in 0..<rows { addScaled(s[u] * inverse, v + u * stride + column, to: o, headWidth) }
        }
      }
    }
  }

  @inline(__always) static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ n: Int) -> Float {
    var acc = SIMD8<Float>()
    var i = 0
    let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
    while i + 8 <= n {
      acc.addProduct(
        ra.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self), rb.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self))
      i += 8
    }
    var d = acc.sum()
    while i < n {
      d += a[i] * b[i]
      i += 1
    }
    return d
  }

  @inline(__always) static func addScaled(_ p: Float, _ v: UnsafePointer<Float>, to o: UnsafeMutablePointer<Float>, _ n: Int) {
    var i = 0
    let rv = UnsafeRawPointer(v), ro = UnsafeMutableRawPointer(o)
    let scale = SIMD8<Float>(repeating: p)
    while i + 8 <= n {
      var acc = ro.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self)
      acc.addProduct(scale, rv.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self))
      ro.storeBytes(of: acc, toByteOffset: i * 4, as: SIMD8<Float>.self)
      i += 8
    }
    while i < n {
      o[i] += p * v[i]
      i += 1
    }
  }
}

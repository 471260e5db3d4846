import Foundation

/// The weights of a hashed averaged perceptron: `buckets` rows of one weight per label.
public struct PerceptronModel: Sendable {
  public var labels: [String]
  public var bucketBits: Int
  public var weights: [Float]
  /// How the encoder's word vectors become features, for a model trained with them.
  public var encoder: EncoderCodes?

  var bucketMask: UInt64 { (UInt64(1) << UInt64(bucketBits)) - 1 }

  public init(labels: [String], bucketBits: Int) {
    self.labels = labels
    self.bucketBits = bucketBits
    self.weights = [Float](repeating: 0, count: (1 << bucketBits) * labels.count)
  }

  private static let magic: [UInt8] = Array("GBNER1\n".utf8)
  /// A model with encoder features: after the labels, a line "groups bits seed depth width" and
  /// the standardisation (mean, then scale: width Float32 each).
  private static let encoderMagic: [UInt8] = Array("GBNER2\n".utf8)

  /// Binary form: magic, bucket bits, label names, then Float16 weights, little-endian.
  public func serialized() -> Data {
    var data = Data(encoder == nil ? Self.magic : Self.encoderMagic)
    data.append(UInt8(bucketBits))
    let labelLine = labels.joined(separator: " ") + "\n"
    data.append(contentsOf: labelLine.utf8)
    if let e = encoder {
      data.append(contentsOf: "\(e.groups) \(e.bits) \(e.seed) \(e.depth) \(e.width)\n".utf8)
      for v in e.mean + e.scale { withUnsafeBytes(of: v.bitPattern.littleEndian) { data.append(contentsOf: $0) } }
    }
    var halves = weights.map { Float16($0).bitPattern.littleEndian }
    halves.withUnsafeMutableBytes { data.append(contentsOf: $0) }
    return data
  }

  public init(data: Data, file: String) throws {
    let bytes = [UInt8](data)
    let head = bytes.count > Self.magic.count + 2 ? Array(bytes[0..<Self.magic.count]) : []
    guard head == Self.magic || head == Self.encoderMagic else {
      throw GraphBuildError.badData(file: file, reason: "not a graphbuild NER model")
    }
    var i = Self.magic.count
    bucketBits = Int(bytes[i])
    i += 1
    guard let nl = bytes[i...].firstIndex(of: 10) else { throw GraphBuildError.badData(file: file, reason: "truncated header") }
    labels = String(decoding: bytes[i..<nl], as: UTF8.self).split(separator: " ").map(String.init)
    i = nl + 1
    if head == Self.encoderMagic {
      guard let el = bytes[i...].firstIndex(of: 10) else { throw GraphBuildError.badData(file: file, reason: "truncated header") }
      let f = String(decoding: bytes[i..<el], as: UTF8.self).split(separator: " ").compactMap { UInt64($0) }
      guard f.count == 5, f[0] > 0, f[1] > 0, f[1] <= 16, (f[0] * f[1]) % 16 == 0, f[4] > 0 else {
        throw GraphBuildError.badData(file: file, reason: "bad encoder line")
      }
      i = el + 1
      let width = Int(f[4])
      guard bytes.count >= i + width * 8 else { throw GraphBuildError.badData(file: file, reason: "truncated header") }
      let floats = (0..<(2 * width)).map { k in
        Float(bitPattern: (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[i + k * 4 + $1]) << (8 * UInt32($1)) })
      }
      i += width * 8
      encoder = EncoderCodes(
        groups: Int(f[0]), bits: Int(f[1]), seed: f[2], depth: Int(f[3]), mean: Array(floats[0..<width]), scale: Array(floats[width...]))
    }
    let count = (1 << bucketBits) * labels.count
    guard bytes.count - i == count * 2 else {
      throw GraphBuildError.badData(file: file, reason: "expected \(count) weights")
    }
    var w = [Float](repeating: 0, count: count)
    bytes.withUnsafeBytes { raw in
      let base = raw.baseAddress!.advanced(by: i)
      for k in 0..<count {
        let bits = UInt16(base.load(fromByteOffset: k * 2, as: UInt8.self))
          | UInt16(base.load(fromByteOffset: k * 2 + 1, as: UInt8.self)) << 8
        w[k] = Float(Float16(bitPattern: bits))
      }
    }
    weights = w
  }
}

import Foundation

/// The weights of a hashed averaged perceptron: `buckets` rows of one weight per label.
public struct PerceptronModel: Sendable {
  public var labels: [String]
  public var bucketBits: Int
  public var weights: [Float]

  var bucketMask: UInt64 { (UInt64(1) << UInt64(bucketBits)) - 1 }

  public init(labels: [String], bucketBits: Int) {
    self.labels = labels
    self.bucketBits = bucketBits
    self.weights = [Float](repeating: 0, count: (1 << bucketBits) * labels.count)
  }

  private static let magic: [UInt8] = Array("GBNER1\n".utf8)

  /// Binary form: magic, bucket bits, label names, then Float16 weights, little-endian.
  public func serialized() -> Data {
    var data = Data(Self.magic)
    data.append(UInt8(bucketBits))
    let labelLine = labels.joined(separator: " ") + "\n"
    data.append(contentsOf: labelLine.utf8)
    var halves = weights.map { Float16($0).bitPattern.littleEndian }
    halves.withUnsafeMutableBytes { data.append(contentsOf: $0) }
    return data
  }

  public init(data: Data, file: String) throws {
    let bytes = [UInt8](data)
    guard bytes.count > Self.magic.count + 2, Array(bytes[0..<Self.magic.count]) == Self.magic else {
      throw GraphBuildError.badData(file: file, reason: "not a graphbuild NER model")
    }
    var i = Self.magic.count
    bucketBits = Int(bytes[i])
    i += 1
    guard let nl = bytes[i...].firstIndex(of: 10) else { throw GraphBuildError.badData(file: file, reason: "truncated header") }
    labels = String(decoding: bytes[i..<nl], as: UTF8.self).split(separator: " ").map(String.init)
    i = nl + 1
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

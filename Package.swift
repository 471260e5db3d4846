// swift-tools-version:6.0
import PackageDescription

// The encoder's kernels alone are built for AVX2 and FMA (Haswell's instruction set, x86-64 processors since 2013);
// graphbuild checks the processor before it calls them, and everything else runs on any x86-64.
#if arch(x86_64)
  let kernelSettings: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "haswell", "-O"])]
#else
  let kernelSettings: [SwiftSetting] = [.unsafeFlags(["-O"])]
#endif

let package = Package(
  name: "graphbuild",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "graphbuild", targets: ["graphbuild"]),
    .library(name: "GraphBuildKit", targets: ["GraphBuildKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CGraphviz", pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"])]),
    .systemLibrary(
      name: "CHunspell", pkgConfig: "hunspell",
      providers: [.apt(["libhunspell-dev", "hunspell-uk"])]),
    .target(name: "EncoderKernels", swiftSettings: kernelSettings),
    .target(
      name: "GraphBuildKit",
      dependencies: ["CGraphviz", "CHunspell", "EncoderKernels", .product(name: "GRDB", package: "GRDB.swift")]),
    .executableTarget(
      name: "graphbuild",
      dependencies: [
        "GraphBuildKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/GraphBuild"),
    .executableTarget(
      name: "graphbuild-bench",
      dependencies: ["GraphBuildKit"],
      path: "Sources/Benchmarks"),
    .executableTarget(
      name: "graphbuild-fuzz",
      dependencies: ["GraphBuildKit"],
      path: "Sources/Fuzz"),
    .testTarget(
      name: "GraphBuildKitTests",
      dependencies: ["GraphBuildKit"]),
  ]
)

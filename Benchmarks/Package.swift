// swift-tools-version:6.1
import PackageDescription

// Benchmarks of HallyuCore, kept out of the main build. HallyuCore's sources are shared through
// a symbolic link, so this package builds them without resolving the app's dependencies.
let package = Package(
    name: "HallyuBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"])
    ],
    targets: [
        .target(name: "HallyuCore", path: "Sources/HallyuCore"),
        .executableTarget(
            name: "NameMatching",
            dependencies: ["HallyuCore", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/NameMatching",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)

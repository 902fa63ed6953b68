// swift-tools-version:6.1
import PackageDescription

// The fuzzing harness of the request-body decoders (multipart, URL-encoded forms and queries,
// JSON), apart from the app's package: it is only built by Fuzz/fuzz.sh, with
// `--sanitize fuzzer --sanitize address`, so that Vapor and multipart-kit are instrumented too.
let package = Package(
    name: "HallyuWebFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Hallyu", path: "../..")],
    targets: [
        .executableTarget(
            name: "hallyu-web-fuzz",
            dependencies: [.product(name: "HallyuDecoding", package: "Hallyu")]
        )
    ]
)

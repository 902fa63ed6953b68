// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Hallyu",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hallyu", targets: ["hallyu"]),
        .library(name: "HallyuCore", targets: ["HallyuCore"]),
        // For the fuzzing package in Fuzz/Web, which feeds the body decoders without the app.
        .library(name: "HallyuDecoding", targets: ["HallyuDecoding"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/leaf.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/leaf-kit.git", from: "1.14.3"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        // The newsroom's knowledge: no web, no database, Foundation only.
        .target(name: "HallyuCore"),
        // The one SQLite setting Swift cannot make itself (a function of variable arguments).
        .target(name: "CSQLiteSettings"),
        // Persistence: Fluent models, migrations and repositories returning Core values.
        .target(
            name: "HallyuStore",
            dependencies: [
                "HallyuCore",
                "CSQLiteSettings",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ]
        ),
        // The decoders of request bodies and queries, behind the checks that keep bad bytes out
        // of Vapor's parsers and the databases. A target of its own so that Fuzz/Web can build
        // them without the rest of the app.
        .target(name: "HallyuDecoding", dependencies: ["HallyuCore", .product(name: "Vapor", package: "vapor")]),
        // The Vapor application: routes, controllers, page contexts, commands.
        .target(
            name: "HallyuApp",
            dependencies: [
                "HallyuCore",
                "HallyuStore",
                "HallyuDecoding",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Leaf", package: "leaf"),
                .product(name: "LeafKit", package: "leaf-kit"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Resources/Views"), .copy("Resources/Public"), .copy("Resources/Demo")]
        ),
        .executableTarget(name: "hallyu", dependencies: ["HallyuApp"]),
        // Helpers the test suites share: the test databases, an XML reader for feeds and
        // sitemaps, the API document's checks.
        .target(
            name: "HallyuTestSupport",
            dependencies: [
                "HallyuStore",
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ],
            path: "Tests/Support"
        ),
        .testTarget(name: "HallyuCoreTests", dependencies: ["HallyuCore", "HallyuTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "HallyuStoreTests",
            dependencies: [
                "HallyuStore", "HallyuTestSupport",
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ]
        ),
        .testTarget(
            name: "HallyuAppTests",
            dependencies: [
                "HallyuApp", "HallyuTestSupport", .product(name: "VaporTesting", package: "vapor"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)

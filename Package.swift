// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "rsdd",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rsdd", targets: ["rsdd"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // C only: system libraries and their shim headers.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CLibZ",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),

        // Shared value types and workspace formats.
        .target(
            name: "RSDDCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // The workspace's state database: fetch state and log (SQLite through GRDB).
        .target(name: "RSDDStore", dependencies: ["RSDDCore", .product(name: "GRDB", package: "GRDB.swift")]),

        // Pipeline stages.
        .target(name: "RSDDFetch", dependencies: ["RSDDCore", "RSDDStore", "CCurl"]),
        .target(name: "RSDDParse", dependencies: ["RSDDCore", "CLibXML2", "CLibZ"]),
        .target(name: "RSDDResolve", dependencies: ["RSDDCore"]),
        .target(
            name: "RSDDAssess",
            dependencies: ["RSDDCore", "RSDDResolve", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "RSDDReport", dependencies: ["RSDDCore"]),

        // All stages together, as `rsdd run` drives them.
        .target(
            name: "RSDDPipeline",
            dependencies: ["RSDDCore", "RSDDStore", "RSDDFetch", "RSDDParse", "RSDDResolve", "RSDDAssess", "RSDDReport"]
        ),

        .executableTarget(
            name: "rsdd",
            dependencies: [
                "RSDDCore", "RSDDStore", "RSDDFetch", "RSDDParse", "RSDDResolve", "RSDDAssess", "RSDDReport", "RSDDPipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        .target(name: "TestSupport", dependencies: ["RSDDCore"], path: "Tests/TestSupport"),
        // `make bench`: figures for the README and closing notes, never a pass/fail test.
        .executableTarget(
            name: "rsdd-bench",
            dependencies: ["RSDDCore", "RSDDFetch", "RSDDParse", "RSDDResolve", "RSDDAssess", "TestSupport"],
            path: "Benchmarks/rsdd-bench"
        ),
        .testTarget(name: "RSDDCoreTests", dependencies: ["RSDDCore", "TestSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "RSDDFetchTests", dependencies: ["RSDDFetch", "RSDDStore", "TestSupport"]),
        .testTarget(
            name: "RSDDParseTests",
            dependencies: ["RSDDParse", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "RSDDResolveTests", dependencies: ["RSDDResolve", "TestSupport"]),
        .testTarget(name: "RSDDAssessTests", dependencies: ["RSDDAssess", "RSDDResolve", "RSDDParse", "RSDDReport", "TestSupport"]),
        .testTarget(
            name: "RSDDPipelineTests",
            dependencies: ["RSDDPipeline", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

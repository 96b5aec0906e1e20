// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Okra",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "okra", targets: ["okra"]),
        .library(name: "OkraKit", targets: ["OkraKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "OkraKit",
            dependencies: ["CCmark", "CYAML"]
        ),
        .executableTarget(
            name: "okra",
            dependencies: [
                "OkraKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "okra-corpus", dependencies: ["OkraKit"], path: "Benchmarks/Corpus"),
        .testTarget(
            name: "OkraKitTests",
            dependencies: [
                "OkraKit",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)

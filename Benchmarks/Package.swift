// swift-tools-version:6.0

import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder, which is whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

// The benchmark package: separate from the product so that TOMLKit (a Swift wrapper of the C++
// toml++) is a dependency of the benchmarks only, never of deadlined.
let package = Package(
    name: "deadlined-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        .executableTarget(
            name: "parse-bench",
            dependencies: [
                .product(name: "TOML", package: root),
                .product(name: "DeadlineCore", package: root),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.0

import PackageDescription

let package = Package(
    name: "deadlined",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "deadlined", targets: ["deadlined"]),
        .library(name: "CivilCalendar", targets: ["CivilCalendar"]),
        .library(name: "TOML", targets: ["TOML"]),
        .library(name: "DeadlineCore", targets: ["DeadlineCore"]),
        .library(name: "StatementExtraction", targets: ["StatementExtraction"]),
        .library(name: "Hijri", targets: ["Hijri"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Numbers and strings as text (decimal, zero-padded, hex, JSON strings). No dependencies.
        .target(name: "TextWriting"),
        // The Gregorian calendar: valid dates, day and month arithmetic, weekdays. Depends only
        // on how numbers are written.
        .target(name: "CivilCalendar", dependencies: ["TextWriting"]),
        // In-house TOML 1.0 parser: bytes in, value tree out. No Foundation.
        .target(name: "TOML", dependencies: ["CivilCalendar", "TextWriting"]),
        // The Umm al-Qura calendar: its published table of months, Hijri days <-> day numbers.
        .target(name: "Hijri"),
        // The pure model: config, deadlines, the schedule. Time is always a parameter.
        .target(name: "DeadlineCore", dependencies: ["TOML", "Hijri", "CivilCalendar", "TextWriting"]),
        // libsystemd headers (sd-daemon, sd-journal), linked through pkg-config.
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        // The runtime: timers, signals, journald, sd_notify, the ledger on disk.
        .target(
            name: "DeadlineDaemon",
            dependencies: [
                "DeadlineCore", "CSystemd",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Statement text (Arabic, English) to candidate commitments; Hijri dates through the table.
        .target(name: "StatementExtraction", dependencies: ["CivilCalendar", "TextWriting", "Hijri"]),
        .executableTarget(
            name: "deadlined",
            dependencies: [
                "DeadlineCore", "DeadlineDaemon", "StatementExtraction", "CivilCalendar",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TextWritingTests", dependencies: ["TextWriting"]),
        .testTarget(name: "CivilCalendarTests", dependencies: ["CivilCalendar"]),
        .testTarget(name: "TOMLTests", dependencies: ["TOML"]),
        .testTarget(name: "HijriTests", dependencies: ["Hijri"], exclude: ["ummalqura_reference.py"]),
        .testTarget(name: "DeadlineCoreTests", dependencies: ["DeadlineCore", "TOML", "CivilCalendar"]),
        .testTarget(
            name: "DeadlineDaemonTests",
            dependencies: ["DeadlineDaemon", "DeadlineCore", "CivilCalendar", .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(name: "StatementExtractionTests", dependencies: ["StatementExtraction", "CivilCalendar", "Hijri"]),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    // Release builds skip the run-time exclusivity checks (the compile-time ones stay): on class
    // properties they are a measurable part of loading a large config (`make bench`). Debug
    // builds and the tests keep them.
    settings.append(.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)))
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}

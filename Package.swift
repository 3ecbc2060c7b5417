// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Broadsheet",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "broadsheet", targets: ["broadsheet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // C libraries, each reached through one Swift module only.
        .systemLibrary(
            name: "CPangoCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),
        .systemLibrary(
            name: "CGdkPixbuf", pkgConfig: "gdk-pixbuf-2.0",
            providers: [.apt(["libgdk-pixbuf-2.0-dev"])]),

        // Engine: pure Swift, no C.
        .target(name: "BroadsheetDocument", dependencies: ["Yams"]),
        .target(name: "BroadsheetGeometry", dependencies: ["BroadsheetDocument"]),
        .target(name: "BroadsheetText", dependencies: ["BroadsheetGeometry"]),
        .target(name: "BroadsheetComposer", dependencies: ["BroadsheetText"]),
        .target(name: "BroadsheetFrame", dependencies: ["BroadsheetGeometry", "BroadsheetText"]),
        .target(
            name: "BroadsheetLayout",
            dependencies: ["BroadsheetDocument", "BroadsheetText", "BroadsheetComposer", "BroadsheetFrame"]),

        // Back ends: the only modules that import C.
        .target(name: "BroadsheetPango", dependencies: ["BroadsheetText", "CPangoCairo"]),
        .target(name: "BroadsheetCairo", dependencies: ["BroadsheetDocument", "BroadsheetFrame", "CPangoCairo", "CGdkPixbuf"]),

        .executableTarget(
            name: "broadsheet",
            dependencies: [
                "BroadsheetDocument", "BroadsheetLayout", "BroadsheetPango", "BroadsheetCairo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .executableTarget(
            name: "broadsheet-bench",
            dependencies: ["BroadsheetDocument", "BroadsheetText", "BroadsheetComposer", "BroadsheetPango"]),

        .testTarget(
            name: "BroadsheetTests",
            dependencies: [
                "BroadsheetGeometry", "BroadsheetDocument", "BroadsheetText", "BroadsheetComposer",
                "BroadsheetFrame", "BroadsheetLayout", "BroadsheetPango", "BroadsheetCairo", "CGdkPixbuf",
            ]),
    ]
)

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
            name: "CHarfBuzzSubset", pkgConfig: "harfbuzz-subset",
            providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(
            name: "CPNG", pkgConfig: "libpng",
            providers: [.apt(["libpng-dev"])]),
        .systemLibrary(
            name: "CGdkPixbuf", pkgConfig: "gdk-pixbuf-2.0",
            providers: [.apt(["libgdk-pixbuf-2.0-dev"])]),
        .systemLibrary(name: "CQPDF", pkgConfig: "libqpdf", providers: [.apt(["libqpdf-dev"])]),
        .systemLibrary(name: "CLCMS2", pkgConfig: "lcms2", providers: [.apt(["liblcms2-dev"])]),
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),

        // Engine: pure Swift, no C.
        .target(name: "BroadsheetFiles"),
        .target(name: "BroadsheetImage"),
        .target(name: "BroadsheetCalendar"),
        .target(name: "BroadsheetDocument", dependencies: ["BroadsheetCalendar", "BroadsheetGeometry", "BroadsheetImage", "BroadsheetText"]),
        .target(
            name: "BroadsheetFormats",
            dependencies: ["BroadsheetCalendar", "BroadsheetDocument", "BroadsheetFiles", "BroadsheetGeometry", "BroadsheetImage",
                           "BroadsheetText", "CLibYAML", "Yams"]),
        .target(name: "BroadsheetGeometry"),
        .target(name: "BroadsheetText"),
        .target(name: "BroadsheetComposer", dependencies: ["BroadsheetText"]),
        .target(name: "BroadsheetFrame", dependencies: ["BroadsheetCalendar", "BroadsheetGeometry", "BroadsheetText"]),
        .target(
            name: "BroadsheetLayout",
            dependencies: ["BroadsheetCalendar", "BroadsheetDocument", "BroadsheetText", "BroadsheetComposer", "BroadsheetFrame", "BroadsheetGeometry", "BroadsheetImage"]),

        // Back ends: the only modules that import C.
        .target(name: "BroadsheetPango", dependencies: ["BroadsheetFiles", "BroadsheetText", "CPangoCairo"]),
        .target(name: "BroadsheetCairo", dependencies: ["BroadsheetCalendar", "BroadsheetFiles", "BroadsheetFrame", "BroadsheetImage", "BroadsheetText", "CPangoCairo", "CGdkPixbuf", "CHarfBuzzSubset", "CPNG"]),
        // Press PDF: separates cairo's output into CMYK with libqpdf and LittleCMS.
        .target(name: "BroadsheetPress", dependencies: ["BroadsheetCalendar", "BroadsheetFiles", "BroadsheetFrame", "BroadsheetGeometry", "BroadsheetCairo", "CQPDF", "CLCMS2"]),

        .executableTarget(
            name: "broadsheet",
            dependencies: [
                "BroadsheetDocument", "BroadsheetFiles", "BroadsheetFormats", "BroadsheetLayout", "BroadsheetPango", "BroadsheetCairo", "BroadsheetPress", "BroadsheetText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .executableTarget(
            name: "broadsheet-bench",
            dependencies: ["BroadsheetDocument", "BroadsheetFormats", "BroadsheetText", "BroadsheetComposer", "BroadsheetLayout", "BroadsheetPango",
                           "BroadsheetCairo"],
            exclude: ["typst"]),

        // Fuzzing: the targets' entry points (replayed by the tests) and the libFuzzer driver (`make fuzz`).
        .target(
            name: "BroadsheetFuzzing",
            dependencies: ["BroadsheetDocument", "BroadsheetFiles", "BroadsheetFormats", "BroadsheetGeometry", "BroadsheetText", "BroadsheetComposer", "BroadsheetFrame", "BroadsheetLayout"]),
        .executableTarget(name: "broadsheet-fuzz", dependencies: ["BroadsheetFuzzing"]),

        .testTarget(
            name: "BroadsheetTests",
            dependencies: [
                "BroadsheetCalendar", "BroadsheetFiles", "BroadsheetFormats", "BroadsheetImage", "BroadsheetGeometry", "BroadsheetDocument", "BroadsheetText", "BroadsheetComposer",
                "BroadsheetFrame", "BroadsheetLayout", "BroadsheetPango", "BroadsheetCairo", "BroadsheetPress", "CGdkPixbuf",
                "BroadsheetFuzzing",
            ]),
    ]
)

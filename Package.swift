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
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
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
        .systemLibrary(name: "CDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CTurboJPEG", pkgConfig: "libturbojpeg",
            providers: [.apt(["libturbojpeg0-dev"])]),
        .systemLibrary(name: "CQPDF", pkgConfig: "libqpdf", providers: [.apt(["libqpdf-dev"])]),
        .systemLibrary(name: "CLCMS2", pkgConfig: "lcms2", providers: [.apt(["liblcms2-dev"])]),
        // Linux system calls without a glibc wrapper (openat2), through a header of inline functions.
        .systemLibrary(name: "CLinux"),
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CICU", pkgConfig: "icu-uc", providers: [.apt(["libicu-dev"])]),
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev", "hyphen-en-us"])]),
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),

        // Engine: pure Swift, no C, but for the image codecs, ICU's word segmentation, libhyphen and the QR encoder. Each module imports only the ones listed before it.
        // The vocabulary at the bottom: safe file I/O, calendar dates, concurrency, QR codes, images, page geometry, text.
        .target(name: "BroadsheetFiles", dependencies: ["CLinux"]),
        .target(name: "BroadsheetCalendar"),
        // Work spread over every core, its results in order; work done once by whoever comes first.
        .target(name: "BroadsheetConcurrency"),
        // QR Code symbols as module matrices, encoded with libqrencode.
        .target(name: "BroadsheetQR", dependencies: ["CQREncode"]),
        // Photos: headers read, and decoded with libjpeg-turbo and libpng whole and as large as they claim, or refused.
        .target(name: "BroadsheetImage", dependencies: ["BroadsheetConcurrency", "CTurboJPEG", "CPNG"]),
        .target(name: "BroadsheetGeometry"),
        .target(name: "BroadsheetText"),
        // Word boundaries by ICU's dictionary segmentation (Chinese, Japanese), for breaking headlines at words.
        .target(name: "BroadsheetSegmentation", dependencies: ["CICU"]),
        .target(name: "BroadsheetComposer", dependencies: ["BroadsheetText", "BroadsheetSegmentation"]),
        // Hyphenation points of Latin words, from libhyphen's patterns: the composer's `Hyphenator`.
        .target(name: "BroadsheetHyphenation", dependencies: ["BroadsheetText", "CHyphen"]),
        // The page, story and edition model, and the files (YAML, Markdown) that describe it.
        .target(
            name: "BroadsheetDocument",
            dependencies: ["BroadsheetCalendar", "BroadsheetImage", "BroadsheetGeometry", "BroadsheetText"]),
        .target(
            name: "BroadsheetFormats",
            dependencies: [
                "BroadsheetFiles", "BroadsheetCalendar", "BroadsheetImage", "BroadsheetGeometry", "BroadsheetText",
                "BroadsheetDocument", "CLibYAML", "Yams",
            ]),
        .target(name: "BroadsheetFrame", dependencies: ["BroadsheetCalendar", "BroadsheetImage", "BroadsheetGeometry", "BroadsheetText"]),
        .target(
            name: "BroadsheetLayout",
            dependencies: [
                "BroadsheetCalendar", "BroadsheetImage", "BroadsheetGeometry", "BroadsheetText", "BroadsheetComposer",
                "BroadsheetDocument", "BroadsheetFrame", "BroadsheetQR", "BroadsheetConcurrency",
            ]),

        // Back ends: the only modules that import C.
        .target(name: "BroadsheetPango", dependencies: ["BroadsheetFiles", "BroadsheetText", "CPangoCairo"]),
        // Fonts cut down to the glyphs a document uses, with HarfBuzz's subsetter, for either PDF writer.
        .target(name: "BroadsheetFontSubset", dependencies: ["BroadsheetConcurrency", "BroadsheetText", "CHarfBuzzSubset"]),
        // The screen PDF written directly: the frame's items as PDF operators, HarfBuzz subsets as fonts.
        .target(
            name: "BroadsheetPDF",
            dependencies: [
                "BroadsheetCalendar", "BroadsheetImage", "BroadsheetGeometry", "BroadsheetText", "BroadsheetFrame",
                "BroadsheetFontSubset", "BroadsheetConcurrency", "CDeflate",
            ]),
        .target(
            name: "BroadsheetCairo",
            dependencies: [
                "BroadsheetFiles", "BroadsheetCalendar", "BroadsheetImage", "BroadsheetGeometry", "BroadsheetText",
                "BroadsheetFrame", "BroadsheetFontSubset", "BroadsheetConcurrency", "CPangoCairo", "CDeflate", "CZlib",
            ]),
        // Press PDF: separates cairo's output into CMYK with libqpdf and LittleCMS.
        .target(
            name: "BroadsheetPress",
            dependencies: [
                "BroadsheetFiles", "BroadsheetCalendar", "BroadsheetImage", "BroadsheetGeometry", "BroadsheetFrame", "BroadsheetCairo",
                "CQPDF", "CLCMS2",
            ]),

        // The pipeline every front end runs on: finding Broadsheet's data, one font session a process,
        // page, edition, press, proof, galley and thumbnail runs, and the JSON reports.
        .target(
            name: "BroadsheetPipeline",
            dependencies: [
                "BroadsheetFiles", "BroadsheetImage", "BroadsheetGeometry", "BroadsheetText", "BroadsheetDocument",
                "BroadsheetFormats", "BroadsheetFrame", "BroadsheetLayout", "BroadsheetPango", "BroadsheetPDF", "BroadsheetCairo", "BroadsheetPress",
                "BroadsheetConcurrency",
                "BroadsheetHyphenation",
            ]),

        // The digital edition (数字报): page images and IIIF tiles, ALTO, METS, a IIIF manifest and HTML.
        .target(
            name: "BroadsheetEpaper",
            dependencies: [
                "BroadsheetCalendar", "BroadsheetImage", "BroadsheetGeometry", "BroadsheetText", "BroadsheetDocument",
                "BroadsheetFrame", "BroadsheetLayout", "BroadsheetPipeline", "BroadsheetConcurrency",
            ]),

        // The render service: pages, thumbnails, proofs and reports over HTTP (Hummingbird), renders on a
        // bounded pool sharing the process's font session.
        .target(
            name: "BroadsheetServer",
            dependencies: [
                "BroadsheetPipeline", "BroadsheetEpaper", "BroadsheetFiles",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),

        // Front ends: argument parsing and printing only.
        .executableTarget(
            name: "broadsheet",
            dependencies: [
                "BroadsheetPipeline", "BroadsheetServer", "BroadsheetEpaper", "BroadsheetText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),

        .executableTarget(
            name: "broadsheet-bench",
            dependencies: ["BroadsheetPipeline", "BroadsheetEpaper", "BroadsheetText", "BroadsheetComposer", "BroadsheetFormats"],
            exclude: ["typst"]),

        // Fuzzing: the targets' entry points (replayed by the tests) and the libFuzzer driver (`make fuzz`).
        .target(
            name: "BroadsheetFuzzing",
            dependencies: [
                "BroadsheetPipeline", "BroadsheetFiles", "BroadsheetGeometry", "BroadsheetText", "BroadsheetComposer",
                "BroadsheetDocument", "BroadsheetFormats", "BroadsheetFrame", "BroadsheetLayout", "BroadsheetPDF", "BroadsheetCairo",
            ]),
        .executableTarget(name: "broadsheet-fuzz", dependencies: ["BroadsheetFuzzing"]),

        .testTarget(
            name: "BroadsheetTests",
            dependencies: [
                "BroadsheetFiles", "BroadsheetCalendar", "BroadsheetQR", "BroadsheetImage", "BroadsheetGeometry", "BroadsheetText",
                "BroadsheetSegmentation", "BroadsheetComposer", "BroadsheetDocument", "BroadsheetFormats", "BroadsheetFrame", "BroadsheetLayout",
                "BroadsheetPango", "BroadsheetPDF", "BroadsheetCairo", "BroadsheetPress", "BroadsheetFuzzing",
                "BroadsheetPipeline", "BroadsheetHyphenation", "BroadsheetServer", "BroadsheetEpaper", "BroadsheetConcurrency",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            // Read by path from the source tree, not bundled.
            exclude: ["Fixtures", "Expected"]),
    ]
)

import BroadsheetCairo
import BroadsheetComposer
import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetLayout
import BroadsheetPango
import BroadsheetText
import Foundation

/// The example page stage by stage, each the median of `runs`: load the page file, set up the
/// fonts, shape and compose the stories' text (as the layout does), lay the page out (shaping and
/// composing included), write the PDF, write the 150 dpi PNG, write a 300 px thumbnail.
func benchmarkPage(root: URL, runs: Int) throws {
    let pagePath = root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16/page.yaml").path
    let grids = root.appendingPathComponent("Layouts/grids").path
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-bench-fc").path
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-bench-page")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

    var page: PageSpec!
    let load = try median((0..<runs).map { _ in try measure { page = try PageLoader.load(path: pagePath, gridDirectory: grids) } })
    var library: FontLibrary!
    let fonts = try median((0..<runs).map { _ in
        try measure { library = try FontLibrary(roles: try FontRoleMap.load(path: root.appendingPathComponent("Fonts/roles.yaml").path), cacheDirectory: cache) }
    })
    let texts = page.blocks.flatMap { block -> [String] in
        if case let .story(story, _) = block.content { return story.body.map(\.text) } else { return [] }
    }
    let style = TextStyle(role: "song", size: 9, language: .simplifiedChinese)
    var shaped: [ShapedText] = []
    let shape = try median((0..<runs).map { _ in
        let shaper = PangoShaper(library: library)
        return try measure { shaped = try texts.map { try shaper.shape($0, style: style) } }
    })
    let composer = LineComposer(options: .init(firstLineIndent: 18, hangingPunctuation: true))
    let compose = median((0..<runs).map { _ in measure { for text in shaped { _ = composer.compose(text, width: 108) } } })
    var frame: PageFrame!
    let layout = try median((0..<runs).map { _ in
        let engine = PageLayoutEngine(shaper: PangoShaper(library: library), verticalShaper: PangoVerticalShaper(library: library))
        return try measure { frame = try engine.layout(page).0 }
    })
    let pdfPath = folder.appendingPathComponent("page.pdf").path
    let pdf = try median((0..<runs).map { _ in try measure { try PageRenderer().writePDF(frame, to: pdfPath) } })
    let png = try median((0..<runs).map { _ in
        try measure { try PageRenderer().writePNG(frame, to: folder.appendingPathComponent("page.png").path, dpi: 150) }
    })
    let thumbnail = try median((0..<runs).map { _ in
        try measure { try PageRenderer().writePNG(frame, to: folder.appendingPathComponent("thumb.png").path, width: 300) }
    })
    let size = (try FileManager.default.attributesOfItem(atPath: pdfPath)[.size] as? Int) ?? 0
    print("example page (tabloid), medians of \(runs), ms:")
    print("  stage      load  fonts  shape  compose  layout   PDF  PNG 150dpi  thumbnail 300px")
    print(String(format: "  ms       %5.1f  %5.1f  %5.1f  %7.1f  %6.1f  %4.0f  %10.0f  %15.1f", load, fonts, shape, compose, layout, pdf, png, thumbnail))
    print("  (layout includes its own shaping and composing of every text on the page)")
    print("  PDF size: \(size / 1024) KiB")
}

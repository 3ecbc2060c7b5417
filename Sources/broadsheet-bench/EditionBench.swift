import BroadsheetCairo
import BroadsheetDocument
import BroadsheetFormats
import BroadsheetLayout
import BroadsheetPango
import Foundation

/// The example edition's pages repeated to `pages` pages: layout (in page order, as jumps require),
/// then every page to PDF and a 150 dpi PNG concurrently, one renderer per page; pages per second.
func benchmarkEdition(root: URL, library: FontLibrary, pages count: Int, runs: Int) throws {
    let base = try EditionLoader.load(path: root.appendingPathComponent("Layouts/examples/edition-2021-12-16/edition.yaml").path,
                                      gridDirectory: root.appendingPathComponent("Layouts/grids").path)
    var edition = base
    edition.pages = (0..<count).map { index in
        var page = base.pages[index % base.pages.count]
        page.number = index + 1
        page.page.folio = page.page.masthead == nil ? Folio(paper: base.paper, number: index + 1, section: page.section, date: base.date) : nil
        return page
    }
    let engine = PageLayoutEngine(shaper: PangoShaper(library: library), verticalShaper: PangoVerticalShaper(library: library))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-bench-edition")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var laidOut: [EditionLayout.LaidOutPage] = []
    let layoutTimes = try (0..<runs).map { _ in try measure { laidOut = try EditionLayout(engine: engine).layout(edition) } }
    let frames = laidOut.map(\.frame)
    let renderTimes = (0..<runs).map { _ in
        measure {
            DispatchQueue.concurrentPerform(iterations: frames.count) { index in
                let renderer = PageRenderer()
                let file = folder.appendingPathComponent("page-\(index)").path
                try? renderer.writePDF(frames[index], to: file + ".pdf")
                try? renderer.writePNG(frames[index], to: file + ".png", dpi: 150)
            }
        }
    }
    let layout = median(layoutTimes), render = median(renderTimes)
    print("")
    print("edition: \(count) pages, \(ProcessInfo.processInfo.activeProcessorCount) cores")
    print(String(format: "  layout %.0f ms (%.0f ms a page), PDF + 150 dpi PNG %.0f ms, total %.0f ms: %.1f pages per second",
                 layout, layout / Double(count), render, layout + render, Double(count) / ((layout + render) / 1000)))
}

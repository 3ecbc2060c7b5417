import BroadsheetCairo
import BroadsheetDocument
import BroadsheetFormats
import BroadsheetLayout
import BroadsheetPango
import BroadsheetPress
import Foundation

/// Renders an edition: one multi-page PDF (page labels = page numbers), or with an output folder
/// (`-o dir/`) one PDF and one PNG per page, drawn in parallel on every core.
struct EditionOutput {
    let pipeline: PagePipeline
    let path: String

    func layOut() throws -> (EditionSpec, [EditionLayout.LaidOutPage]) {
        let edition = try EditionLoader.load(path: path, gridDirectory: pipeline.paths.grids, allowOutside: pipeline.allowOutside)
        let library = try pipeline.fontLibrary(language: edition.pages[0].page.language)
        let engine = PageLayoutEngine(shaper: PangoShaper(library: library), verticalShaper: PangoVerticalShaper(library: library))
        return (edition, try EditionLayout(engine: engine).layout(edition))
    }

    func render(outputs: [String], dpi: Double, report: String?, allowOverset: Bool, allowMissingGlyphs: Bool,
                press: PressOptions) throws {
        let (edition, pages) = try layOut()
        if let report {
            try ReportWriter.write(pages.map { ($0.number, $0.report) }, edition: edition.file, to: report)
        }
        for page in pages {
            try pipeline.check(page.report, file: "\(edition.file) page \(page.number)", allowOverset: allowOverset,
                               allowMissingGlyphs: allowMissingGlyphs)
        }
        let specs = edition.pages.map(\.page)
        for output in outputs {
            if Self.isFolder(output) {
                try writeFolder(pages, specs: specs, to: output, dpi: dpi, press: press)
            } else if output.hasSuffix(".pdf") {
                if specs.contains(where: { press.settings(for: $0) != nil }) {
                    throw CommandFailure("\(output): the printer's PDF is written one file per page; name a folder (-o \(URL(fileURLWithPath: output).deletingPathExtension().lastPathComponent)/)")
                }
                try PageRenderer().writePDF(pages.map(\.frame), to: output)
                try PageLabels.apply(pages.map { String($0.number) }, to: output)
            } else {
                try PageRenderer().writePNG(pages.map(\.frame), to: output, dpi: dpi)
            }
        }
    }

    static func isFolder(_ output: String) -> Bool {
        var isDirectory: ObjCBool = false
        return output.hasSuffix("/") || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    /// `page-01.pdf`, `page-01.png`, … drawn concurrently, each page with its own renderer; a progress
    /// line per page when standard error is a terminal.
    private func writeFolder(_ pages: [EditionLayout.LaidOutPage], specs: [PageSpec], to folder: String, dpi: Double,
                             press: PressOptions) throws {
        let progress = isatty(STDERR_FILENO) != 0
        let failures = FailureList()
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let page = pages[index]
            let base = URL(fileURLWithPath: folder).appendingPathComponent(String(format: "page-%02d", page.number)).path
            let start = Date()
            do {
                let renderer = PageRenderer()
                if let settings = press.settings(for: specs[index]) {
                    try PressOutput(pipeline: pipeline, settings: settings).write(page.frame, page: specs[index], report: page.report, to: base + ".pdf")
                } else {
                    try renderer.writePDF(page.frame, to: base + ".pdf")
                }
                try renderer.writePNG(page.frame, to: base + ".png", dpi: dpi)
                if progress {
                    FileHandle.standardError.write(Data(String(format: "page %d of %d: %@.pdf, .png (%.2f s)\n",
                                                                page.number, pages.count, base, Date().timeIntervalSince(start)).utf8))
                }
            } catch {
                failures.append(error)
            }
        }
        if let first = failures.first { throw first }
    }
}

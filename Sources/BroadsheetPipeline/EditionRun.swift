import BroadsheetCairo
import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetLayout
import BroadsheetPress
import Foundation

/// An edition laid out in page order (so that jumps land), each page with its model.
public struct LaidOutEdition: Sendable {
    public var spec: EditionSpec
    public var pages: [LaidOutPage]
    /// The edition's page numbers, in order.
    public var numbers: [Int]
}

/// A file or folder an edition run writes.
public enum EditionOutput: Sendable, Equatable {
    /// One PDF, its page labels the page numbers.
    case pdf(String)
    /// One PNG with the pages side by side.
    case png(String, dpi: Double)
    /// `page-01.pdf`, `page-01.png`, … in a folder, the PDFs for the printer when press settings are in force.
    case folder(String, dpi: Double)
}

extension RenderSession {
    public func layOutEdition(_ path: String, policy: RunPolicy = RunPolicy()) throws -> LaidOutEdition {
        try layOut(try EditionLoader.load(path: path, gridDirectory: home.grids, allowOutside: policy.allowOutside))
    }

    public func layOut(_ edition: EditionSpec) throws -> LaidOutEdition {
        let laidOut = try shaping(edition.pages[0].page.language) { shapers in
            try EditionLayout(engine: engine(shapers)).layout(edition)
        }
        // Each page as laid out, with the continuations make-up added to its model.
        let pages = zip(edition.pages, laidOut).map { LaidOutPage(spec: $0.page, frame: $1.frame, report: $1.report) }
        return LaidOutEdition(spec: edition, pages: pages, numbers: laidOut.map(\.number))
    }

    /// Fails when a page's layout did what `policy` does not allow.
    public func check(_ edition: LaidOutEdition, policy: RunPolicy) throws {
        for (page, number) in zip(edition.pages, edition.numbers) {
            try check(page.report, file: "\(edition.spec.file) page \(number)", policy: policy)
        }
    }

    /// Writes an edition's outputs; `progress` hears of each page of a folder as it is written.
    public func write(_ edition: LaidOutEdition, to outputs: [EditionOutput], press: PressRequest = PressRequest(),
                      progress: (@Sendable (String) -> Void)? = nil) throws {
        for output in outputs {
            switch output {
            case .folder(let folder, let dpi):
                try writeFolder(edition, to: folder, dpi: dpi, press: press, progress: progress)
            case .pdf(let path):
                if edition.pages.contains(where: { press.settings(for: $0.spec) != nil }) {
                    throw RunFailure("\(path): the printer's PDF is written one file per page; name a folder (-o \(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)/)")
                }
                try PageRenderer().writePDF(edition.pages.map(\.frame), to: path)
                try PageLabels.apply(edition.numbers.map(String.init), to: path)
            case .png(let path, let dpi):
                try PageRenderer().writePNG(edition.pages.map(\.frame), to: path, dpi: dpi)
            }
        }
    }

    /// `page-01.pdf`, `page-01.png`, … drawn concurrently, each page with its own renderer.
    private func writeFolder(_ edition: LaidOutEdition, to folder: String, dpi: Double, press: PressRequest,
                             progress: (@Sendable (String) -> Void)?) throws {
        let count = edition.pages.count
        try concurrently(Array(zip(edition.pages, edition.numbers))) { page, number in
            let base = URL(fileURLWithPath: folder).appendingPathComponent(String(format: "page-%02d", number)).path
            let start = Date()
            if let settings = press.settings(for: page.spec) {
                try writePress(page, settings: settings, to: base + ".pdf")
            } else {
                try PageRenderer().writePDF(page.frame, to: base + ".pdf")
            }
            try PageRenderer().writePNG(page.frame, to: base + ".png", dpi: dpi)
            progress?(String(format: "page %d of %d: %@.pdf, .png (%.2f s)", number, count, base, Date().timeIntervalSince(start)))
        }
    }
}

import BroadsheetCairo
import BroadsheetConcurrency
import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetLayout
import BroadsheetPress
import Foundation

/// An edition laid out, each page after the pages that jump to it (so that jumps land), each page with its model.
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

    /// - Parameter drawingAhead: the run writes these: a folder's page files are drawn on another core
    ///   while the later pages are laid out (`DrawAhead`), unless the pages go to press.
    public func layOut(_ edition: EditionSpec, drawingAhead outputs: [EditionOutput] = [], press: PressRequest = PressRequest()) throws -> LaidOutEdition {
        drawAhead.reset()
        let folders = outputs.compactMap { if case .folder(let folder, let dpi) = $0 { (folder, dpi) } else { nil } }
        let drawsAhead = !folders.isEmpty && edition.pages.allSatisfy { press.settings(for: $0.page) == nil }
        let laidOut = try shaping(edition.pages[0].page.language) { shapers in
            try EditionLayout(engine: engine(shapers)).layout(edition) { index, laidOut in
                guard drawsAhead else { return }
                let page = LaidOutPage(spec: edition.pages[index].page, frame: laidOut.frame, report: laidOut.report)
                for (folder, dpi) in folders {
                    drawAhead.add(.init(folder: folder, dpi: dpi, number: laidOut.number), frame: laidOut.frame) {
                        try self.pageFiles(page, number: laidOut.number, in: folder, dpi: dpi, press: press)
                    }
                }
            }
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

    /// Writes an edition's outputs, all or none; `progress` hears of each page of a folder as it is drawn.
    public func write(_ edition: LaidOutEdition, to outputs: [EditionOutput], press: PressRequest = PressRequest(),
                      progress: (@Sendable (String) -> Void)? = nil) throws {
        try refuseOverwriting(inputs: edition.spec.inputFiles, with: outputs.flatMap { $0.paths(numbers: edition.numbers) })
        var rendered: [RenderedOutput] = []
        for output in outputs {
            switch output {
            case .folder(let folder, let dpi):
                rendered += try folderFiles(edition, in: folder, dpi: dpi, press: press, progress: progress)
            case .pdf(let path):
                if edition.pages.contains(where: { press.settings(for: $0.spec) != nil }) {
                    throw RunFailure("\(path): the printer's PDF is written one file per page; name a folder (-o \(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)/)")
                }
                rendered.append(RenderedOutput(path: path, data: try editionPDF(edition, output: path)))
            case .png(let path, let dpi):
                rendered.append(RenderedOutput(path: path, data: try renderer().png(edition.pages.map(\.frame), dpi: dpi, output: path)))
            }
        }
        try commit(rendered)
    }

    /// The edition as one PDF, its page labels the page numbers.
    func editionPDF(_ edition: LaidOutEdition, output: String) throws -> Data {
        try PageLabels.apply(edition.numbers.map(String.init), to: try pdfWriter().pdf(edition.pages.map(\.frame), output: output), output: output)
    }

    /// `page-01.pdf`, `page-01.png`, … drawn concurrently, each page with its own renderer, or taken as
    /// drawn ahead while the edition was laid out.
    private func folderFiles(_ edition: LaidOutEdition, in folder: String, dpi: Double, press: PressRequest,
                             progress: (@Sendable (String) -> Void)?) throws -> [RenderedOutput] {
        let count = edition.pages.count
        return try concurrently(Array(zip(edition.pages, edition.numbers))) { page, number in
            let start = Date()
            let files = try drawAhead.take(.init(folder: folder, dpi: dpi, number: number), frame: page.frame)
                ?? pageFiles(page, number: number, in: folder, dpi: dpi, press: press)
            progress?(String(format: "page %d of %d: %@.pdf, .png (%.2f s)", number, count, EditionOutput.base(folder, number), Date().timeIntervalSince(start)))
            return files
        }.flatMap { $0 }
    }

    /// One page's PDF (the printer's when press settings are in force) and PNG in a folder.
    private func pageFiles(_ page: LaidOutPage, number: Int, in folder: String, dpi: Double, press: PressRequest) throws -> [RenderedOutput] {
        let base = EditionOutput.base(folder, number)
        let pdf = try press.settings(for: page.spec).map { try pressPDF(page, settings: $0, output: base + ".pdf") }
            ?? pdfWriter().pdf([page.frame], output: base + ".pdf")
        let png = try renderer().png([page.frame], dpi: dpi, inBands: false, output: base + ".png")
        return [RenderedOutput(path: base + ".pdf", data: pdf), RenderedOutput(path: base + ".png", data: png)]
    }
}

extension EditionOutput {
    /// The files this output names for pages numbered `numbers`.
    public func paths(numbers: [Int]) -> [String] {
        switch self {
        case .pdf(let path), .png(let path, _): [path]
        case .folder(let folder, _): numbers.flatMap { [Self.base(folder, $0) + ".pdf", Self.base(folder, $0) + ".png"] }
        }
    }

    /// A page's files in a folder, without their extension: `page-01`.
    static func base(_ folder: String, _ number: Int) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent(String(format: "page-%02d", number)).path
    }
}

extension LaidOutEdition {
    /// Pages laid out one by one, as one issue in the order given: each numbered by its folio, else by
    /// its place; no story jumps between them.
    public init(pages: [LaidOutPage]) {
        let numbers = pages.enumerated().map { $1.spec.folio?.number ?? $0 + 1 }
        let first = pages.first?.spec
        spec = EditionSpec(file: first?.file ?? "", paper: first?.folio?.paper ?? first?.masthead?.title ?? first?.title ?? "",
                           date: first?.date,
                           pages: zip(pages, numbers).map { EditionSpec.Page(page: $0.spec, number: $1, section: $0.spec.folio?.section, takesJumps: false) })
        self.pages = pages
        self.numbers = numbers
    }
}

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

    /// `page-01.pdf`, `page-01.png`, … drawn concurrently, each page with its own renderer.
    private func folderFiles(_ edition: LaidOutEdition, in folder: String, dpi: Double, press: PressRequest,
                             progress: (@Sendable (String) -> Void)?) throws -> [RenderedOutput] {
        let count = edition.pages.count
        return try concurrently(Array(zip(edition.pages, edition.numbers))) { page, number in
            let base = EditionOutput.base(folder, number)
            let start = Date()
            let pdf = try press.settings(for: page.spec).map { try pressPDF(page, settings: $0, output: base + ".pdf") }
                ?? pdfWriter().pdf([page.frame], output: base + ".pdf")
            let png = try renderer().png([page.frame], dpi: dpi, output: base + ".png")
            progress?(String(format: "page %d of %d: %@.pdf, .png (%.2f s)", number, count, base, Date().timeIntervalSince(start)))
            return [RenderedOutput(path: base + ".pdf", data: pdf), RenderedOutput(path: base + ".png", data: png)]
        }.flatMap { $0 }
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

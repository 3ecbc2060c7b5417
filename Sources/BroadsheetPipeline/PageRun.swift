import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetLayout
import Foundation

/// A page laid out: its model, the positioned frame and what the layout did.
public struct LaidOutPage: Sendable {
    public var spec: PageSpec
    public var frame: PageFrame
    public var report: LayoutReport
}

extension RenderSession {
    /// Loads a page file (the example page when `path` is nil).
    public func loadPage(_ path: String?, policy: RunPolicy = RunPolicy()) throws -> PageSpec {
        try PageLoader.load(path: path ?? home.examplePage, gridDirectory: home.grids, allowOutside: policy.allowOutside)
    }

    public func layOut(_ page: PageSpec) throws -> LaidOutPage {
        try shaping(page.language) { shapers in
            let (frame, report) = try engine(shapers).layout(page)
            return LaidOutPage(spec: page, frame: frame, report: report)
        }
    }

    /// Loads and lays out a page file.
    public func layOutPage(_ path: String?, policy: RunPolicy = RunPolicy()) throws -> LaidOutPage {
        try layOut(try loadPage(path, policy: policy))
    }

    /// Fails when the page's layout did what `policy` does not allow.
    public func check(_ page: LaidOutPage, policy: RunPolicy) throws {
        try check(page.report, file: page.spec.file, policy: policy)
    }

    /// Fails when the layout did what `policy` does not allow, warning about what it allows.
    public func check(_ report: LayoutReport, file: String, policy: RunPolicy) throws {
        var failures: [String] = []
        for block in report.overset {
            let heading = block.oversetHeadingCharacters > 0 ? " (\(block.oversetHeadingCharacters) of its headings, not drawn)" : ""
            let message = "\(file): overset: block '\(block.name)' has \(block.oversetCharacters + block.oversetHeadingCharacters) characters that do not fit\(heading)"
            if policy.allowOverset { warn(message) } else { failures.append(message) }
        }
        if report.underfillLines > 0 {
            let message = "\(file): underfill: \(report.underfillLines) lines of the page's width are empty; the page needs more copy or a photo"
            if policy.allowUnderfill { warn(message) } else { failures.append(message) }
        }
        for located in report.glyphProblems {
            let message = "\(file): block '\(located.block)': \(located.problem)"
            if located.problem.kind == .missing && !policy.allowMissingGlyphs { failures.append(message) } else { warn(message) }
        }
        if !failures.isEmpty {
            throw RunFailure(failures.joined(separator: "\n")
                + "\nnothing was written (use --allow-overset, --allow-underfill or --allow-missing-glyphs to write anyway)")
        }
    }
}

/// What a page or edition file lays out to.
public enum LaidOutDocument: Sendable {
    case page(LaidOutPage)
    case edition(LaidOutEdition)

    /// Every page's frame, in order.
    public var frames: [PageFrame] {
        switch self {
        case .page(let page): [page.frame]
        case .edition(let edition): edition.pages.map(\.frame)
        }
    }

    /// Every file the page or edition was read from.
    public var inputFiles: [String] {
        switch self {
        case .page(let page): page.spec.inputFiles
        case .edition(let edition): edition.spec.inputFiles
        }
    }

    /// The layout report as JSON: a page's, or an edition's with every page's.
    public func reportJSON() throws -> Data {
        switch self {
        case .page(let page): try LayoutReportFile(page.report, page: page.spec.file).json()
        case .edition(let edition): try EditionReportFile(edition).json()
        }
    }
}

extension RenderSession {
    /// Lays out a page file, or an edition file (one with a top-level `pages:` list).
    /// - Parameters:
    ///   - outputs: what the run will write, made ready on another core while the pages are laid out:
    ///     the photos' embedded forms for a PDF, an edition's page files for a folder.
    ///   - press: the printer's PDF the run asks for.
    public func layOutDocument(_ path: String?, policy: RunPolicy = RunPolicy(), preparing outputs: [EditionOutput] = [],
                               press: PressRequest = PressRequest()) throws -> LaidOutDocument {
        let document = if let path {
            try PageOrEdition.load(path: path, gridDirectory: home.grids, allowOutside: policy.allowOutside)
        } else {
            PageOrEdition.page(try loadPage(nil, policy: policy))
        }
        let writesPDF = outputs.contains { if case .png = $0 { false } else { true } }
        switch document {
        case .page(let page):
            if writesPDF { pdfPhotos.prepare(page.photos) }
            return .page(try layOut(page))
        case .edition(let edition):
            if writesPDF { pdfPhotos.prepare(edition.photos) }
            return .edition(try layOut(edition, drawingAhead: outputs, press: press))
        }
    }

    public func check(_ document: LaidOutDocument, policy: RunPolicy) throws {
        switch document {
        case .page(let page): try check(page, policy: policy)
        case .edition(let edition): try check(edition, policy: policy)
        }
    }
}

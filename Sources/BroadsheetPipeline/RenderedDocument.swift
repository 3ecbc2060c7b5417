import BroadsheetCairo
import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetImage
import Foundation

/// A page or edition file read and checked, not yet laid out.
public struct LoadedDocument: Sendable {
    let content: PageOrEdition

    /// Every file it was read from: the page or edition file, its stories, photos and grids.
    public var inputFiles: [String] {
        switch content {
        case .page(let page): page.inputFiles
        case .edition(let edition): edition.inputFiles
        }
    }
}

extension RenderSession {
    /// Loads a page or edition file without laying it out.
    public func loadDocument(_ path: String, policy: RunPolicy = RunPolicy()) throws -> LoadedDocument {
        LoadedDocument(content: try PageOrEdition.load(path: path, gridDirectory: home.grids, allowOutside: policy.allowOutside))
    }

    /// Lays out a loaded page or edition.
    public func layOut(_ document: LoadedDocument) throws -> LaidOutDocument {
        switch document.content {
        case .page(let page): .page(try layOut(page))
        case .edition(let edition): .edition(try layOut(edition))
        }
    }

    /// The document as one PDF: a page's screen PDF, or an edition's pages in order.
    /// `page`: only that page of an edition.
    public func pdfData(_ document: LaidOutDocument, page index: Int? = nil) throws -> Data {
        if let index { return try pdfWriter().pdf([try document.frame(index)], output: document.name + ".pdf") }
        return switch document {
        case .page(let page): try pdfWriter().pdf([page.frame], output: document.name + ".pdf")
        case .edition(let edition): try editionPDF(edition, output: document.name + ".pdf")
        }
    }

    /// The printer's PDF of the page at `index` (PDF/X, CMYK), with the grid's press settings or the defaults.
    public func pressPDFData(_ document: LaidOutDocument, page index: Int = 0, marks: Bool = false) throws -> Data {
        let page = try document.page(index)
        guard let settings = PressRequest(press: true, marks: marks).settings(for: page.spec) else { throw NoSuchPage(file: document.file, index: index) }
        return try pressPDF(page, settings: settings, output: document.name + "-press.pdf")
    }

    /// The page at `index` (0 for a page file) as a PNG at `dpi`.
    public func pngData(_ document: LaidOutDocument, page index: Int = 0, dpi: Double) throws -> Data {
        try renderer().png([try document.frame(index)], dpi: dpi, output: document.name + ".png")
    }

    /// The page at `index` drawn `size` wide or high.
    public func thumbnailData(_ document: LaidOutDocument, page index: Int = 0, size: ThumbnailSize) throws -> Data {
        try renderer().thumbnail([try document.frame(index)], size: size, columns: 1, output: document.name + ".png")
    }

    /// The layout report of the page at `index` with what its proof marks (type area, columns,
    /// baselines, blocks, flagged lines, missing glyphs, coarse photos), as `proof --report` writes it.
    public func proofReportJSON(_ document: LaidOutDocument, page index: Int = 0) throws -> Data {
        let page = try document.page(index)
        return try LayoutReportFile(page.report, page: page.spec.file, proof: try proof(page).findings).json()
    }

    /// The layout proof of the page at `index` as a PNG at `dpi`.
    public func proofData(_ document: LaidOutDocument, page index: Int = 0, dpi: Double) throws -> Data {
        let page = try document.page(index)
        return try renderer().proof(page.frame, overlay: try proof(page).overlay, asPDF: false, dpi: dpi, output: document.name + "-proof.png")
    }
}

extension PageRenderer {
    /// Pages drawn `size` wide or high, in rows of `columns`.
    func thumbnail(_ frames: [PageFrame], size: ThumbnailSize, columns: Int, output: String) throws -> Data {
        let (width, height): (Int?, Int?) = switch size {
        case .width(let width): (width, nil)
        case .height(let height): (nil, height)
        }
        return try contactSheet(frames, pageWidth: width, pageHeight: height, columns: columns, output: output)
    }
}

/// A page number asked of a document that has no such page.
public struct NoSuchPage: Error, CustomStringConvertible {
    public let file: String
    public let index: Int
    public var description: String { "\(file): has no page \(index + 1)" }
}

extension LaidOutDocument {
    /// The page or edition file it was laid out from.
    public var file: String {
        switch self {
        case .page(let page): page.spec.file
        case .edition(let edition): edition.spec.file
        }
    }

    /// The file's name without folder or extension, for outputs that need one.
    var name: String { URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent }

    func page(_ index: Int) throws -> LaidOutPage {
        switch self {
        case .page(let page) where index == 0: return page
        case .edition(let edition) where edition.pages.indices.contains(index): return edition.pages[index]
        default: throw NoSuchPage(file: file, index: index)
        }
    }

    func frame(_ index: Int) throws -> PageFrame { try page(index).frame }
}

extension RenderSession {
    /// The page at `index` drawn `width` pixels wide on a canvas `height` high, as RGB pixels (the
    /// digital edition's page images and tiles).
    public func pixels(_ document: LaidOutDocument, page index: Int, width: Int, height: Int) throws -> DecodedImage {
        try renderer().pixels(try document.frame(index), width: width, height: height, output: document.name + ".png")
    }
}

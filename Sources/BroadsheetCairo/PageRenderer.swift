import BroadsheetCalendar
import BroadsheetFiles
import BroadsheetFrame
import CPangoCairo

/// Writes a laid-out page as a PDF (vector text, fonts embedded and subset with ToUnicode) or as a
/// PNG proof or thumbnail. Every file is written atomically.
public final class PageRenderer {
    private let drawer = FrameDrawer()

    public init() {}

    public func writePDF(_ frame: PageFrame, to path: String) throws {
        try writePDF([frame], to: path)
    }

    /// A PDF with one page per frame; the first frame's metadata describes the document.
    public func writePDF(_ frames: [PageFrame], to path: String) throws {
        guard let frame = frames.first else { throw RenderError(file: path, "no pages to write") }
        try AtomicFile.write(to: path) { temporary in
            try withPDF(at: temporary, reportedAs: path, width: frame.width, height: frame.height,
                        metadata: frame.metadata, version: CAIRO_PDF_VERSION_1_5) { surface, cr in
                let pdfDrawer = FrameDrawer(fonts: FontFaceCache(subsettingFor: frames.flatMap(\.items)), images: drawer.images)
                for (index, page) in frames.enumerated() {
                    if index > 0 { cairo_pdf_surface_set_size(surface, page.width, page.height) }
                    try pdfDrawer.draw(page, on: cr, for: .screenPDF)
                    cairo_show_page(cr)
                }
            }
        }
    }

    /// The first stage of a press PDF (PDF 1.4, the base of PDF/X-1a:2003): the sheet with every
    /// colour drawn in its stand-in from `key`, for the press step to separate. Written to `path` as
    /// it is, since it is an intermediate file.
    public func writeKeyedPDF(_ sheet: PressSheet, key: ColorKey, to path: String) throws {
        try withPDF(at: path, reportedAs: path, width: sheet.width, height: sheet.height,
                    metadata: sheet.page.metadata, version: CAIRO_PDF_VERSION_1_4) { _, cr in
            cairo_translate(cr, sheet.margin, sheet.margin)
            let pdfDrawer = FrameDrawer(fonts: FontFaceCache(subsettingFor: sheet.page.items + sheet.marks), images: drawer.images)
            try pdfDrawer.draw(sheet.page, on: cr, for: .press(key))
            try pdfDrawer.draw(sheet.marks, on: cr, for: .press(key))
            cairo_show_page(cr)
        }
    }

    private func withPDF(at file: String, reportedAs path: String, width: Double, height: Double, metadata: PageFrame.Metadata,
                         version: cairo_pdf_version_t, draw: (OpaquePointer, OpaquePointer) throws -> Void) throws {
        guard let surface = cairo_pdf_surface_create(file, width, height),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw RenderError(file: path, "cannot create the PDF file")
        }
        defer { cairo_surface_destroy(surface) }
        cairo_pdf_surface_restrict_to_version(surface, version)
        let date = metadata.documentDate.isoDateTime
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Broadsheet")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        try draw(surface, cr)
        cairo_surface_finish(surface)
        try check(cairo_surface_status(surface), path)
    }

    /// A PNG at `dpi` pixels per inch (the proof), or `width` pixels wide (the thumbnail).
    public func writePNG(_ frame: PageFrame, to path: String, dpi: Double? = nil, width: Int? = nil) throws {
        try writePNG([frame], to: path, dpi: dpi, width: width)
    }

    /// Several pages side by side in one PNG (a galley's pages, left to right), `gap` points apart.
    public func writePNG(_ frames: [PageFrame], to path: String, dpi: Double? = nil, width: Int? = nil, gap: Double = 18) throws {
        guard let first = frames.first else { throw RenderError(file: path, "no pages to write") }
        let totalWidth = frames.reduce(0) { $0 + $1.width } + gap * Double(frames.count - 1)
        let totalHeight = frames.map(\.height).max() ?? first.height
        let scale = width.map { Double($0) / totalWidth } ?? (dpi ?? 150) / 72
        try writeRaster(to: path, width: totalWidth * scale, height: totalHeight * scale) { cr in
            cairo_scale(cr, scale, scale)
            var x = 0.0
            for page in frames {
                try draw(page, at: x, 0, on: cr)
                x += page.width + gap
            }
        }
    }

    /// A contact sheet of an edition: the pages in rows of `columns`, each page `pageWidth` pixels
    /// wide or `pageHeight` pixels high, 12 pixels apart. One page alone fills the whole PNG.
    public func writeContactSheet(_ frames: [PageFrame], to path: String, pageWidth: Int?, pageHeight: Int?, columns: Int) throws {
        guard !frames.isEmpty else { throw RenderError(file: path, "no pages to write") }
        let scales = frames.map { page in pageWidth.map { Double($0) / page.width } ?? Double(pageHeight ?? 300) / page.height }
        let cellWidth = zip(frames, scales).map { $0.width * $1 }.max()!.rounded()
        let cellHeight = zip(frames, scales).map { $0.height * $1 }.max()!.rounded()
        let columns = min(max(1, columns), frames.count)
        let rows = (frames.count + columns - 1) / columns
        let gap = 12.0
        try writeRaster(to: path, width: Double(columns) * (cellWidth + gap) - gap, height: Double(rows) * (cellHeight + gap) - gap) { cr in
            for (index, (page, scale)) in zip(frames, scales).enumerated() {
                cairo_save(cr)
                cairo_translate(cr, Double(index % columns) * (cellWidth + gap), Double(index / columns) * (cellHeight + gap))
                cairo_scale(cr, scale, scale)
                try draw(page, at: 0, 0, on: cr)
                cairo_restore(cr)
            }
        }
    }

    /// A layout proof: the page with `overlay` drawn over it, as a PNG at `dpi` or, for a `.pdf` path, a PDF.
    public func writeProof(_ frame: PageFrame, overlay: ProofOverlay, to path: String, dpi: Double) throws {
        if path.hasSuffix(".pdf") {
            try AtomicFile.write(to: path) { temporary in
                try withPDF(at: temporary, reportedAs: path, width: frame.width, height: frame.height,
                            metadata: frame.metadata, version: CAIRO_PDF_VERSION_1_5) { _, cr in
                    try drawer.draw(frame, on: cr, for: .screenPDF)
                    try drawer.draw(overlay, on: cr)
                    cairo_show_page(cr)
                }
            }
        } else {
            let scale = dpi / 72
            try writeRaster(to: path, width: frame.width * scale, height: frame.height * scale) { cr in
                cairo_scale(cr, scale, scale)
                try draw(frame, at: 0, 0, on: cr)
                try drawer.draw(overlay, on: cr)
            }
        }
    }

    /// One page drawn with its top-left corner at (`x`, `y`) and clipped to its trim.
    private func draw(_ page: PageFrame, at x: Double, _ y: Double, on cr: OpaquePointer) throws {
        cairo_save(cr)
        cairo_translate(cr, x, y)
        cairo_rectangle(cr, 0, 0, page.width, page.height)
        cairo_clip(cr)
        try drawer.draw(page, on: cr, for: .raster)
        cairo_restore(cr)
    }

    /// A PNG of `width` × `height` pixels on a grey desk, drawn by `draw`, written atomically.
    private func writeRaster(to path: String, width: Double, height: Double, draw: (OpaquePointer) throws -> Void) throws {
        let pixelWidth = Int32(width.rounded())
        let pixelHeight = Int32(height.rounded())
        guard pixelWidth > 0, pixelHeight > 0, Int(pixelWidth) * Int(pixelHeight) <= 400_000_000 else {
            throw RenderError(file: path, "a PNG of \(pixelWidth) × \(pixelHeight) pixels is out of range; choose a smaller --dpi or --width")
        }
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixelWidth, pixelHeight)!
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 0.8, 0.8, 0.8)
        cairo_paint(cr)
        try draw(cr)
        cairo_surface_flush(surface)
        try AtomicFile.write(to: path) { temporary in
            try PNGWriter.write(surface, to: temporary, reportedAs: path)
        }
    }

    private func check(_ status: cairo_status_t, _ path: String) throws {
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(file: path, "cairo failed: \(String(cString: cairo_status_to_string(status)))")
        }
    }
}

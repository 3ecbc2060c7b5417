import BroadsheetDocument
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
            guard let surface = cairo_pdf_surface_create(temporary, frame.width, frame.height),
                  cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
                throw RenderError(file: path, "cannot create the PDF file")
            }
            defer { cairo_surface_destroy(surface) }
            cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
            let date = (frame.metadata.date ?? "2000-01-01") + "T00:00:00"
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, frame.metadata.title)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Broadsheet")
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
            let cr = cairo_create(surface)!
            defer { cairo_destroy(cr) }
            for (index, page) in frames.enumerated() {
                if index > 0 { cairo_pdf_surface_set_size(surface, page.width, page.height) }
                try drawer.draw(page, on: cr, forPDF: true)
                cairo_show_page(cr)
            }
            cairo_surface_finish(surface)
            try check(cairo_surface_status(surface), path)
        }
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
        let pixelWidth = Int32((totalWidth * scale).rounded())
        let pixelHeight = Int32((totalHeight * scale).rounded())
        guard pixelWidth > 0, pixelHeight > 0, Int(pixelWidth) * Int(pixelHeight) <= 400_000_000 else {
            throw RenderError(file: path, "a PNG of \(pixelWidth) × \(pixelHeight) pixels is out of range; choose a smaller --dpi or --width")
        }
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixelWidth, pixelHeight)!
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        cairo_scale(cr, scale, scale)
        cairo_set_source_rgb(cr, 0.8, 0.8, 0.8)
        cairo_paint(cr)
        var x = 0.0
        for page in frames {
            cairo_save(cr)
            cairo_translate(cr, x, 0)
            cairo_rectangle(cr, 0, 0, page.width, page.height)
            cairo_clip(cr)
            try drawer.draw(page, on: cr, forPDF: false)
            cairo_restore(cr)
            x += page.width + gap
        }
        cairo_surface_flush(surface)
        try AtomicFile.write(to: path) { temporary in
            try check(cairo_surface_write_to_png(surface, temporary), path)
        }
    }

    private func check(_ status: cairo_status_t, _ path: String) throws {
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(file: path, "cairo failed: \(String(cString: cairo_status_to_string(status)))")
        }
    }
}

import BroadsheetCalendar
import BroadsheetFrame
import BroadsheetImage
import CPangoCairo
import Foundation

/// Renders a laid-out page with cairo — PNG proofs and thumbnails, the layout proof as a PDF, the press
/// PDF's first stage (the screen PDF is `PDFWriter`'s) — into memory: writing the bytes to a file is
/// the caller's, so that a run's outputs reach the disk together, whole or not at all. `output` names
/// the file in errors.
public final class PageRenderer {
    private let drawer: FrameDrawer

    /// - Parameters:
    ///   - decodings: decoded photos to share with other renderers (a session's).
    ///   - faces: font faces, with the glyphs cairo rendered from them, to share with other renderers.
    public init(decodings: DecodedImageCache = DecodedImageCache(), faces: FontFaceCache = FontFaceCache()) {
        drawer = FrameDrawer(fonts: faces, images: ImageLoader(decodings: decodings))
    }

    /// The first stage of a press PDF (PDF 1.4, the base of PDF/X-1a:2003): the sheet with every
    /// colour drawn in its stand-in from `key`, for the press step to separate.
    public func keyedPDF(_ sheet: PressSheet, key: ColorKey, output: String) throws -> Data {
        try withPDF(output: output, width: sheet.width, height: sheet.height, metadata: sheet.page.metadata,
                    version: CAIRO_PDF_VERSION_1_4) { cr in
            cairo_translate(cr, sheet.margin, sheet.margin)
            let pdfDrawer = FrameDrawer(fonts: FontFaceCache(subsettingFor: sheet.page.items + sheet.marks), images: drawer.images)
            try pdfDrawer.draw(sheet.page, on: cr, for: .press(key))
            try pdfDrawer.draw(sheet.marks, on: cr, for: .press(key))
            cairo_show_page(cr)
        }
    }

    /// The bytes cairo writes through its stream callback.
    private final class Sink {
        var data = Data()
    }

    private func withPDF(output: String, width: Double, height: Double, metadata: PageFrame.Metadata,
                         version: cairo_pdf_version_t, draw: (OpaquePointer) throws -> Void) throws -> Data {
        let sink = Sink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        guard let surface = cairo_pdf_surface_create_for_stream({ closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, closure, width, height), cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw RenderError(file: output, "cairo cannot start the PDF")
        }
        defer { cairo_surface_destroy(surface) }
        cairo_pdf_surface_restrict_to_version(surface, version)
        let date = metadata.documentDate.isoDateTime
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, CairoText.acceptable(metadata.title))
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Broadsheet")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        try draw(cr)
        cairo_surface_finish(surface)
        try check(cairo_surface_status(surface), output)
        return sink.data
    }

    /// Pages side by side in one PNG (a galley's pages, left to right, `gap` points apart), at `dpi`
    /// pixels per inch (a proof) or `width` pixels wide in all.
    public func png(_ frames: [PageFrame], dpi: Double? = nil, width: Int? = nil, gap: Double = 18, output: String) throws -> Data {
        guard let first = frames.first else { throw RenderError(file: output, "no pages to write") }
        let totalWidth = frames.reduce(0) { $0 + $1.width } + gap * Double(frames.count - 1)
        let totalHeight = frames.map(\.height).max() ?? first.height
        let scale = width.map { Double($0) / totalWidth } ?? (dpi ?? 150) / 72
        return try raster(output: output, width: totalWidth * scale, height: totalHeight * scale) { cr in
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
    public func contactSheet(_ frames: [PageFrame], pageWidth: Int?, pageHeight: Int?, columns: Int, output: String) throws -> Data {
        guard !frames.isEmpty else { throw RenderError(file: output, "no pages to write") }
        let scales = frames.map { page in pageWidth.map { Double($0) / page.width } ?? Double(pageHeight ?? 300) / page.height }
        let cellWidth = zip(frames, scales).map { $0.width * $1 }.max()!.rounded()
        let cellHeight = zip(frames, scales).map { $0.height * $1 }.max()!.rounded()
        let columns = min(max(1, columns), frames.count)
        let rows = (frames.count + columns - 1) / columns
        let gap = 12.0
        return try raster(output: output, width: Double(columns) * (cellWidth + gap) - gap, height: Double(rows) * (cellHeight + gap) - gap) { cr in
            for (index, (page, scale)) in zip(frames, scales).enumerated() {
                cairo_save(cr)
                cairo_translate(cr, Double(index % columns) * (cellWidth + gap), Double(index / columns) * (cellHeight + gap))
                cairo_scale(cr, scale, scale)
                try draw(page, at: 0, 0, on: cr)
                cairo_restore(cr)
            }
        }
    }

    /// A layout proof: the page with `overlay` drawn over it, as a PNG at `dpi` or as a PDF.
    public func proof(_ frame: PageFrame, overlay: ProofOverlay, asPDF: Bool, dpi: Double, output: String) throws -> Data {
        if asPDF {
            return try withPDF(output: output, width: frame.width, height: frame.height, metadata: frame.metadata,
                               version: CAIRO_PDF_VERSION_1_5) { cr in
                try drawer.draw(frame, on: cr, for: .screenPDF)
                try drawer.draw(overlay, on: cr)
                cairo_show_page(cr)
            }
        }
        let scale = dpi / 72
        return try raster(output: output, width: frame.width * scale, height: frame.height * scale) { cr in
            cairo_scale(cr, scale, scale)
            try draw(frame, at: 0, 0, on: cr)
            try drawer.draw(overlay, on: cr)
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

    /// The page drawn `width` pixels wide on a canvas `height` pixels high (the caller's rounding of the
    /// page's height), as RGB pixels: the digital edition's page images and tiles.
    public func pixels(_ frame: PageFrame, width: Int, height: Int, output: String) throws -> DecodedImage {
        let scale = Double(width) / frame.width
        return try surface(output: output, width: Double(width), height: Double(height)) { cr in
            cairo_scale(cr, scale, scale)
            try draw(frame, at: 0, 0, on: cr)
        } read: { surface in
            let (width, height, rgb) = try PNGWriter.rgb(surface, output: output)
            return DecodedImage(width: width, height: height, channels: 3, pixels: rgb)
        }
    }

    /// A PNG of `width` × `height` pixels on a grey desk, drawn by `draw`.
    private func raster(output: String, width: Double, height: Double, draw: (OpaquePointer) throws -> Void) throws -> Data {
        try surface(output: output, width: width, height: height, draw: draw) { try PNGWriter.png($0, output: output) }
    }

    private func surface<Result>(output: String, width: Double, height: Double, draw: (OpaquePointer) throws -> Void,
                                 read: (OpaquePointer) throws -> Result) throws -> Result {
        let pixelWidth = Int32(width.rounded())
        let pixelHeight = Int32(height.rounded())
        guard pixelWidth > 0, pixelHeight > 0, Int(pixelWidth) * Int(pixelHeight) <= 400_000_000 else {
            throw RenderError(file: output, "a PNG of \(pixelWidth) × \(pixelHeight) pixels is out of range; choose a smaller --dpi or --width")
        }
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixelWidth, pixelHeight)!
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 0.8, 0.8, 0.8)
        cairo_paint(cr)
        try draw(cr)
        cairo_surface_flush(surface)
        return try read(surface)
    }

    private func check(_ status: cairo_status_t, _ path: String) throws {
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(file: path, "cairo failed: \(String(cString: cairo_status_to_string(status)))")
        }
    }
}

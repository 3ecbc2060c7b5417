import BroadsheetCalendar
import BroadsheetConcurrency
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
    private let decodings: DecodedImageCache
    private let faces: FontFaceCache

    /// - Parameters:
    ///   - decodings: decoded photos to share with other renderers (a session's).
    ///   - faces: font faces, with the glyphs cairo rendered from them, to share with other renderers.
    public init(decodings: DecodedImageCache = DecodedImageCache(), faces: FontFaceCache = FontFaceCache()) {
        self.decodings = decodings
        self.faces = faces
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
    /// - Parameter inBands: a large PNG may be drawn in bands on all cores (false where other pages are
    ///   drawn at the same time and take them).
    public func png(_ frames: [PageFrame], dpi: Double? = nil, width: Int? = nil, gap: Double = 18, inBands: Bool = true,
                    output: String) throws -> Data {
        guard let first = frames.first else { throw RenderError(file: output, "no pages to write") }
        let totalWidth = frames.reduce(0) { $0 + $1.width } + gap * Double(frames.count - 1)
        let totalHeight = frames.map(\.height).max() ?? first.height
        let scale = width.map { Double($0) / totalWidth } ?? (dpi ?? 150) / 72
        return try raster(output: output, width: totalWidth * scale, height: totalHeight * scale, inBands: inBands) { cr, drawer in
            cairo_scale(cr, scale, scale)
            var x = 0.0
            for page in frames {
                try draw(page, at: x, 0, on: cr, with: drawer)
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
        return try raster(output: output, width: Double(columns) * (cellWidth + gap) - gap, height: Double(rows) * (cellHeight + gap) - gap) { cr, drawer in
            for (index, (page, scale)) in zip(frames, scales).enumerated() {
                cairo_save(cr)
                cairo_translate(cr, Double(index % columns) * (cellWidth + gap), Double(index / columns) * (cellHeight + gap))
                cairo_scale(cr, scale, scale)
                try draw(page, at: 0, 0, on: cr, with: drawer)
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
        return try raster(output: output, width: frame.width * scale, height: frame.height * scale) { cr, drawer in
            cairo_scale(cr, scale, scale)
            try draw(frame, at: 0, 0, on: cr, with: drawer)
            try drawer.draw(overlay, on: cr)
        }
    }

    /// One page drawn with its top-left corner at (`x`, `y`) and clipped to its trim.
    private func draw(_ page: PageFrame, at x: Double, _ y: Double, on cr: OpaquePointer, with drawer: FrameDrawer) throws {
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
        let (pixelWidth, pixelHeight) = try pixelSize(output: output, width: Double(width), height: Double(height))
        return try Self.surface(width: pixelWidth, height: pixelHeight, firstRow: 0) { cr in
            cairo_scale(cr, scale, scale)
            try draw(frame, at: 0, 0, on: cr, with: drawer)
        } read: { surface in
            let (width, height, rgb) = try PNGWriter.rgb(surface, output: output)
            return DecodedImage(width: width, height: height, channels: 3, pixels: rgb)
        }
    }

    /// A PNG of `width` × `height` pixels on a grey desk, drawn by `draw`. A large one (a proof) is
    /// drawn and deflated in bands of rows, one on each core, each band with a drawer of its own; its
    /// pixels are those of the whole drawn at once but where pixman filters a photo (±1 in 255).
    private func raster(output: String, width: Double, height: Double, inBands: Bool = true,
                        draw: (OpaquePointer, FrameDrawer) throws -> Void) throws -> Data {
        let (pixelWidth, pixelHeight) = try pixelSize(output: output, width: width, height: height)
        let bandCount = inBands && pixelWidth * pixelHeight >= Self.bandedPixels ? min(ProcessInfo.processInfo.activeProcessorCount, 4, pixelHeight) : 1
        guard bandCount > 1 else {
            return try Self.surface(width: pixelWidth, height: pixelHeight, firstRow: 0) { try draw($0, drawer) } read: {
                try PNGWriter.png($0, output: output)
            }
        }
        // Each band draws through its own drawer into its own surface; `draw` only reads the frames.
        nonisolated(unsafe) let draw = draw
        let (faces, decodings) = (faces, decodings)
        let bands = try concurrently(Array(0..<bandCount)) { band throws -> PNGWriter.Band in
            let rows = pixelHeight * band / bandCount..<pixelHeight * (band + 1) / bandCount
            // cairo holds a font's lock while it draws its glyphs: the other bands draw with faces of their own.
            let drawer = FrameDrawer(fonts: band == 0 ? faces : FontFaceCache(), images: ImageLoader(decodings: decodings))
            return try Self.surface(width: pixelWidth, height: rows.count, firstRow: rows.lowerBound) { try draw($0, drawer) } read: {
                try PNGWriter.band($0, last: band == bandCount - 1, output: output)
            }
        }
        return PNGWriter.png(width: pixelWidth, height: pixelHeight, bands: bands)
    }

    /// A raster of 100,000 pixels or more (a 300-pixel thumbnail of a tabloid page has 127,500) is drawn
    /// in bands: FreeType reading each glyph's outline is most of a thumbnail's drawing, and a band reads
    /// only the glyphs of the lines in its rows, while the other core would stand idle.
    static let bandedPixels = 100_000

    /// `width` × `height` rounded to pixels, refused when empty or beyond 400 million pixels.
    private func pixelSize(output: String, width: Double, height: Double) throws -> (Int, Int) {
        let pixelWidth = Int(width.rounded())
        let pixelHeight = Int(height.rounded())
        guard pixelWidth > 0, pixelHeight > 0, pixelWidth * pixelHeight <= 400_000_000 else {
            throw RenderError(file: output, "a PNG of \(pixelWidth) × \(pixelHeight) pixels is out of range; choose a smaller --dpi or --width")
        }
        return (pixelWidth, pixelHeight)
    }

    /// Rows `firstRow ..< firstRow + height` of a canvas `width` pixels wide on the grey desk, drawn by `draw`.
    private static func surface<Result>(width: Int, height: Int, firstRow: Int, draw: (OpaquePointer) throws -> Void,
                                 read: (OpaquePointer) throws -> Result) throws -> Result {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 0.8, 0.8, 0.8)
        cairo_paint(cr)
        cairo_translate(cr, 0, -Double(firstRow))
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

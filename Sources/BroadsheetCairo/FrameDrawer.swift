import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetText
import CPangoCairo

/// Draws a `PageFrame` onto a cairo context whose user space is the page in points.
final class FrameDrawer {
    /// What the drawing is for.
    enum Purpose {
        /// A PNG: screen colours on white paper.
        case raster
        /// The layout proof's PDF: screen colours on white paper, JPEG photos embedded as shot.
        case screenPDF
        /// The press PDF before its colours are separated: every colour drawn in its stand-in, no
        /// paper (it is not printed), photos opaque and uncompressed for conversion to CMYK.
        case press(ColorKey)
    }

    private let fonts: FontFaceCache
    let images: ImageLoader
    private let fontOptions: OpaquePointer

    /// - Parameters:
    ///   - fonts: whole faces for rasters; faces subset to the document's glyphs for a PDF.
    ///   - images: decoded photos, shared between the drawers of one renderer.
    init(fonts: FontFaceCache, images: ImageLoader) {
        self.fonts = fonts
        self.images = images
        fontOptions = cairo_font_options_create()
        cairo_font_options_set_hint_style(fontOptions, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(fontOptions, CAIRO_HINT_METRICS_OFF)
    }

    deinit { cairo_font_options_destroy(fontOptions) }

    func draw(_ frame: PageFrame, on cr: OpaquePointer, for purpose: Purpose) throws {
        if case .press = purpose {} else {
            cairo_set_source_rgb(cr, 1, 1, 1)
            cairo_paint(cr)
        }
        try draw(frame.items, on: cr, for: purpose)
    }

    func draw(_ items: [FrameItem], on cr: OpaquePointer, for purpose: Purpose) throws {
        cairo_set_font_options(cr, fontOptions)
        for item in items {
            switch item {
            case .glyphs(let run): try draw(run, cr, purpose)
            case .rule(let rule): try draw(rule, cr, purpose)
            case .box(let box): try draw(box, cr, purpose)
            case .tiles(let tiles): try draw(tiles, cr, purpose)
            case .image(let image): try draw(image, cr, purpose)
            }
        }
    }

    /// A proof's overlay: each layer drawn into a group, then painted at the layer's opacity.
    func draw(_ overlay: ProofOverlay, on cr: OpaquePointer) throws {
        for layer in overlay.layers {
            cairo_push_group(cr)
            try draw(layer.items, on: cr, for: .raster)
            cairo_pop_group_to_source(cr)
            cairo_paint_with_alpha(cr, layer.opacity)
        }
    }

    private func setColor(_ color: Color, _ cr: OpaquePointer, _ purpose: Purpose) throws {
        if case .press(let key) = purpose {
            guard let standIn = key.standIn(for: color) else { throw RenderError(file: "press colour key", "colour \(color) has no stand-in") }
            cairo_set_source_rgb(cr, standIn.red, standIn.green, standIn.blue)
        } else {
            let screen = color.screen
            cairo_set_source_rgb(cr, screen.red, screen.green, screen.blue)
        }
    }

    private func draw(_ run: GlyphRun, _ cr: OpaquePointer, _ purpose: Purpose) throws {
        try setColor(run.color, cr, purpose)
        cairo_set_font_face(cr, fonts.cairoFace(for: run.face))
        cairo_set_font_size(cr, run.size)
        // A turned run is drawn in user space turned a quarter clockwise about its first glyph's origin,
        // where a glyph `(dx, dy)` away from it on the page lies at `(dy, -dx)`: every glyph turns about its own origin.
        let origin = run.rotation == .clockwise90 ? run.glyphs.first : nil
        if let origin {
            cairo_save(cr)
            cairo_translate(cr, origin.x, origin.y)
            cairo_rotate(cr, .pi / 2)
        }
        var glyphs = run.glyphs.map { glyph in
            let id = UInt(fonts.glyphID(glyph.id, of: run.face))
            guard let origin else { return cairo_glyph_t(index: id, x: glyph.x, y: glyph.y) }
            return cairo_glyph_t(index: id, x: glyph.y - origin.y, y: origin.x - glyph.x)
        }
        var (text, clusters) = Self.cairoText(run)
        text.withCString { utf8 in
            cairo_show_text_glyphs(cr, utf8, Int32(text.utf8.count), &glyphs, Int32(glyphs.count),
                                   &clusters, Int32(clusters.count), cairo_text_cluster_flags_t(rawValue: 0))
        }
        if origin != nil { cairo_restore(cr) }
    }

    private func draw(_ rule: Rule, _ cr: OpaquePointer, _ purpose: Purpose) throws {
        try setColor(rule.color, cr, purpose)
        cairo_set_line_width(cr, rule.width)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        cairo_move_to(cr, rule.from.x, rule.from.y)
        cairo_line_to(cr, rule.to.x, rule.to.y)
        cairo_stroke(cr)
    }

    private func draw(_ box: Box, _ cr: OpaquePointer, _ purpose: Purpose) throws {
        func path() {
            let r = box.rect
            let radius = min(box.cornerRadius, r.width / 2, r.height / 2)
            guard radius > 0 else { return cairo_rectangle(cr, r.x, r.y, r.width, r.height) }
            cairo_new_sub_path(cr)
            cairo_arc(cr, r.maxX - radius, r.minY + radius, radius, -.pi / 2, 0)
            cairo_arc(cr, r.maxX - radius, r.maxY - radius, radius, 0, .pi / 2)
            cairo_arc(cr, r.minX + radius, r.maxY - radius, radius, .pi / 2, .pi)
            cairo_arc(cr, r.minX + radius, r.minY + radius, radius, .pi, 3 * .pi / 2)
            cairo_close_path(cr)
        }
        if let fill = box.fill {
            try setColor(fill, cr, purpose)
            path()
            cairo_fill(cr)
        }
        if let stroke = box.stroke {
            try setColor(stroke, cr, purpose)
            cairo_set_line_width(cr, box.strokeWidth)
            path()
            cairo_stroke(cr)
        }
    }

    /// One path of every rectangle, filled once: neighbouring tiles leave no antialiased seam between them.
    private func draw(_ tiles: Tiles, _ cr: OpaquePointer, _ purpose: Purpose) throws {
        try setColor(tiles.fill, cr, purpose)
        for rect in tiles.rects { cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height) }
        cairo_fill(cr)
    }

    /// A run's text and clusters as cairo takes them (see `CairoText`), each cluster's byte count
    /// following its text.
    private static func cairoText(_ run: GlyphRun) -> (String, [cairo_text_cluster_t]) {
        let plain = run.clusters.map { cairo_text_cluster_t(num_bytes: Int32($0.bytes), num_glyphs: Int32($0.glyphs)) }
        guard CairoText.needsReplacing(run.text) else { return (run.text, plain) }
        var text = ""
        var clusters: [cairo_text_cluster_t] = []
        for (piece, cluster) in zip(run.clusterPieces, run.clusters) {
            let replaced = CairoText.acceptable(piece.text)
            text += replaced
            clusters.append(cairo_text_cluster_t(num_bytes: Int32(replaced.utf8.count), num_glyphs: Int32(cluster.glyphs)))
        }
        return (text, clusters)
    }

    private func draw(_ image: PlacedImage, _ cr: OpaquePointer, _ purpose: Purpose) throws {
        let surface: OpaquePointer
        switch purpose {
        case .raster:
            var scale = 1.0, unused = 0.0
            cairo_user_to_device_distance(cr, &scale, &unused)
            let shown = Int((image.imageRect.width * abs(scale)).rounded(.up)) + 1
            surface = try images.surface(for: image.image, embedOriginal: false, opaque: false, maximumWidth: shown)
        case .screenPDF: surface = try images.surface(for: image.image, embedOriginal: true, opaque: false)
        case .press: surface = try images.surface(for: image.image, embedOriginal: false, opaque: true)
        }
        let pixelWidth = Double(cairo_image_surface_get_width(surface))
        let pixelHeight = Double(cairo_image_surface_get_height(surface))
        cairo_save(cr)
        cairo_rectangle(cr, image.frame.x, image.frame.y, image.frame.width, image.frame.height)
        cairo_clip(cr)
        cairo_translate(cr, image.imageRect.x, image.imageRect.y)
        cairo_scale(cr, image.imageRect.width / pixelWidth, image.imageRect.height / pixelHeight)
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
        cairo_paint(cr)
        cairo_restore(cr)
    }
}

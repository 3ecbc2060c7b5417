import BroadsheetFrame
import CPangoCairo

/// Draws a `PageFrame` onto a cairo context whose user space is the page in points.
final class FrameDrawer {
    private let fonts = FontFaceCache()
    private let images = ImageLoader()
    private let fontOptions: OpaquePointer

    init() {
        fontOptions = cairo_font_options_create()
        cairo_font_options_set_hint_style(fontOptions, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(fontOptions, CAIRO_HINT_METRICS_OFF)
    }

    deinit { cairo_font_options_destroy(fontOptions) }

    func draw(_ frame: PageFrame, on cr: OpaquePointer, forPDF: Bool) throws {
        cairo_set_font_options(cr, fontOptions)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        for item in frame.items {
            switch item {
            case .glyphs(let run): draw(run, cr)
            case .rule(let rule): draw(rule, cr)
            case .box(let box): draw(box, cr)
            case .image(let image): try draw(image, cr, forPDF: forPDF)
            }
        }
    }

    private func setColor(_ color: Color, _ cr: OpaquePointer) {
        cairo_set_source_rgb(cr, color.red, color.green, color.blue)
    }

    private func draw(_ run: GlyphRun, _ cr: OpaquePointer) {
        setColor(run.color, cr)
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
            guard let origin else { return cairo_glyph_t(index: UInt(glyph.id), x: glyph.x, y: glyph.y) }
            return cairo_glyph_t(index: UInt(glyph.id), x: glyph.y - origin.y, y: origin.x - glyph.x)
        }
        var clusters = run.clusters.map { cairo_text_cluster_t(num_bytes: Int32($0.bytes), num_glyphs: Int32($0.glyphs)) }
        run.text.withCString { text in
            cairo_show_text_glyphs(cr, text, Int32(run.text.utf8.count), &glyphs, Int32(glyphs.count),
                                   &clusters, Int32(clusters.count), cairo_text_cluster_flags_t(rawValue: 0))
        }
        if origin != nil { cairo_restore(cr) }
    }

    private func draw(_ rule: Rule, _ cr: OpaquePointer) {
        setColor(rule.color, cr)
        cairo_set_line_width(cr, rule.width)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        cairo_move_to(cr, rule.from.x, rule.from.y)
        cairo_line_to(cr, rule.to.x, rule.to.y)
        cairo_stroke(cr)
    }

    private func draw(_ box: Box, _ cr: OpaquePointer) {
        let r = box.rect
        if let fill = box.fill {
            setColor(fill, cr)
            cairo_rectangle(cr, r.x, r.y, r.width, r.height)
            cairo_fill(cr)
        }
        if let stroke = box.stroke {
            setColor(stroke, cr)
            cairo_set_line_width(cr, box.strokeWidth)
            cairo_rectangle(cr, r.x, r.y, r.width, r.height)
            cairo_stroke(cr)
        }
    }

    private func draw(_ image: PlacedImage, _ cr: OpaquePointer, forPDF: Bool) throws {
        let surface = try images.surface(for: image.path, embedOriginal: forPDF)
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

import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetText

/// The content stream of one page (ISO 32000-1 §8, §9.4): the frame's items in order, in the frame's
/// own space (points, y down from the top), which one `cm` at the start maps onto the PDF's.
struct PageContent {
    private(set) var text = ""
    private(set) var fonts: Set<String> = []
    private(set) var images: Set<String> = []
    private var fill = "", stroke = ""

    init(height: Double) {
        text = "1 0 0 -1 0 \(PDFSyntax.number(height, decimals: 4)) cm\n"
    }

    private func n(_ value: Double) -> String { PDFSyntax.number(value) }

    /// A colour's screen RGB as operands of `rg` or `RG`.
    private func operands(_ color: Color) -> String {
        let screen = color.screen
        return "\(n(screen.red)) \(n(screen.green)) \(n(screen.blue))"
    }

    private mutating func setFill(_ color: Color) {
        let operands = operands(color)
        if operands != fill { text += operands + " rg\n"; fill = operands }
    }

    private mutating func setStroke(_ color: Color) {
        let operands = operands(color)
        if operands != stroke { text += operands + " RG\n"; stroke = operands }
    }

    /// White paper under the page, as the PNG shows it.
    mutating func paper(width: Double, height: Double) {
        text += "1 1 1 rg\n0 0 \(n(width)) \(n(height)) re f\n"
        fill = "1 1 1"
    }

    mutating func rule(_ rule: Rule) {
        setStroke(rule.color)
        text += "\(n(rule.width)) w 0 J \(n(rule.from.x)) \(n(rule.from.y)) m \(n(rule.to.x)) \(n(rule.to.y)) l S\n"
    }

    mutating func box(_ box: Box) {
        if let color = box.fill {
            setFill(color)
            text += path(box) + "f\n"
        }
        if let color = box.stroke {
            setStroke(color)
            text += "\(n(box.strokeWidth)) w " + path(box) + "S\n"
        }
    }

    /// The box's outline; a rounded corner is a quarter circle drawn as one cubic Bézier.
    private func path(_ box: Box) -> String {
        let r = box.rect
        let radius = min(box.cornerRadius, r.width / 2, r.height / 2)
        guard radius > 0 else { return "\(n(r.x)) \(n(r.y)) \(n(r.width)) \(n(r.height)) re " }
        let k = radius * 0.5523   // 4/3·(√2 − 1): the control distance of a quarter circle
        let (x0, y0, x1, y1) = (r.minX, r.minY, r.maxX, r.maxY)
        return "\(n(x1 - radius)) \(n(y0)) m "
            + "\(n(x1 - radius + k)) \(n(y0)) \(n(x1)) \(n(y0 + radius - k)) \(n(x1)) \(n(y0 + radius)) c "
            + "\(n(x1)) \(n(y1 - radius)) l "
            + "\(n(x1)) \(n(y1 - radius + k)) \(n(x1 - radius + k)) \(n(y1)) \(n(x1 - radius)) \(n(y1)) c "
            + "\(n(x0 + radius)) \(n(y1)) l "
            + "\(n(x0 + radius - k)) \(n(y1)) \(n(x0)) \(n(y1 - radius + k)) \(n(x0)) \(n(y1 - radius)) c "
            + "\(n(x0)) \(n(y0 + radius)) l "
            + "\(n(x0)) \(n(y0 + radius - k)) \(n(x0 + radius - k)) \(n(y0)) \(n(x0 + radius)) \(n(y0)) c h "
    }

    /// One path of every rectangle, filled once: neighbouring tiles leave no seam between them.
    mutating func tiles(_ tiles: Tiles) {
        setFill(tiles.fill)
        for rect in tiles.rects { text += "\(n(rect.x)) \(n(rect.y)) \(n(rect.width)) \(n(rect.height)) re\n" }
        text += "f\n"
    }

    /// The image XObject `name`, scaled to its image rectangle and clipped to its frame.
    mutating func image(_ image: PlacedImage, name: String) {
        images.insert(name)
        let (frame, shown) = (image.frame, image.imageRect)
        text += "q \(n(frame.x)) \(n(frame.y)) \(n(frame.width)) \(n(frame.height)) re W n "
            + "\(n(shown.width)) 0 0 \(n(-shown.height)) \(n(shown.x)) \(n(shown.maxY)) cm /\(name) Do Q\n"
    }

    /// A run's glyphs as TJ strings of two-byte codes, positioned by the text matrix where a line
    /// starts and by TJ adjustments between glyphs; a cluster whose text its codes cannot carry in the
    /// font's ToUnicode (a code already showing other text, several glyphs for one text) is a span with
    /// ActualText (§14.9.4), so the page's text reads as the frame's.
    mutating func glyphs(_ run: GlyphRun, font: inout EmbeddedFont) {
        guard !run.glyphs.isEmpty else { return }
        fonts.insert(font.resourceName)
        setFill(run.color)
        let size = run.size
        let turned = run.rotation == .clockwise90
        text += "BT\n/\(font.resourceName) 1 Tf\n"
        var pen: (along: Double, across: Double)? = nil
        var pieces: [String] = [], codes = ""
        func flush() {
            if !codes.isEmpty { pieces.append("<" + codes + ">") }
            if !pieces.isEmpty { text += "[" + pieces.joined(separator: " ") + "] TJ\n" }
            pieces = []
            codes = ""
        }
        for (clusterText, glyphs) in run.clusterPieces {
            guard let first = glyphs.first else { continue }
            let mapped = glyphs.count == 1 && font.map(font.code(first.id), to: clusterText)
            if !mapped && !clusterText.isEmpty {
                flush()
                text += "/Span << /ActualText \(PDFSyntax.textString(clusterText)) >> BDC\n"
            }
            for glyph in glyphs {
                let code = font.code(glyph.id)
                let (along, across) = turned ? (glyph.y, glyph.x) : (glyph.x, glyph.y)
                if let current = pen, abs(across - current.across) < 0.0005, abs(along - current.along) <= 2 * size {
                    let adjustment = ((current.along - along) * 1000 / size * 10).rounded() / 10
                    if adjustment != 0 {
                        if !codes.isEmpty { pieces.append("<" + codes + ">"); codes = "" }
                        pieces.append(PDFSyntax.number(adjustment, decimals: 1))
                    }
                    pen = (current.along - adjustment * size / 1000, across)
                } else {
                    flush()
                    let matrix = turned ? "0 \(n(size)) \(n(size)) 0" : "\(n(size)) 0 0 \(n(-size))"
                    text += "\(matrix) \(n(glyph.x)) \(n(glyph.y)) Tm\n"
                    pen = (along, across)
                }
                codes += PDFSyntax.hex4(code)
                pen!.along += font.width(code) * size / 1000
            }
            if !mapped && !clusterText.isEmpty {
                flush()
                text += "EMC\n"
            }
        }
        flush()
        text += "ET\n"
    }
}

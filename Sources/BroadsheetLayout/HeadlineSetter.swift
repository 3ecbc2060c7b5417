import BroadsheetComposer
import BroadsheetFrame
import BroadsheetText
import Foundation

/// A headline-like element set as centred lines: each line composed, with its height on the page.
struct HeadlineLines {
    var lines: [SetParagraph]
    var size: Double
    var pitch: Double
    var height: Double { lines.isEmpty ? 0 : Double(lines.count - 1) * pitch + size }
    /// The widest line's width, from its first character to its last.
    var naturalWidth: Double { lines.flatMap(\.lines).map { $0.end - $0.start }.max() ?? 0 }
}

extension TextSetter {
    /// Sets a headline in at most `width` points, its lines broken between words and balanced
    /// (`HeadlineComposer`). A line break in `text` forces a new line; a space is a pause
    /// (公文标题-style) where the headline prefers to break and which is kept as a 1-em space within a
    /// line. When one pause-delimited segment is wider than the measure, the size shrinks (down to
    /// `minimumScale` of it) to keep it on one line; a segment that would not fit even then keeps the
    /// size and is broken between its words. `minimumLines` sets a headline of one forced line in that
    /// many balanced lines where it would take fewer (copy-fitting); such a headline keeps its size, since
    /// it is broken anyway.
    mutating func headline(_ text: String, role: String, size: Double, width: Double, pitchFactor: Double = 1.25,
                           minimumScale: Double = 0.75, alignment: LineComposer.Alignment = .center, minimumLines: Int = 1,
                           block: String) throws -> HeadlineLines {
        let forcedLines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // In Korean a space separates words; in Chinese and Japanese headlines it marks a pause.
        let pausesAtSpaces = language != .korean
        let segmentsPerLine = forcedLines.map { line in
            pausesAtSpaces ? line.split(separator: " ", omittingEmptySubsequences: true).map(String.init) : [line]
        }
        var size = size
        let widest = try segmentsPerLine.flatMap { $0 }.map { try self.width(of: $0, style(role, size), block: block) }.max() ?? 0
        let asked = forcedLines.count == 1 ? minimumLines : 1
        if widest > width && widest * minimumScale <= width && pausesAtSpaces && asked == 1 {
            size = (size * width / widest * 1000).rounded(.down) / 1000
        }
        var options = composition.options(alignment)
        options.opticalEdges = true
        var lines: [SetParagraph] = []
        let composer = HeadlineComposer(options: options)
        for segments in segmentsPerLine {
            let prepared = try preparedHeadline(segments.joined(separator: "\u{3000}"), style(role, size), composer: composer, block: block)
            for line in composer.compose(prepared, width: width, minimumLines: asked) {
                lines.append(SetParagraph(shaped: prepared.text, lines: [line]))
            }
        }
        return HeadlineLines(lines: lines, size: size, pitch: size * pitchFactor)
    }
}

extension HeadlineLines {
    /// Glyph runs for the lines whose frames end above `bottom`, and how many characters the lines
    /// below it hold (they are not drawn).
    func runs(left: Double, top: Double, color: Color, above bottom: Double) -> (items: [FrameItem], overset: Int) {
        let fitting = lines.indices.filter { top + Double($0) * pitch + size <= bottom + 0.01 }.count
        let shown = HeadlineLines(lines: Array(lines.prefix(fitting)), size: size, pitch: pitch)
        let overset = lines.dropFirst(fitting).reduce(0) { $0 + $1.lines.reduce(0) { $0 + $1.characterCount } }
        return (shown.runs(left: left, top: top, color: color), overset)
    }

    /// Glyph runs for the lines with the first frame top at `top`, each line's box starting at `left`.
    func runs(left: Double, top: Double, color: Color) -> [FrameItem] {
        var items: [FrameItem] = []
        for (index, set) in lines.enumerated() {
            let frameTop = top + Double(index) * pitch
            for line in set.lines {
                items += TextSetter.runs(line, of: set.shaped, left: left, baseline: IdeographicEmBox.baseline(frameTop: frameTop, size: size),
                                         color: color).map(FrameItem.glyphs)
            }
        }
        return items
    }
}

import BroadsheetText

/// Breaks a shaped paragraph into lines of a given width and positions every cluster on them.
///
/// Breaks fall only where clreq §3.1.4 (basic level) allows; a character that may not start a line
/// travels down together with the one before it. Lines other than a paragraph's last are justified
/// flush to both edges by the priority of clreq §3.5.4: Latin word spaces first, then every
/// inter-character gap equally — never inside a Latin word or a number.
public struct LineComposer: Sendable {
    public enum Alignment: Sendable {
        /// Body text: both edges flush, the last line of a paragraph flush left.
        case justified
        case left
        case center
        case right
    }

    public struct Options: Sendable {
        public var alignment: Alignment
        /// Indent of the paragraph's first line, in points (body text: 2 em, clreq §3.4.1).
        public var firstLineIndent: Double
        /// Space between Han and Latin/digits, in ems (clreq §3.2.2: ¼ em).
        public var cjkLatinSpacing: Double

        public init(alignment: Alignment = .justified, firstLineIndent: Double = 0, cjkLatinSpacing: Double = 0.25) {
            self.alignment = alignment
            self.firstLineIndent = firstLineIndent
            self.cjkLatinSpacing = cjkLatinSpacing
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Composes `text` into lines of `width` points.
    public func compose(_ text: ShapedText, width: Double) -> [ComposedLine] {
        let analysis = ParagraphAnalysis(text, cjkLatinSpacing: options.cjkLatinSpacing * text.style.size)
        var lines: [ComposedLine] = []
        var start = analysis.firstNonSpace(from: 0)
        while start < analysis.count {
            let indent = lines.isEmpty ? options.firstLineIndent : 0
            let (end, forced) = analysis.lineEnd(from: start, available: width - indent)
            lines.append(place(analysis, start..<end, width: width, indent: indent,
                               endsParagraph: end >= analysis.count, forced: forced))
            start = analysis.firstNonSpace(from: end)
        }
        return lines
    }

    private func place(_ analysis: ParagraphAnalysis, _ range: Range<Int>, width: Double, indent: Double,
                       endsParagraph: Bool, forced: Bool) -> ComposedLine {
        // Spaces at the end of a line hang outside it and take no part in justification.
        var visibleEnd = range.upperBound
        while visibleEnd > range.lowerBound && analysis.classes[visibleEnd - 1] == .space { visibleEnd -= 1 }
        let visible = range.lowerBound..<visibleEnd
        let natural = analysis.width(of: visible)
        let available = width - indent

        var gapExtra: [Int: Double] = [:]
        var adjustment = 0.0
        var offset = indent
        let justify = options.alignment == .justified && !endsParagraph
        if justify, natural < available {
            (gapExtra, adjustment) = analysis.justification(of: visible, slack: available - natural)
        } else {
            switch options.alignment {
            case .center: offset += max(0, (available - natural) / 2)
            case .right: offset += max(0, available - natural)
            default: break
            }
        }

        var placements: [ComposedLine.Placement] = []
        var x = offset
        var characters = 0
        for index in range {
            if index > range.lowerBound { x += analysis.spacingBefore[index] + (gapExtra[index] ?? 0) }
            let advance = analysis.advances[index]
            placements.append(.init(cluster: index, x: x, width: advance))
            characters += analysis.characterCounts[index]
            x += advance
        }
        let endX = visible.isEmpty ? offset : placements[visible.count - 1].x + analysis.advances[visibleEnd - 1]
        return ComposedLine(placements: placements, start: offset, end: endX, endsParagraph: endsParagraph,
                            gapAdjustment: adjustment, forcedBreak: forced, characterCount: characters)
    }
}

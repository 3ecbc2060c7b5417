import BroadsheetText

/// Breaks a shaped paragraph into lines of a given width and positions every cluster on them.
///
/// Punctuation is adjusted first (the style's widths and adjacent-mark compression, clreq §3.1.6),
/// then the paragraph's lines are chosen together (total fit) over the breaks the kinsoku level
/// allows, compressing before pushing a character down (clreq §3.1.4) and spreading no line where
/// another choice avoids it, and set flush to both edges by priority (§3.5). A paragraph's last line
/// is set at natural width and where it can never holds a lone character (§3.4.4).
public struct LineComposer: Sendable {
    public enum Alignment: Hashable, Sendable {
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
        public var punctuation: PunctuationStyle
        public var kinsoku: KinsokuLevel
        public var language: LanguageTag
        /// Pull a character down so that a paragraph never ends in a lone character (clreq §3.4.4).
        public var avoidsLoneCharacter: Bool
        /// Let 、，。 hang past the line end when the characters before them fill the line exactly and
        /// nothing can be compressed, instead of pushing a character down (clreq §3.1.7, §3.2.5).
        public var hangingPunctuation: Bool
        /// Headlines: an opening mark at line start and a closing mark at line end give up their blank
        /// halves, so the line's ink aligns with its edges (optical alignment).
        public var opticalEdges: Bool
        /// Korean lines break between words, or also between syllables (by default in narrow measures).
        public var koreanBreaking: KoreanBreaking
        /// Hyphenation points of Latin words; nil: Latin words break only at spaces and hard hyphens.
        public var hyphenator: (any Hyphenator)?

        public init(alignment: Alignment = .justified, firstLineIndent: Double = 0, cjkLatinSpacing: Double = 0.25,
                    punctuation: PunctuationStyle = .quanjiao, kinsoku: KinsokuLevel = .basic,
                    language: LanguageTag = .simplifiedChinese, avoidsLoneCharacter: Bool = true,
                    hangingPunctuation: Bool = false, opticalEdges: Bool = false, koreanBreaking: KoreanBreaking = .automatic,
                    hyphenator: (any Hyphenator)? = nil) {
            self.alignment = alignment
            self.firstLineIndent = firstLineIndent
            self.cjkLatinSpacing = cjkLatinSpacing
            self.punctuation = punctuation
            self.kinsoku = kinsoku
            self.language = language
            self.avoidsLoneCharacter = avoidsLoneCharacter
            self.hangingPunctuation = hangingPunctuation
            self.opticalEdges = opticalEdges
            self.koreanBreaking = koreanBreaking
            self.hyphenator = hyphenator
        }

        /// Every option but the hyphenator: options with equal settings compose a text alike when
        /// given the same hyphenator (a setter's remembered paragraphs are keyed by them).
        public struct Settings: Hashable, Sendable {
            let alignment: Alignment
            let firstLineIndent: Double
            let cjkLatinSpacing: Double
            let punctuation: PunctuationStyle
            let kinsoku: KinsokuLevel
            let language: LanguageTag
            let avoidsLoneCharacter: Bool
            let hangingPunctuation: Bool
            let opticalEdges: Bool
            let koreanBreaking: KoreanBreaking
        }

        public var settings: Settings {
            Settings(alignment: alignment, firstLineIndent: firstLineIndent, cjkLatinSpacing: cjkLatinSpacing, punctuation: punctuation,
                     kinsoku: kinsoku, language: language, avoidsLoneCharacter: avoidsLoneCharacter,
                     hangingPunctuation: hangingPunctuation, opticalEdges: opticalEdges, koreanBreaking: koreanBreaking)
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Composes `text` into lines of `width` points.
    public func compose(_ text: ShapedText, width: Double) -> [ComposedLine] {
        let syllables = switch options.koreanBreaking {
        case .words: false
        case .syllables: true
        case .automatic: width < KoreanBreaking.syllableMeasure * text.style.size
        }
        let analysis = ParagraphAnalysis(text, options: options, breaksBetweenSyllables: options.language == .korean && syllables)
        let first = analysis.firstNonSpace(from: 0)
        // An unbounded measure (a natural width wanted) holds the whole paragraph on one line.
        let breaks = !width.isFinite ? [(first..<analysis.count, LineEnd(end: analysis.count))] : analysis.totalFit(from: first) { start, endsParagraph in
            let indent = start == first ? options.firstLineIndent : 0
            return .init(available: width - indent, indent: indent, justify: options.alignment == .justified && !endsParagraph,
                         onGrid: options.alignment == .justified,
                         endsParagraph: endsParagraph, isFirstLine: start == first, avoidsLoneCharacter: options.avoidsLoneCharacter)
        }
        return breaks.enumerated().map { number, line in
            // A line counts the spaces skipped before the next line too, so the counts add up to the paragraph's.
            let counted = (number == 0 ? 0 : line.range.lowerBound)..<(number + 1 < breaks.count ? breaks[number + 1].range.lowerBound : analysis.count)
            return place(analysis, line.range, width: width, indent: number == 0 ? options.firstLineIndent : 0,
                         endsParagraph: line.range.upperBound >= analysis.count, line: line.end, counted: counted)
        }
    }

    func place(_ analysis: ParagraphAnalysis, _ range: Range<Int>, width: Double, indent: Double,
                       endsParagraph: Bool, line: LineEnd, counted: Range<Int>) -> ComposedLine {
        // A hanging mark stands after the line's end; the rest of the line is set without it.
        let visibleEnd = analysis.visibleEnd(of: range, hangs: line.hangs)
        let hanging = line.hangs ? visibleEnd : nil
        let available = width - indent
        let justify = options.alignment == .justified && !endsParagraph
        let setting = analysis.setting(range, visibleEnd: visibleEnd, available: available - analysis.hyphenWidth(line), justify: justify)
        let natural = zip(setting.widths, setting.gaps).prefix(visibleEnd - range.lowerBound).reduce(0) { $0 + $1.0 + $1.1 }
        var offset = indent
        switch options.alignment {
        case .center: offset += max(0, (available - natural) / 2)
        case .right: offset += max(0, available - natural)
        default: break
        }
        var placements: [ComposedLine.Placement] = []
        var x = offset
        for (position, cluster) in range.enumerated() {
            if cluster == hanging {
                placements.append(.init(cluster: cluster, x: indent + available, width: analysis.widths[cluster] - analysis.endTrim(cluster),
                                        shift: -analysis.leftTrims[cluster]))
                continue
            }
            x += setting.gaps[position]
            placements.append(.init(cluster: cluster, x: x, width: setting.widths[position], shift: -setting.shifts[position]))
            x += setting.widths[position]
        }
        let visibleCount = visibleEnd - range.lowerBound
        let end = (visibleCount > 0 ? placements[visibleCount - 1].x + placements[visibleCount - 1].width : offset) + analysis.hyphenWidth(line)
        return ComposedLine(placements: placements, start: offset, end: end, endsParagraph: endsParagraph,
                            gapAdjustment: setting.adjustment, forcedBreak: line.forced, hangs: line.hangs, hyphenated: line.hyphenated,
                            characterCount: counted.reduce(0) { $0 + analysis.characterCounts[$1] })
    }
}

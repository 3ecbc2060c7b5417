import BroadsheetSegmentation
import BroadsheetText

/// Composes a headline: kinsoku as in body text, lines broken only between words — ICU's dictionary
/// segmentation for Chinese and Japanese, spaces for Korean — and balanced over the whole headline
/// (`balancedBreaks`). A word wider than the measure breaks between its characters; a unit that
/// still does not fit is cut by the body composer's rules.
public struct HeadlineComposer: Sendable {
    public var options: LineComposer.Options

    public init(options: LineComposer.Options) {
        self.options = options
    }

    /// A headline's text analysed once — its break opportunities and its words — for every width it
    /// is composed at: make-up measures a headline at each width and size it tries.
    public struct Prepared {
        public let text: ShapedText
        let analysis: ParagraphAnalysis
        let allowed: [Bool]
        let weak: [Bool]
    }

    public func prepare(_ text: ShapedText) throws(WordSegmentationError) -> Prepared {
        let analysis = ParagraphAnalysis(text, options: options, breaksBetweenSyllables: options.language == .korean)
        let words = try HeadlineWords(text, analysis)
        let allowed = analysis.breakAfter.indices.map { analysis.breakAfter[$0] && words.breakAfter[$0] }
        return Prepared(text: text, analysis: analysis, allowed: allowed, weak: words.besideSingleHan)
    }

    /// `minimumLines`: set the headline in that many balanced lines when it would take fewer.
    public func compose(_ text: ShapedText, width: Double, minimumLines: Int = 1) throws(WordSegmentationError) -> [ComposedLine] {
        compose(try prepare(text), width: width, minimumLines: minimumLines)
    }

    public func compose(_ prepared: Prepared, width: Double, minimumLines: Int = 1) -> [ComposedLine] {
        let composer = LineComposer(options: options)
        let analysis = prepared.analysis
        let first = analysis.firstNonSpace(from: 0)
        guard width.isFinite, first < analysis.count,
              let breaks = analysis.balancedBreaks(from: first, available: width, allowed: prepared.allowed, weak: prepared.weak,
                                                   minimumLines: minimumLines) else {
            return composer.compose(prepared.text, width: width)
        }
        return breaks.enumerated().map { number, line in
            let counted = (number == 0 ? 0 : line.range.lowerBound)..<(number + 1 < breaks.count ? breaks[number + 1].range.lowerBound : analysis.count)
            return composer.place(analysis, line.range, width: width, indent: 0, endsParagraph: line.range.upperBound >= analysis.count,
                                  line: line.end, counted: counted)
        }
    }
}

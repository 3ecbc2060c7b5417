import BroadsheetComposer
import BroadsheetConcurrency
import BroadsheetFrame
import BroadsheetText

/// A paragraph shaped once and composed into lines.
struct SetParagraph {
    var shaped: ShapedText
    var lines: [ComposedLine]
}

/// Shapes and composes text and turns composed lines into glyph runs; collects glyph problems.
struct TextSetter {
    let shaper: TextShaper
    let verticalShaper: VerticalTextShaper?
    let hyphenator: (any Hyphenator)?
    /// The language and composition settings of the text being set (a story's, else the page's).
    var composition: Composition
    private(set) var problems: [LocatedGlyphProblem] = []
    /// What this setter and its copies have already shaped, measured and set on the page.
    private let memory = SetterMemory()
    static let shortText = 200

    init(shaper: TextShaper, verticalShaper: VerticalTextShaper? = nil, hyphenator: (any Hyphenator)? = nil, composition: Composition) {
        self.shaper = shaper
        self.verticalShaper = verticalShaper
        self.hyphenator = hyphenator
        self.composition = composition
    }

    var language: LanguageTag { composition.language }

    func style(_ role: String, _ size: Double) -> TextStyle { composition.style(role, size) }

    mutating func shape(_ text: String, _ style: TextStyle, block: String) throws -> ShapedText {
        let key = text.utf8.count <= Self.shortText ? SetterMemory.ShortText(text: text, style: style) : nil
        let shaped: ShapedText
        if let key, let known = memory.shapedShortTexts[key] {
            shaped = known
        } else if let key, let scalingSize = shaper.scalingSize {
            // A headline tried at many sizes is shaped once, at the shaper's scaling size.
            var scalable = key
            scalable.style.size = scalingSize
            if memory.shapedShortTexts[scalable] == nil { memory.shapedShortTexts[scalable] = try shaper.shape(text, style: scalable.style) }
            shaped = memory.shapedShortTexts[scalable]!.scaled(to: style.size)
            memory.shapedShortTexts[key] = shaped
        } else {
            shaped = try shaper.shape(text, style: style)
            if let key { memory.shapedShortTexts[key] = shaped }
        }
        record(shaped.problems, block: block)
        return shaped
    }

    /// Shapes one column of vertical text; fails when the engine was given no vertical shaper.
    mutating func shapeVertical(_ text: String, _ style: TextStyle, block: String) throws -> VerticalShapedText {
        guard let verticalShaper else { throw ShapingError("block '\(block)': a vertical headline needs a vertical shaper") }
        let shaped = try verticalShaper.shapeVertical(text, style: style)
        record(shaped.problems, block: block)
        return shaped
    }

    /// A text shaped again (a headline tried at several sizes, measured then set) reports its problems once.
    private mutating func record(_ found: [GlyphProblem], block: String) {
        for problem in found {
            let located = LocatedGlyphProblem(block: block, problem: problem)
            if !problems.contains(located) { problems.append(located) }
        }
    }

    mutating func set(_ text: String, _ style: TextStyle, width: Double, options: LineComposer.Options,
                      block: String) throws -> SetParagraph {
        try set([ParagraphRequest(text: text, style: style, options: options)], width: width, block: block)[0]
    }

    /// A paragraph to set: its text, style and composer options.
    struct ParagraphRequest {
        let text: String
        let style: TextStyle
        let options: LineComposer.Options
    }

    /// Paragraphs set at `width`, in order: each is shaped in turn (the shaper works one text at a
    /// time) and those not set before are composed on all cores, the composer's total fit being most
    /// of a story's cost.
    mutating func set(_ paragraphs: [ParagraphRequest], width: Double, block: String) throws -> [SetParagraph] {
        var results = [SetParagraph?](repeating: nil, count: paragraphs.count)
        var work: [(index: Int, key: SetterMemory.Paragraph, shaped: ShapedText, options: LineComposer.Options)] = []
        for (index, paragraph) in paragraphs.enumerated() {
            let key = SetterMemory.Paragraph(text: paragraph.text, style: paragraph.style, width: width, options: paragraph.options.settings)
            if let known = memory.setParagraphs[key] {
                record(known.shaped.problems, block: block)
                results[index] = known
                continue
            }
            var shaped = try shape(paragraph.text, paragraph.style, block: block)
            var options = paragraph.options
            if options.alignment == .justified, let hyphenator, paragraph.text.contains(where: { $0.isASCII && $0.isLetter }) {
                shaped.hyphen = try hyphen(paragraph.style, faces: &shaped.faces)
                options.hyphenator = hyphenator
            }
            work.append((index, key, shaped, options))
        }
        let composed = concurrently(work) { LineComposer(options: $0.options).compose($0.shaped, width: width) }
        for (paragraph, lines) in zip(work, composed) {
            let set = SetParagraph(shaped: paragraph.shaped, lines: lines)
            memory.setParagraphs[paragraph.key] = set
            results[paragraph.index] = set
        }
        return results.map { $0! }
    }

    /// A headline's text shaped and analysed for `composer`, once per text, style and alignment.
    mutating func preparedHeadline(_ text: String, _ style: TextStyle, composer: HeadlineComposer, block: String) throws -> HeadlineComposer.Prepared {
        let key = SetterMemory.Composed(text: .init(text: text, style: style), settings: composition.settings, alignment: composer.options.alignment)
        let shaped = try shape(text, style, block: block)
        if text.utf8.count <= Self.shortText, let known = memory.preparedHeadlines[key] { return known }
        let prepared = try composer.prepare(shaped)
        if text.utf8.count <= Self.shortText { memory.preparedHeadlines[key] = prepared }
        return prepared
    }

    /// The hyphen of `style`, its face among `faces` (added there if new).
    private func hyphen(_ style: TextStyle, faces: inout [FontFace]) throws -> ShapedCluster? {
        let shaped = try shaper.shape("-", style: style)
        guard var cluster = shaped.clusters.first, shaped.faces.indices.contains(cluster.face) else { return nil }
        let face = shaped.faces[cluster.face]
        cluster.face = faces.firstIndex(of: face) ?? { faces.append(face); return faces.count - 1 }()
        return cluster
    }

    /// Natural width of `text` on one line.
    mutating func width(of text: String, _ style: TextStyle, block: String) throws -> Double {
        let key = text.utf8.count <= Self.shortText ? SetterMemory.Composed(text: .init(text: text, style: style), settings: composition.settings) : nil
        if let key, let known = memory.naturalWidths[key] { return known }
        let shaped = try shape(text, style, block: block)
        let width = LineComposer(options: composition.options(.left)).compose(shaped, width: .infinity).first.map { $0.end } ?? 0
        if let key { memory.naturalWidths[key] = width }
        return width
    }

    /// Glyph runs for one composed line whose box starts at `left` with its baseline at `baseline`.
    static func runs(_ line: ComposedLine, of shaped: ShapedText, left: Double, baseline: Double,
                     color: Color) -> [GlyphRun] {
        var runs: [GlyphRun] = []
        // A cluster's glyphs, the pen first at `x`, go on the last run, or on a new one for another face.
        func append(_ cluster: ShapedCluster, face: FontFace, x: Double) {
            if runs.last?.face != face {
                runs.append(GlyphRun(face: face, size: shaped.style.size, color: color, glyphs: [], text: "", clusters: []))
            }
            var pen = x
            for glyph in cluster.glyphs {
                runs[runs.count - 1].glyphs.append(.init(id: glyph.id, x: pen + glyph.xOffset, y: baseline + glyph.yOffset, advance: glyph.advance))
                pen += glyph.advance
            }
            runs[runs.count - 1].text += cluster.text
            runs[runs.count - 1].clusters.append(.init(bytes: cluster.text.utf8.count, glyphs: cluster.glyphs.count))
        }
        for placement in line.placements {
            let cluster = shaped.clusters[placement.cluster]
            // A character no face has stays in the run as glyph 0 (.notdef) of the face beside it: the
            // page shows the box a proofreader must see, and the proof outlines it.
            let face: FontFace
            if cluster.face >= 0 {
                face = shaped.faces[cluster.face]
            } else if let beside = runs.last?.face ?? shaped.faces.first {
                face = beside
            } else {
                continue
            }
            append(cluster, face: face, x: left + placement.x + placement.shift)
        }
        if line.hyphenated, let hyphen = shaped.hyphen, let last = line.placements.last {
            append(hyphen, face: shaped.faces[hyphen.face], x: left + last.x + last.width)
            runs[runs.count - 1].hyphenated = true
        }
        return runs.filter { !$0.glyphs.isEmpty }
    }
}

/// What a setter and its copies (make-up's measure, the page's blocks) have already done on one page:
/// make-up measures each headline at every width and size it tries and each story's body at the column
/// width, and the page sets them again where they go.
private final class SetterMemory {
    /// Short texts shaped.
    var shapedShortTexts: [ShortText: ShapedText] = [:]
    /// Natural widths of short texts (a headline's pauses), by text, style and composition settings.
    var naturalWidths: [Composed: Double] = [:]
    /// Headlines analysed for composition, by the same key and their alignment.
    var preparedHeadlines: [Composed: HeadlineComposer.Prepared] = [:]
    /// Paragraphs composed.
    var setParagraphs: [Paragraph: SetParagraph] = [:]

    struct ShortText: Hashable {
        let text: String
        var style: TextStyle
    }

    struct Composed: Hashable {
        let text: ShortText
        let settings: CompositionSettings
        var alignment: LineComposer.Alignment = .left
    }

    /// A paragraph's text, style, measure and composer settings; the hyphenator is the setter's own.
    struct Paragraph: Hashable {
        let text: String
        let style: TextStyle
        let width: Double
        let options: LineComposer.Options.Settings
    }
}

/// A glyph problem with the block it occurred in.
public struct LocatedGlyphProblem: Equatable, Sendable {
    public var block: String
    public var problem: GlyphProblem
}

import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetText

/// Sets a story's headline stack top to bottom at the right edge of its block (竖排标题, clreq §2.4.2):
/// columns progress from right to left, so the kicker (引题) stands rightmost, the headline (主题) in
/// one or more columns to its left, then the subhead (副题). The stack, centred across whole basic
/// columns of the grid, hangs from the block's first line; the body flows in the columns to its left,
/// and no headline column runs below them (`StoryLayout` sets the stack again to the body's depth).
struct VerticalHeadlineLayout {
    let grid: PageGrid
    let house: HouseStyle

    /// A stack set in columns at most `height` points long, not yet drawn.
    struct Stack {
        var parts: [VerticalHeadlineColumns]
        /// What each of `parts` is: 引题, 主题 or 副题.
        var roles: [TextTag.Part]
        var spacing: Double
        /// The grid columns the stack takes at the block's right edge.
        var gridColumns: Int
        var width: Double { parts.map(\.width).reduce(0, +) + spacing * Double(parts.count - 1) }
        /// The length of the stack's longest column.
        var height: Double { parts.flatMap(\.columns).map(\.height).max() ?? 0 }
    }

    /// Sets the stack with no column longer than `height`, and the whole grid columns it takes.
    func set(_ story: Story, style: StoryStyle, block: Block, height: Double, setter: inout TextSetter) throws -> Stack {
        let headlineSize = style.headlineSize?.points ?? house.headlineSize(columns: block.area.columns)
        let headline = try setter.verticalHeadline(story.headline, role: house.headlineRole, size: headlineSize,
                                                   height: height, pitchFactor: 1.2, block: block.name)
        let kicker = try story.kicker.map {
            try setter.verticalHeadline($0, role: house.kickerRole, size: house.kickerSize(headline: headline.size),
                                        height: height, block: block.name)
        }
        let subhead = try story.subhead.map {
            try setter.verticalHeadline($0, role: house.subheadRole, size: house.subheadSize(headline: headline.size),
                                        height: height, block: block.name)
        }
        let parts = [(kicker, TextTag.Part.kicker), (headline, .headline), (subhead, .subhead)].compactMap { set, role in set.map { ($0, role) } }
        var stack = Stack(parts: parts.map(\.0), roles: parts.map(\.1), spacing: headline.size * 0.3, gridColumns: 0)
        guard let columns = (1..<block.area.columns).first(where: { areaWidth($0) >= stack.width }) else {
            throw DocumentError(file: story.file, "the vertical headline is \(Int(stack.width.rounded())) pt wide and leaves no column of block '\(block.name)' (\(block.area.columns) columns) for the body; lower 'headline-size' or widen the block")
        }
        stack.gridColumns = columns
        return stack
    }

    /// Adds the stack's glyph runs in reading order, hanging from the block's first line and centred
    /// across its grid columns.
    func draw(_ stack: Stack, block: Block, items: inout [FrameItem]) {
        let rect = grid.rect(for: block.area)
        var right = rect.maxX - (areaWidth(stack.gridColumns) - stack.width) / 2
        for (part, role) in zip(stack.parts, stack.roles) {
            for (index, column) in part.columns.enumerated() {
                let centre = right - part.size / 2 - Double(index) * part.pitch
                items += Self.runs(column, centre: centre, top: rect.minY, color: .black).map(FrameItem.glyphs)
                    .tagged(TextTag(block: block.name, part: role))
            }
            right -= part.width + stack.spacing
        }
    }

    /// Width of `columns` basic columns with the gaps between them.
    private func areaWidth(_ columns: Int) -> Double {
        Double(columns) * grid.columnWidth + Double(columns - 1) * grid.columnGap
    }

    /// Glyph runs for one column whose centre line is at `centre` and whose first frame starts at `top`,
    /// in reading order: a new run wherever the face, size or orientation changes.
    static func runs(_ column: VerticalShapedText, centre: Double, top: Double, color: Color) -> [GlyphRun] {
        var runs: [GlyphRun] = []
        var y = top
        for unit in column.units {
            defer { y += unit.advance }
            guard let face = unit.face else { continue }
            let rotation: GlyphRun.Rotation = unit.orientation == .rotated ? .clockwise90 : .none
            if let last = runs.last, last.face == face, last.size == unit.size, last.rotation == rotation {} else {
                runs.append(GlyphRun(face: face, size: unit.size, color: color, glyphs: [], text: "", clusters: [],
                                     rotation: rotation))
            }
            runs[runs.count - 1].glyphs += unit.glyphs.map { .init(id: $0.id, x: centre + $0.x, y: y + $0.y) }
            runs[runs.count - 1].text += unit.text
            runs[runs.count - 1].clusters += unit.clusters
        }
        return runs.filter { !$0.glyphs.isEmpty }
    }
}

/// A headline-like element set in vertical columns at one size, the columns `pitch` apart.
struct VerticalHeadlineColumns {
    var columns: [VerticalShapedText]
    var size: Double
    var pitch: Double
    var width: Double { columns.isEmpty ? 0 : Double(columns.count - 1) * pitch + size }
}

extension TextSetter {
    /// Sets a headline in vertical columns at most `height` points long. A line break or a space (a
    /// pause) in `text` starts a new column. When a phrase is longer than the column the size shrinks
    /// (down to `minimumScale` of it) before the phrase is broken between frames where clreq §3.1.4
    /// allows. Curved quotes become corner brackets, as vertical text uses them (clreq §3.1.1), and
    /// adjacent punctuation is squeezed.
    mutating func verticalHeadline(_ text: String, role: String, size: Double, height: Double, pitchFactor: Double = 1.25,
                                   minimumScale: Double = 0.75, block: String) throws -> VerticalHeadlineColumns {
        let phrases = String(text.map { Self.verticalQuotes[$0] ?? $0 })
            .split(whereSeparator: { $0 == "\n" || $0 == " " }).map(String.init)
        func shaped(_ phrase: String, _ size: Double) throws -> VerticalShapedText {
            var shaped = try shapeVertical(phrase, style(role, size), block: block)
            shaped.units = VerticalPunctuation.squeeze(shaped.units, language: language)
            return shaped
        }
        var size = size
        var shapedPhrases = try phrases.map { try shaped($0, size) }
        if let longest = shapedPhrases.map(\.height).max(), longest > height {
            size = max(size * minimumScale, (size * height / longest * 1000).rounded(.down) / 1000)
            shapedPhrases = try phrases.map { try shaped($0, size) }
        }
        var columns: [VerticalShapedText] = []
        for shaped in shapedPhrases {
            var units = shaped.units[...]
            while !units.isEmpty {
                let end = Self.columnEnd(units, height: height)
                columns.append(VerticalShapedText(style: shaped.style, units: Array(units[..<end]), problems: []))
                units = units[end...]
            }
        }
        return VerticalHeadlineColumns(columns: columns, size: size, pitch: size * pitchFactor)
    }

    /// Where the column starting at `units.startIndex` ends: after as many units as fit in `height`,
    /// moved back so that the next column does not start with a closing mark, pause or stop and this
    /// one does not end with an opening mark (clreq §3.1.4, basic level).
    private static func columnEnd(_ units: ArraySlice<VerticalUnit>, height: Double) -> Int {
        var end = units.startIndex
        var length = 0.0
        while end < units.endIndex, end == units.startIndex || length + units[end].advance <= height + 0.01 {
            length += units[end].advance
            end += 1
        }
        func mayBreak(before index: Int) -> Bool {
            index == units.endIndex
                || !(notAtColumnStart.contains(units[index].text.first!) || notAtColumnEnd.contains(units[index - 1].text.last!))
        }
        var kept = end
        while kept > units.startIndex + 1, !mayBreak(before: kept) { kept -= 1 }
        return mayBreak(before: kept) ? kept : end
    }

    private static let verticalQuotes: [Character: Character] = ["“": "「", "”": "」", "‘": "『", "’": "』"]
    private static let notAtColumnStart = Set("、，。．；：？！」』）〕］｝〉》】〗〙〛·・～／–")
    private static let notAtColumnEnd = Set("「『（〔［｛〈《【〖〘〚")
}

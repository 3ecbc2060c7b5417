import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry

/// The headline stack of a story (引题, 主题, 副题) centred across a width, occupying whole body
/// lines (clreq §2.3.3 占行).
struct HeadlineStack {
    let grid: PageGrid
    let house: HouseStyle

    /// Sets the stack in `rect` from grid line `firstLine` down and returns how many lines it takes
    /// (at most the block's), how many of its characters did not fit above the block's foot and were
    /// not drawn, and the size the headline was set at (smaller than asked when a word would not fit
    /// the width), and the headline's own lines. `padding` lines are added to the stack's own (the first
    /// centring a stack without a kicker, more below it); `headlineLines` sets the headline in that many lines where it
    /// would take fewer.
    func layout(_ story: Story, size headlineSize: Double, rect: Rect, firstLine: Int, padding: Int = 0, headlineLines: Int = 1,
                setter: inout TextSetter, items: inout [FrameItem], block: String)
        throws -> (lines: Int, overset: Int, size: Double, headlineLines: Int) {
        let size = grid.bodySize
        let headline = try setter.headline(story.headline, role: house.headlineRole, size: headlineSize,
                                           width: rect.width, pitchFactor: 1.2, minimumLines: headlineLines, block: block)
        let kicker = try story.kicker.map {
            try setter.headline($0, role: house.kickerRole, size: house.kickerSize(headline: headline.size),
                                width: rect.width, block: block)
        }
        let subhead = try story.subhead.map {
            try setter.headline($0, role: house.subheadRole, size: house.subheadSize(headline: headline.size),
                                width: rect.width, block: block)
        }
        let spacing = headline.size * 0.3
        let parts = [(kicker, TextTag.Part.kicker), (headline, .headline), (subhead, .subhead)].compactMap { set, part in set.map { ($0, part) } }
        let stackHeight = parts.map(\.0.height).reduce(0, +) + spacing * Double(parts.count - 1)
        let headerLines = grid.linesFitting(height: stackHeight + size) + 1 + padding
        let top = grid.lineY(firstLine)
        // The stack is centred in its lines and the first padding line; further padding goes between the
        // headline and the body, so that with the blank line above the module no 3 lines stand white. A
        // kicker (引题) is short of the module's width, so white above it stands beside it: there, every
        // padding line goes below.
        let belowStack = kicker == nil ? max(0, padding - 1) : padding
        let headerBottom = grid.lineY(firstLine + headerLines - belowStack) - grid.linePitch
        var y = top + max(0, (headerBottom - top - stackHeight) / 2)
        var overset = 0
        for (part, tag) in parts {
            let drawn = part.runs(left: rect.minX, top: y, color: .black, above: rect.maxY)
            items += drawn.items.tagged(TextTag(block: block, part: tag))
            overset += drawn.overset
            y += part.height + spacing
        }
        return (min(headerLines, grid.linesFitting(height: rect.maxY - top)), overset, headline.size, headline.lines.count)
    }
}

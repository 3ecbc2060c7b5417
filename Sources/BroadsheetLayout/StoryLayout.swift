import BroadsheetComposer
import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetText

/// Lays out a story block: the headline stack (引题, 主题, 副题) across the block's columns, then
/// the byline and body flowing column to column below it, on the grid's body lines. A vertical
/// headline stands at the block's right edge instead, the body in the columns to its left.
struct StoryLayout {
    let grid: PageGrid
    let house: HouseStyle
    /// Hairlines in the gaps between the body's columns.
    let columnRules: Bool
    /// This page's number, for the jump line of a story continued elsewhere.
    var pageNumber = 1

    /// A story block laid out; `continuation` is the story's rest when it jumps to another page.
    struct Result {
        var report: LayoutReport.BlockReport
        var continuation: Story?
    }

    func layout(_ story: Story, style: StoryStyle, block: Block, setter: inout TextSetter,
                items: inout [FrameItem]) throws -> Result {
        let rect = grid.rect(for: block.area)
        let size = grid.bodySize
        if style.framed { items.append(.box(Box(rect: Self.frame(rect, grid: grid), stroke: .black, strokeWidth: 0.5))) }
        var bodyArea = block.area
        let headerLines: Int
        var headingOverset = 0
        if style.verticalHeadline {
            let stack = try verticalHeadline(story, style: style, block: block, setter: &setter)
            VerticalHeadlineLayout(grid: grid, house: house).draw(stack, block: block, items: &items)
            bodyArea.columns -= stack.gridColumns
            headerLines = 0
        } else {
            let headlineSize = style.headlineSize?.points ?? house.headlineSize(columns: block.area.columns)
            let stack = try HeadlineStack(grid: grid, house: house)
                .layout(story, size: headlineSize, rect: rect, firstLine: block.area.line, padding: style.headlinePadding,
                        headlineLines: style.headlineLines, setter: &setter, items: &items, block: block.name)
            (headerLines, headingOverset) = (stack.lines, stack.overset)
        }
        let (columns, bodyColumnCount) = bodyColumns(bodyArea, style: style)
        var body = try StoryBody(story, width: columns.width, house: house, setter: &setter, block: block.name)
        let rowsAvailable = max(0, block.area.lines - headerLines)
        // 转版: a story longer than its block stops one line short and says where it continues.
        var continuation: Story?
        let capacity = bodyColumnCount * rowsAvailable
        if let page = style.continuesOn, body.flow.count > capacity, capacity > 1 {
            var rest = story
            rest.kicker = nil
            rest.subhead = nil
            rest.byline = nil
            rest.body = body.remainder(of: story, from: capacity - 1)
            rest.continuedFrom = pageNumber
            continuation = rest
            body.flow.removeLast(body.flow.count - (capacity - 1))
            try body.append(JumpLine.continuedOn(page), setter.style(house.bylineRole, size), setter.composition.options(.right),
                            width: columns.width, setter: &setter, block: block.name)
        }
        let (paragraphs, flow) = (body.paragraphs, body.flow)
        let poured = ColumnFlow(lines: flow, columnCount: bodyColumnCount, rowsAvailable: rowsAvailable)
        var flaggedLines: [LineFlag] = []
        for (column, lines) in poured.columns.enumerated() {
            for (row, flowLine) in lines.enumerated() {
                let frameTop = grid.lineY(block.area.line + headerLines + row)
                let set = paragraphs[flowLine.paragraph]
                flaggedLines += [LineFlag.check(flowLine.line, size: size, block: block.name,
                                                rect: [columns.lefts[column], frameTop, columns.width, size])].compactMap { $0 }
                items += TextSetter.runs(flowLine.line, of: set.shaped, left: columns.lefts[column],
                                         baseline: IdeographicEmBox.baseline(frameTop: frameTop, size: size), color: .black)
                    .map(FrameItem.glyphs).tagged(TextTag(block: block.name, part: body.part(flowLine.paragraph)))
            }
        }
        let rows = poured.columns.map(\.count).max() ?? 0
        if columnRules && poured.columns.count > 1 && rows > 0 {
            let ruleTop = grid.lineY(block.area.line + headerLines)
            let ruleBottom = grid.lineY(block.area.line + headerLines + rows - 1) + size
            for column in 1..<poured.columns.count {
                let x = columns.lefts[column] - columns.gap / 2
                items.append(.rule(Rule(from: Point(x: x, y: ruleTop), to: Point(x: x, y: ruleBottom), width: 0.3)))
            }
        }
        var report = LayoutReport.BlockReport(
            name: block.name, kind: "story", rect: [rect.minX, rect.minY, rect.width, rect.height],
            linesPerColumn: poured.columns.map(\.count), oversetCharacters: poured.oversetCharacters,
            placedCharacters: poured.placedCharacters)
        report.oversetHeadingCharacters = headingOverset
        report.continuesOn = continuation == nil ? nil : style.continuesOn
        let filledRows = poured.columns.map(\.count) + Array(repeating: 0, count: max(0, bodyColumnCount - poured.columns.count))
        report.emptyBodyCells = filledRows.reduce(0) { $0 + max(0, rowsAvailable - $1) }
        report.jumpedCharacters = continuation?.bodyCharacterCount ?? 0
        report.flaggedLines = flaggedLines
        report.storyFile = story.file
        return Result(report: report, continuation: continuation)
    }

    /// A framed story's box: in the middle of the column gap at its sides and of the blank line above
    /// and below it, where the rules between blocks would stand; at the type area's top, on its edge
    /// (the white of the headline stack keeps the type off it), not out in the margin.
    static func frame(_ rect: Rect, grid: PageGrid) -> Rect {
        let across = grid.columnGap / 2
        let down = (2 * grid.linePitch - grid.bodySize) / 2
        let above = rect.minY <= grid.lineY(0) + 0.01 ? 0 : down
        return Rect(x: rect.minX - across, y: rect.minY - above, width: rect.width + 2 * across, height: rect.height + above + down)
    }

    /// The body's columns in `area`: whole grid columns, or the story's own count, none narrower than 4 em.
    func bodyColumns(_ area: GridArea, style: StoryStyle) -> (columns: BodyColumns, count: Int) {
        let rect = grid.rect(for: area)
        let count = min(style.bodyColumns ?? area.columns, max(1, Int(rect.width / (grid.bodySize * 4))))
        return (BodyColumns(blockRect: rect, gridColumns: area.columns, bodyColumns: count, grid: grid), count)
    }
}

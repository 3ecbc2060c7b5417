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

    func layout(_ story: Story, style: StoryStyle, block: Block, setter: inout TextSetter,
                items: inout [FrameItem]) throws -> LayoutReport.BlockReport {
        let rect = grid.rect(for: block.area)
        let size = grid.bodySize
        var bodyArea = block.area
        let headerLines: Int
        if style.verticalHeadline {
            bodyArea.columns -= try VerticalHeadlineLayout(grid: grid, house: house)
                .layout(story, style: style, block: block, setter: &setter, items: &items)
            headerLines = 0
        } else {
            headerLines = try headlineStack(story, style: style, block: block, setter: &setter, items: &items)
        }
        let bodyRect = grid.rect(for: bodyArea)

        // Body: byline, then paragraphs and in-body subheads, each composed to the column width.
        let bodyColumnCount = min(style.bodyColumns ?? bodyArea.columns, max(1, Int(bodyRect.width / (size * 4))))
        let columns = BodyColumns(blockRect: bodyRect, gridColumns: bodyArea.columns, bodyColumns: bodyColumnCount, grid: grid)
        var paragraphs: [(SetParagraph, Color)] = []
        var flow: [FlowLine] = []
        func add(_ text: String, _ textStyle: TextStyle, _ options: LineComposer.Options, _ color: Color = .black) throws {
            let set = try setter.set(text, textStyle, width: columns.width, options: options, block: block.name)
            flow += set.lines.map { FlowLine(paragraph: paragraphs.count, line: $0) }
            paragraphs.append((set, color))
        }
        if let byline = story.byline {
            try add(Byline.evenlySpaced(byline), setter.style(house.bylineRole, size), setter.composition.options(.left))
        }
        for element in story.body {
            switch element {
            case .paragraph(let text):
                try add(text, setter.style(house.bodyRole, size), setter.composition.body(indent: 2 * size))
            case .subheading(let text):
                try add(text, setter.style(house.subheadingRole, size), setter.composition.options(.center))
            }
        }
        let rowsAvailable = max(0, block.area.lines - headerLines)
        let poured = ColumnFlow(lines: flow, columnCount: bodyColumnCount, rowsAvailable: rowsAvailable)
        for (column, lines) in poured.columns.enumerated() {
            for (row, flowLine) in lines.enumerated() {
                let frameTop = grid.lineY(block.area.line + headerLines + row)
                let (set, color) = paragraphs[flowLine.paragraph]
                items += TextSetter.runs(flowLine.line, of: set.shaped, left: columns.lefts[column],
                                         baseline: baseline(frameTop: frameTop, size: size), color: color).map(FrameItem.glyphs)
            }
        }
        let rows = poured.columns.map(\.count).max() ?? 0
        if grid.spec.columnRules && poured.columns.count > 1 && rows > 0 {
            let ruleTop = grid.lineY(block.area.line + headerLines)
            let ruleBottom = grid.lineY(block.area.line + headerLines + rows - 1) + size
            for column in 1..<poured.columns.count {
                let x = columns.lefts[column] - columns.gap / 2
                items.append(.rule(Rule(from: Point(x: x, y: ruleTop), to: Point(x: x, y: ruleBottom), width: 0.3)))
            }
        }
        return LayoutReport.BlockReport(
            name: block.name, kind: "story", rect: [rect.minX, rect.minY, rect.width, rect.height],
            linesPerColumn: poured.columns.map(\.count), oversetCharacters: poured.oversetCharacters)
    }

    /// Sets the headline stack centred over the block, occupying whole body lines (clreq §2.3.3 占行),
    /// and returns how many lines it takes.
    private func headlineStack(_ story: Story, style: StoryStyle, block: Block, setter: inout TextSetter,
                               items: inout [FrameItem]) throws -> Int {
        let rect = grid.rect(for: block.area)
        let size = grid.bodySize
        let headlineSize = style.headlineSize?.points ?? house.headlineSize(columns: block.area.columns)
        let headline = try setter.headline(story.headline, role: house.headlineRole, size: headlineSize,
                                           width: rect.width, pitchFactor: 1.2, block: block.name)
        let kicker = try story.kicker.map {
            try setter.headline($0, role: house.kickerRole, size: house.kickerSize(headline: headline.size),
                                width: rect.width, block: block.name)
        }
        let subhead = try story.subhead.map {
            try setter.headline($0, role: house.subheadRole, size: house.subheadSize(headline: headline.size),
                                width: rect.width, block: block.name)
        }
        let spacing = headline.size * 0.3
        let parts = [kicker, headline, subhead].compactMap { $0 }
        let stackHeight = parts.map(\.height).reduce(0, +) + spacing * Double(parts.count - 1)
        let headerLines = grid.linesFitting(height: stackHeight + size) + 1
        let headerBottom = grid.lineY(block.area.line + headerLines) - grid.linePitch
        var top = rect.minY + max(0, (headerBottom - rect.minY - stackHeight) / 2)
        for part in parts {
            items += part.runs(left: rect.minX, top: top, color: .black)
            top += part.height + spacing
        }
        return headerLines
    }
}

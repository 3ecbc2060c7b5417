import BroadsheetDocument

extension StoryLayout {
    /// How many times the vertical headline is set again to the depth of the body beside it.
    static let verticalFitPasses = 4

    /// The vertical headline stack of a story block, no column of it running below the body beside
    /// it: set to the block's depth, then again to the depth the body reaches in the columns the
    /// stack leaves it, until the two agree.
    func verticalHeadline(_ story: Story, style: StoryStyle, block: Block, setter: inout TextSetter) throws -> VerticalHeadlineLayout.Stack {
        let layout = VerticalHeadlineLayout(grid: grid, house: house)
        // Trial settings on a copy, so that their glyph problems are reported once, by the final one.
        var trial = setter
        var height = grid.rect(for: block.area).height
        var stack = try layout.set(story, style: style, block: block, height: height, setter: &trial)
        for _ in 0..<Self.verticalFitPasses {
            let depth = try bodyDepth(story, style: style, block: block, besideColumns: stack.gridColumns, setter: &trial)
            guard stack.height > depth + 0.01,
                  let shorter = try? layout.set(story, style: style, block: block, height: depth, setter: &trial) else { break }
            (height, stack) = (depth, shorter)
        }
        return try layout.set(story, style: style, block: block, height: height, setter: &setter)
    }

    /// How far below the block's top the body reaches when it flows in the columns left of a
    /// vertical headline `besideColumns` grid columns wide.
    private func bodyDepth(_ story: Story, style: StoryStyle, block: Block, besideColumns: Int,
                           setter: inout TextSetter) throws -> Double {
        var area = block.area
        area.columns -= besideColumns
        let (columns, count) = bodyColumns(area, style: style)
        let body = try StoryBody(story, width: columns.width, house: house, setter: &setter, block: block.name)
        let rows = ColumnFlow(lines: body.flow, columnCount: count, rowsAvailable: block.area.lines).columns.map(\.count).max() ?? 0
        return rows == 0 ? grid.rect(for: block.area).height : Double(rows - 1) * grid.linePitch + grid.bodySize
    }
}

import BroadsheetFrame
import BroadsheetGeometry

/// Hairline rules between neighbouring blocks: a horizontal rule in the space between a block and
/// the one below it, a vertical rule in the column gap between a block and the one beside it. A framed
/// block (a 导读 box, a framed story) takes none: its frame is the separation.
enum BlockSeparators {
    static func rules(for areas: [GridArea], framed: [GridArea], grid: PageGrid) -> [Rule] {
        var rules: [Rule] = []
        let open = areas.filter { !framed.contains($0) }
        for upper in open {
            let rect = grid.rect(for: upper)
            for lower in open where lower.line >= upper.line + upper.lines && lower.line <= upper.line + upper.lines + 1 {
                let columns = upper.columnRange.clamped(to: lower.columnRange)
                guard !columns.isEmpty else { continue }
                let y = (rect.maxY + grid.lineY(lower.line)) / 2
                let from = grid.columnX(columns.lowerBound)
                let to = grid.rect(for: GridArea(column: columns.lowerBound, columns: columns.count, line: 0, lines: 1)).maxX
                rules.append(Rule(from: Point(x: from, y: y), to: Point(x: to, y: y), width: 0.5))
            }
            for right in open where right.column == upper.column + upper.columns {
                let lines = upper.lineRange.clamped(to: right.lineRange)
                guard !lines.isEmpty else { continue }
                let x = rect.maxX + grid.columnGap / 2
                let top = grid.lineY(lines.lowerBound)
                let bottom = grid.lineY(lines.upperBound - 1) + grid.bodySize
                rules.append(Rule(from: Point(x: x, y: top), to: Point(x: x, y: bottom), width: 0.5))
            }
        }
        return rules
    }
}

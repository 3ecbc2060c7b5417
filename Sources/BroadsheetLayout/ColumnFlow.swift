import BroadsheetComposer
import BroadsheetGeometry

/// One line of a story body waiting to be placed in a column.
struct FlowLine {
    var paragraph: Int
    var line: ComposedLine
}

/// Pours body lines into columns top to bottom, balancing the columns when the text is shorter
/// than the space (no two columns differ by more than a line, the longer ones first), and counting
/// the characters that do not fit (overset).
struct ColumnFlow {
    /// Lines per column, in order.
    var columns: [[FlowLine]]
    var oversetCharacters: Int
    var placedCharacters: Int

    init(lines: [FlowLine], columnCount: Int, rowsAvailable: Int) {
        let capacity = columnCount * rowsAvailable
        let placed = Array(lines.prefix(capacity))
        oversetCharacters = lines.dropFirst(capacity).reduce(0) { $0 + $1.line.characterCount }
        placedCharacters = placed.reduce(0) { $0 + $1.line.characterCount }
        if lines.count >= capacity {
            columns = stride(from: 0, to: placed.count, by: max(rowsAvailable, 1)).map { Array(placed[$0..<min($0 + rowsAvailable, placed.count)]) }
        } else {
            let used = min(columnCount, placed.count)
            var start = 0
            columns = (0..<used).map { column in
                let count = placed.count / used + (column < placed.count % used ? 1 : 0)
                defer { start += count }
                return Array(placed[start..<(start + count)])
            }
        }
    }
}

/// The body columns of a story block: whole basic columns when the body follows the grid, else an
/// equal split in whole characters (飞腾's 相对 mode), leftover space going to the gaps.
struct BodyColumns {
    var lefts: [Double]
    var width: Double
    var gap: Double

    init(blockRect: Rect, gridColumns: Int, bodyColumns: Int, grid: PageGrid) {
        if bodyColumns == gridColumns {
            width = grid.columnWidth
            gap = grid.columnGap
        } else {
            let size = grid.bodySize
            let characters = Int(((blockRect.width - Double(bodyColumns - 1) * grid.columnGap) / size + 1e-6).rounded(.down))
            width = Double(characters / bodyColumns) * size
            gap = bodyColumns > 1 ? (blockRect.width - width * Double(bodyColumns)) / Double(bodyColumns - 1) : 0
        }
        let (width, gap) = (width, gap)
        lefts = (0..<bodyColumns).map { blockRect.minX + Double($0) * (width + gap) }
    }
}

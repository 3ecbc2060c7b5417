import BroadsheetComposer
import BroadsheetGeometry

/// One line of a story body waiting to be placed in a column.
struct FlowLine {
    var paragraph: Int
    var line: ComposedLine
}

/// Pours body lines into columns top to bottom, balancing the columns when the text is shorter
/// than the space, and counting the characters that do not fit (overset).
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
        let rows = lines.count > capacity ? rowsAvailable : Self.balancedRows(placed.count, columnCount)
        columns = stride(from: 0, to: placed.count, by: max(rows, 1)).map { Array(placed[$0..<min($0 + rows, placed.count)]) }
    }

    /// The fewest rows that hold `count` lines in `columns` columns.
    static func balancedRows(_ count: Int, _ columns: Int) -> Int {
        (count + columns - 1) / columns
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

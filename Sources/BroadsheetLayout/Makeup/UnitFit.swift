import BroadsheetGeometry

/// One way of setting a make-up unit: `lines` tall at the width it was measured for, what it costs,
/// and its pieces with areas relative to the unit's top-left cell.
struct UnitFit {
    var lines: Int
    var cost: Double
    /// The story's headline size, for the rank order of headlines; nil for a photo alone.
    var headlineSize: Double?
    /// The lines of the headline band from the unit's top, for headlines side by side.
    var headline: Range<Int>?
    var pieces: [PlacedItem]
    /// Body lines that do not fit and have no page to jump to.
    var oversetLines = 0
    /// White lines at the foot of its last columns: a spare line, or columns a line short of the first.
    var whiteBelow = 0

    var columns: Int { pieces.reduce(0) { max($0, $1.area.column + $1.area.columns) } }

    /// The pieces placed with the unit's top-left cell at `column`, `line`.
    func placed(column: Int, line: Int) -> [PlacedItem] {
        pieces.map { piece in
            var placed = piece
            placed.area = GridArea(column: column + piece.area.column, columns: piece.area.columns,
                                   line: line + piece.area.line, lines: piece.area.lines)
            return placed
        }
    }
}

/// Headline sizes a make-up editor picks from (号数 in points: 小三 15 up to 初号 42, then 60).
enum HeadlineLadder {
    static let sizes: [Double] = [15, 16, 18, 20, 22, 24, 26, 28, 32, 36, 42, 48, 60]

    /// Ladder sizes from `low` to `high` points, inclusive.
    static func sizes(from low: Double, to high: Double) -> [Double] {
        sizes.filter { $0 >= low - 0.01 && $0 <= high + 0.01 }
    }

    /// Steps of the ladder between two sizes.
    static func steps(_ a: Double, _ b: Double) -> Int {
        let index = { (size: Double) in sizes.firstIndex { $0 >= size - 0.01 } ?? sizes.count }
        return abs(index(a) - index(b))
    }
}

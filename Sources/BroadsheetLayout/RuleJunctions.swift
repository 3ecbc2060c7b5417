import BroadsheetFrame
import BroadsheetGeometry

/// Rules brought to meet where they cross: a column rule ends on the horizontal rule or box edge it
/// runs into across the blank line between blocks, and a horizontal rule ends on the column rule or
/// box edge across the column gap, so that no end overshoots or falls short of the line it meets.
struct RuleJunctions {
    /// Horizontal block separators, and the frames of boxes.
    let horizontalRules: [Rule]
    let boxes: [Rect]
    let grid: PageGrid

    /// How far a column rule reaches for a line to end on: the blank line between two blocks' text.
    private var verticalReach: Double { 2 * grid.linePitch - grid.bodySize + 0.01 }
    /// How far a horizontal rule reaches: the column gap.
    private var horizontalReach: Double { grid.columnGap + 0.01 }
    /// An end this far past a line is brought back to it.
    private let overshoot = 0.5

    /// The vertical rules with their ends on the lines they meet, then the horizontal rules with theirs
    /// on those vertical rules and the boxes' sides.
    func joined(verticalRules: [Rule]) -> (vertical: [Rule], horizontal: [Rule]) {
        // A horizontal rule stops at text edges, half a column gap short of a column rule in the gap.
        let across = horizontalRules.map { (y: $0.from.y, from: min($0.from.x, $0.to.x) - grid.columnGap / 2 - 0.01,
                                            to: max($0.from.x, $0.to.x) + grid.columnGap / 2 + 0.01) }
            + boxes.flatMap { [(y: $0.minY, from: $0.minX, to: $0.maxX), (y: $0.maxY, from: $0.minX, to: $0.maxX)] }
        let vertical = verticalRules.map { rule in
            let x = rule.from.x
            let lines = across.filter { $0.from <= x && x <= $0.to }.map(\.y)
            var joined = rule
            let top = min(rule.from.y, rule.to.y), bottom = max(rule.from.y, rule.to.y)
            joined.from = Point(x: x, y: Self.nearest(lines, to: top, within: (top - verticalReach)...(top + overshoot)) ?? top)
            joined.to = Point(x: x, y: Self.nearest(lines, to: bottom, within: (bottom - overshoot)...(bottom + verticalReach)) ?? bottom)
            return joined
        }
        let down = vertical.map { (x: $0.from.x, from: $0.from.y - 0.01, to: $0.to.y + 0.01) }
            + boxes.flatMap { [(x: $0.minX, from: $0.minY, to: $0.maxY), (x: $0.maxX, from: $0.minY, to: $0.maxY)] }
        let horizontal = horizontalRules.map { rule in
            let y = rule.from.y
            let lines = down.filter { $0.from <= y && y <= $0.to }.map(\.x)
            var joined = rule
            let left = min(rule.from.x, rule.to.x), right = max(rule.from.x, rule.to.x)
            joined.from = Point(x: Self.nearest(lines, to: left, within: (left - horizontalReach)...(left + overshoot)) ?? left, y: y)
            joined.to = Point(x: Self.nearest(lines, to: right, within: (right - overshoot)...(right + horizontalReach)) ?? right, y: y)
            return joined
        }
        return (vertical, horizontal)
    }

    private static func nearest(_ positions: [Double], to end: Double, within range: ClosedRange<Double>) -> Double? {
        positions.filter(range.contains).min { abs($0 - end) < abs($1 - end) }
    }
}

import BroadsheetGeometry

/// The free lines of each grid column for automatic make-up: below the reserved top lines, less the
/// hand-placed blocks and a blank line around each.
struct FreeColumns {
    /// Per column, its free runs of lines in order; `upperBound` is the first line not free.
    let runs: [[Range<Int>]]
    /// The grid's lines: the foot of the page.
    let lines: Int

    init(columns: Int, lines: Int, firstLine: Int, occupied: [GridArea]) {
        self.lines = lines
        runs = (0..<columns).map { column in
            let blocked = occupied.filter { $0.columnRange.contains(column) }
                .map { max(firstLine, $0.line - 1)..<min(lines, $0.line + $0.lines + 1) }
                .sorted { $0.lowerBound < $1.lowerBound }
            var free: [Range<Int>] = []
            var start = firstLine
            for block in blocked {
                if block.lowerBound > start { free.append(start..<block.lowerBound) }
                start = max(start, block.upperBound)
            }
            if lines > start { free.append(start..<lines) }
            return free.filter { $0.count >= 3 }
        }
    }

    /// Whether a free run ending at `limit` ends at the page's foot rather than above a block.
    func isFoot(_ limit: Int) -> Bool {
        limit >= lines
    }

    /// Lines a column may leave white above `limit` (the end of a free run) without making a hole of 3:
    /// 2 at the page's foot, 1 above a block, whose blank line makes 2.
    func raggedLines(above limit: Int) -> Int {
        isFoot(limit) ? 2 : 1
    }

    /// Whether a module ending at `bottom`, its text `white` lines short of that in its last columns,
    /// fills its column down to `limit`: the white inside the module counts too, so that no column
    /// stands 3 lines white.
    func fills(_ bottom: Int, white: Int, above limit: Int) -> Bool {
        limit - bottom + white <= raggedLines(above: limit)
    }

    /// The end of the free run holding `line` in `column`, or nil when the line is not free.
    func limit(column: Int, line: Int) -> Int? {
        runs[column].first { $0.contains(line) }?.upperBound
    }

    /// The first free line at or after `line` in `column`; nil when the column has none left.
    func nextFree(column: Int, from line: Int) -> Int? {
        for run in runs[column] where run.upperBound > line { return max(line, run.lowerBound) }
        return nil
    }

    /// Free lines at or after `line` in `column`.
    func freeLines(column: Int, from line: Int) -> Int {
        var lines = 0
        for run in runs[column] { lines += max(0, run.upperBound - max(line, run.lowerBound)) }
        return lines
    }

    var widestRun: Int {
        let columns = runs.count
        var widest = 0
        var current = 0
        for column in 0..<columns {
            current = runs[column].isEmpty ? 0 : current + 1
            widest = max(widest, current)
        }
        return widest
    }
}

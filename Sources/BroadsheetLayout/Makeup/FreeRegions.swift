import BroadsheetGeometry

/// The free rectangles of a page for automatic make-up, in reading order: the grid below the
/// reserved top lines, less the hand-placed blocks (and a blank line or column gap around them).
enum FreeRegions {
    static func of(columns: Int, lines: Int, firstLine: Int, occupied: [GridArea]) -> [GridArea] {
        // Cut the page into horizontal bands at every edge of a hand-placed block.
        var edges = Set([firstLine, lines])
        for area in occupied {
            edges.insert(max(firstLine, area.line - 1))
            edges.insert(min(lines, area.line + area.lines + 1))
        }
        let cuts = edges.filter { $0 >= firstLine && $0 <= lines }.sorted()
        var regions: [GridArea] = []
        for (top, bottom) in zip(cuts, cuts.dropFirst()) where bottom > top {
            // In each band, the runs of columns no block touches (with its blank line around it).
            var free = Array(repeating: true, count: columns)
            for area in occupied where area.line - 1 < bottom && area.line + area.lines + 1 > top {
                for column in area.columnRange { free[column] = false }
            }
            var column = 0
            while column < columns {
                guard free[column] else { column += 1; continue }
                var end = column
                while end < columns && free[end] { end += 1 }
                regions.append(GridArea(column: column, columns: end - column, line: top, lines: bottom - top))
                column = end
            }
        }
        return merged(regions)
    }

    /// Regions of the same columns stacked directly on each other become one.
    private static func merged(_ regions: [GridArea]) -> [GridArea] {
        var result: [GridArea] = []
        for region in regions {
            if let index = result.firstIndex(where: { $0.column == region.column && $0.columns == region.columns
                                                    && $0.line + $0.lines == region.line }) {
                result[index].lines += region.lines
            } else {
                result.append(region)
            }
        }
        return result.filter { $0.lines >= 3 }.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }
}

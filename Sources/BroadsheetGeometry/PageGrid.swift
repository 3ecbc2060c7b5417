/// The geometry of a grid on the page: where each basic column and each body line lies, in points.
/// Lines are character frames of body size stacked at the line pitch (clreq §2.3.5).
public struct PageGrid: Equatable, Sendable {
    /// Basic columns (基本栏), each `columnCharacters` body characters wide.
    public let columns: Int
    public let columnCharacters: Int
    /// Body lines per column.
    public let lines: Int
    public let bodySize: Double
    /// Baseline-to-baseline distance of body lines.
    public let linePitch: Double
    /// The column gap (栏空).
    public let columnGap: Double
    public let trim: Rect
    /// The type area (版心) on the trim.
    public let typeArea: Rect

    /// The grid clreq §2.3.2 defines by body size, characters per line, lines per column, line pitch,
    /// columns and column gap (in body characters), on a trim; a nil `topMargin` centres the type area
    /// vertically. It is centred horizontally.
    public init(trimWidth: Length, trimHeight: Length, columns: Int, columnCharacters: Int, columnGapCharacters: Double,
                lines: Int, bodySize: Length, linePitch: Length, topMargin: Length?) {
        self.columns = columns
        self.columnCharacters = columnCharacters
        self.lines = lines
        self.bodySize = bodySize.points
        self.linePitch = linePitch.points
        columnGap = columnGapCharacters * bodySize.points
        trim = Rect(x: 0, y: 0, width: trimWidth.points, height: trimHeight.points)
        // n columns of c characters and n−1 gaps (cjk-newspaper-print §2.2); `lines` pitches less the
        // gap after the last line.
        let width = (bodySize * (Double(columns * columnCharacters) + Double(columns - 1) * columnGapCharacters)).points
        let height = (linePitch * Double(lines - 1) + bodySize).points
        let left = (trimWidth.points - width) / 2
        let top = topMargin?.points ?? (trimHeight.points - height) / 2
        typeArea = Rect(x: left, y: top, width: width, height: height)
    }

    public var columnWidth: Double { Double(columnCharacters) * bodySize }

    /// Left edge of basic column `index` (0-based).
    public func columnX(_ index: Int) -> Double {
        typeArea.minX + Double(index) * (columnWidth + columnGap)
    }

    /// Top of the character frame of body line `index` (0-based).
    public func lineY(_ index: Int) -> Double {
        typeArea.minY + Double(index) * linePitch
    }

    /// The rectangle an area covers: from the top of its first line's frame to the bottom of its
    /// last line's frame, from its first column's left edge to its last column's right edge.
    public func rect(for area: GridArea) -> Rect {
        let x = columnX(area.column)
        let y = lineY(area.line)
        let width = Double(area.columns) * columnWidth + Double(area.columns - 1) * columnGap
        let height = Double(area.lines - 1) * linePitch + bodySize
        return Rect(x: x, y: y, width: width, height: height)
    }

    /// The number of whole body lines whose frames fit in `height` points.
    public func linesFitting(height: Double) -> Int {
        guard height >= bodySize else { return 0 }
        return Int(((height - bodySize) / linePitch + 1e-9).rounded(.down)) + 1
    }

    /// The fewest whole body lines whose frames hold `height` points.
    public func linesSpanning(height: Double) -> Int {
        guard height > bodySize else { return 1 }
        return Int(((height - bodySize) / linePitch - 1e-9).rounded(.up)) + 1
    }
}

/// A rectangle of the page grid in whole columns and lines, 0-based.
public struct GridArea: Equatable, Hashable, Sendable {
    public var column: Int
    public var columns: Int
    public var line: Int
    public var lines: Int

    public init(column: Int, columns: Int, line: Int, lines: Int) {
        self.column = column
        self.columns = columns
        self.line = line
        self.lines = lines
    }

    public var columnRange: Range<Int> { column..<(column + columns) }
    public var lineRange: Range<Int> { line..<(line + lines) }

    public func overlaps(_ other: GridArea) -> Bool {
        columnRange.overlaps(other.columnRange) && lineRange.overlaps(other.lineRange)
    }
}

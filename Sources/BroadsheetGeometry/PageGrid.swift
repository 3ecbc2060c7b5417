import BroadsheetDocument

/// The geometry of a grid on the page: where each basic column and each body line lies, in points.
/// Lines are character frames of body size stacked at the line pitch (clreq §2.3.5).
public struct PageGrid: Equatable, Sendable {
    public let spec: GridSpec
    /// The type area (版心) on the trim.
    public let typeArea: Rect

    public init(_ spec: GridSpec) {
        self.spec = spec
        let width = spec.typeAreaWidth.points
        let height = spec.typeAreaHeight.points
        let left = (spec.trimWidth.points - width) / 2
        let top = spec.topMargin?.points ?? (spec.trimHeight.points - height) / 2
        typeArea = Rect(x: left, y: top, width: width, height: height)
    }

    public var trim: Rect { Rect(x: 0, y: 0, width: spec.trimWidth.points, height: spec.trimHeight.points) }
    public var bodySize: Double { spec.bodySize.points }
    public var linePitch: Double { spec.linePitch.points }
    public var columnWidth: Double { Double(spec.columnCharacters) * bodySize }
    public var columnGap: Double { spec.columnGapCharacters * bodySize }

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
}

import BroadsheetGeometry

/// A page grid (版面网格) as a designer writes it in `Layouts/grids/NAME.yaml`: the trim, the type
/// area (版心) counted in body characters and lines, and the body style. clreq §2.3.2: the type area is
/// defined by size, characters per line, lines per column, line gap, columns and column gap.
public struct GridSpec: Equatable, Sendable {
    public var name: String
    public var trimWidth: Length
    public var trimHeight: Length
    public var bleed: Length
    /// Number of basic columns (基本栏).
    public var columns: Int
    /// Characters of body size per basic column.
    public var columnCharacters: Int
    /// Column gap (栏空) in body characters.
    public var columnGapCharacters: Double
    /// Body lines per column.
    public var lines: Int
    public var bodyRole: String
    public var bodySize: Length
    /// Baseline-to-baseline distance of body lines.
    public var linePitch: Length
    /// Top margin; nil centres the type area vertically on the trim.
    public var topMargin: Length?
    /// Draw hairline rules in the column gaps of story bodies and between blocks.
    public var columnRules: Bool
    /// Press output settings (`press:`): a grid that has them renders press PDFs.
    public var press: PressSettings?
    /// House colours of every page on the grid (`colors:`).
    public var colors: HouseColors
    /// The grid file it was read from; nil for a grid made in code.
    public var file: String?

    public init(name: String, trimWidth: Length, trimHeight: Length, bleed: Length, columns: Int,
                columnCharacters: Int, columnGapCharacters: Double, lines: Int, bodyRole: String,
                bodySize: Length, linePitch: Length, topMargin: Length?, columnRules: Bool,
                press: PressSettings? = nil, colors: HouseColors = HouseColors(), file: String? = nil) {
        self.name = name
        self.trimWidth = trimWidth
        self.trimHeight = trimHeight
        self.bleed = bleed
        self.columns = columns
        self.columnCharacters = columnCharacters
        self.columnGapCharacters = columnGapCharacters
        self.lines = lines
        self.bodyRole = bodyRole
        self.bodySize = bodySize
        self.linePitch = linePitch
        self.topMargin = topMargin
        self.columnRules = columnRules
        self.press = press
        self.colors = colors
        self.file = file
    }

    /// The grid's geometry on the page.
    public var pageGrid: PageGrid {
        PageGrid(trimWidth: trimWidth, trimHeight: trimHeight, columns: columns, columnCharacters: columnCharacters,
                 columnGapCharacters: columnGapCharacters, lines: lines, bodySize: bodySize, linePitch: linePitch,
                 topMargin: topMargin)
    }
}

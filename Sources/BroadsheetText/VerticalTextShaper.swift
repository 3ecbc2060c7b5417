/// The seam between layout and fonts for text set top to bottom (竖排, clreq §2.4.2): turns one
/// column's text into units stacked down the column. Pango implements it for production.
public protocol VerticalTextShaper: Sendable {
    func shapeVertical(_ text: String, style: TextStyle) throws -> VerticalShapedText
}

/// One column of vertical text after shaping: its units from top to bottom, in logical order.
public struct VerticalShapedText: Equatable, Sendable {
    public var style: TextStyle
    public var units: [VerticalUnit]
    public var problems: [GlyphProblem]

    public init(style: TextStyle, units: [VerticalUnit], problems: [GlyphProblem]) {
        self.style = style
        self.units = units
        self.problems = problems
    }

    /// Length of the column down the page, in points.
    public var height: Double { units.reduce(0) { $0 + $1.advance } }
}

/// One step down the column, in one face and size: a character frame (or a cluster such as the 2-em
/// dash), a short number set across the column, or one cluster of a rotated Latin run (clreq §3.2.3:
/// Han and punctuation upright in vertical forms, 2–3 digits horizontal within one em (纵中横), longer
/// Latin runs turned 90° clockwise).
public struct VerticalUnit: Equatable, Sendable {
    public enum Orientation: Equatable, Sendable {
        /// Upright glyphs, one frame after another (ideographs, vertical punctuation forms, a lone digit or letter).
        case upright
        /// A short number set horizontally, upright and centred in one em of the column (纵中横).
        case tateChuYoko
        /// Part of a Latin run set on its own baseline down the column, each glyph turned 90° clockwise about its origin.
        case rotated
    }

    public typealias Glyph = PositionedGlyph
    public typealias Cluster = ClusterMapping

    public var text: String
    public var orientation: Orientation
    /// Nil when no configured face has the characters (they are reported as missing).
    public var face: FontFace?
    public var size: Double
    /// Glyph origins relative to where the unit starts: x from the column's centre line (right is
    /// positive), y down from the top of the unit's frame.
    public var glyphs: [Glyph]
    public var clusters: [Cluster]
    /// Extent down the column, in points.
    public var advance: Double

    /// - Parameter clusters: nil makes the whole unit one cluster.
    public init(text: String, orientation: Orientation, face: FontFace?, size: Double, glyphs: [Glyph],
                clusters: [Cluster]? = nil, advance: Double) {
        self.text = text
        self.orientation = orientation
        self.face = face
        self.size = size
        self.glyphs = glyphs
        self.clusters = clusters ?? [Cluster(bytes: text.utf8.count, glyphs: glyphs.count)]
        self.advance = advance
    }
}

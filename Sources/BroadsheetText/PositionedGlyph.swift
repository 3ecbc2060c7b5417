/// A glyph at a position: on the page in a frame, or relative to a vertical unit's origin; with its
/// advance along the line where it was set horizontally (0 in vertical text).
public struct PositionedGlyph: Equatable, Sendable {
    public var id: UInt32
    public var x: Double
    public var y: Double
    public var advance: Double

    public init(id: UInt32, x: Double, y: Double, advance: Double = 0) {
        self.id = id
        self.x = x
        self.y = y
        self.advance = advance
    }
}

/// How many UTF-8 bytes of a run's text map to how many of its glyphs, in order: what the PDF needs
/// to make the text searchable and copyable.
public struct ClusterMapping: Equatable, Sendable {
    public var bytes: Int
    public var glyphs: Int

    public init(bytes: Int, glyphs: Int) {
        self.bytes = bytes
        self.glyphs = glyphs
    }
}

import BroadsheetGeometry

/// Everything a layout proof marks, in points on the trim: what `ProofLayout` draws and what
/// `proof --report` writes, so that a newsroom system sees what the editor sees.
public struct ProofFindings: Sendable {
    public struct Block: Sendable {
        public var name: String
        public var rect: Rect
        public var oversetCharacters: Int
    }

    public var typeArea: Rect
    /// Left and right edge of each basic column.
    public var columns: [[Double]]
    /// The baseline of each body line.
    public var baselines: [Double]
    public var blocks: [Block]
    public var flaggedLines: [LineFlag]
    /// The em box of each character no configured font has.
    public var missingGlyphs: [Rect]
    public var lowResolutionImages: [ImageResolution]
}

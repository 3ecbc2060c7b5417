/// One composed line: which clusters of the paragraph it holds and where each one stands.
public struct ComposedLine: Equatable, Sendable {
    /// A cluster of the shaped paragraph placed on the line.
    public struct Placement: Equatable, Sendable {
        /// Index into the paragraph's `ShapedText.clusters`.
        public var cluster: Int
        /// Pen position from the line box's left edge, in points.
        public var x: Double
        /// The width the cluster occupies on this line (its advance, less any compression).
        public var width: Double
        /// Where the glyphs stand relative to `x`: negative when the blank left of a mark was removed.
        public var shift: Double
    }

    public var placements: [Placement]
    /// Where the line's ink starts and ends, measured from the line box's left edge.
    public var start: Double
    public var end: Double
    /// The line ends its paragraph (it is set at natural width, not justified).
    public var endsParagraph: Bool
    /// Extra space added to each justification gap (negative: compressed), for proofs and reports.
    public var gapAdjustment: Double
    /// A unit wider than the line had to be broken where no rule allowed it.
    public var forcedBreak: Bool
    /// The line's last mark hangs past its end (clreq §3.1.7).
    public var hangs: Bool
    /// The line ends inside a Latin word, with a hyphen after its last cluster (`ShapedText.hyphen`).
    public var hyphenated: Bool

    /// Characters the line accounts for (overset counts them): its own and the spaces skipped before
    /// the next line, so that the lines of a paragraph add up to its character count.
    public var characterCount: Int
}

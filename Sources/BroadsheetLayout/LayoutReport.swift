import BroadsheetText

/// What the layout did, for `--report` and for deciding the exit status.
public struct LayoutReport: Equatable, Sendable {
    public struct BlockReport: Equatable, Sendable {
        public var name: String
        public var kind: String
        /// Position in points: x, y, width, height.
        public var rect: [Double]
        /// Body lines set, per body column.
        public var linesPerColumn: [Int]
        /// Characters that did not fit in the block.
        public var oversetCharacters: Int
    }

    public var blocks: [BlockReport] = []
    public var glyphProblems: [LocatedGlyphProblem] = []
    public var fonts: [FontFace] = []

    public var overset: [BlockReport] { blocks.filter { $0.oversetCharacters > 0 } }
    public var missingGlyphs: [LocatedGlyphProblem] { glyphProblems.filter { $0.problem.kind == .missing } }
}

import BroadsheetDocument
import BroadsheetText

/// What the layout did, for `--report` and for deciding the exit status.
public struct LayoutReport: Sendable {
    public struct BlockReport: Equatable, Sendable {
        public var name: String
        public var kind: String
        /// Position in points: x, y, width, height.
        public var rect: [Double]
        /// Body lines set, per body column.
        public var linesPerColumn: [Int]
        /// Characters that did not fit in the block.
        public var oversetCharacters: Int
        /// Characters of the headline stack, teasers or running head that did not fit the block and
        /// were not drawn (a heading never runs over another block).
        public var oversetHeadingCharacters = 0
        /// Characters set in the block: with the overset (and jumped) ones, all of its body text.
        public var placedCharacters = 0
        /// The page the story continues on (转版), and how many of its characters went there.
        public var continuesOn: Int? = nil
        public var jumpedCharacters = 0
        /// Body cells (lines × columns) left empty below the text: a hole in the page.
        public var emptyBodyCells = 0
        /// Why automatic make-up put the block here (rank, size chosen, alternatives rejected).
        public var placement: String? = nil
        /// Body lines whose composition bent a rule (proof margin marks).
        public var flaggedLines: [LineFlag] = []
        /// The story file a story block sets (its continuation on a jump page names the same file).
        public var storyFile: String? = nil
        /// The story block a photo belongs to.
        public var standsWith: String? = nil
    }

    public var blocks: [BlockReport] = []
    public var glyphProblems: [LocatedGlyphProblem] = []
    public var fonts: [FontFace] = []
    /// Every placed image with its effective resolution.
    public var images: [ImageResolution] = []
    /// Stories continued on another page, with their rest, for the edition to place there.
    public var continuations: [(toPage: Int, story: Story)] = []
    /// Lines of the page's width left white because the page's copy is short of it (across the foot, and
    /// holes automatic make-up could not avoid).
    public var underfillLines = 0
    /// Time automatic make-up spent measuring text and searching placements (for the benchmark; not in the JSON).
    public var makeupTime = Duration.zero

    public var overset: [BlockReport] { blocks.filter { $0.oversetCharacters + $0.oversetHeadingCharacters > 0 } }
    public var missingGlyphs: [LocatedGlyphProblem] { glyphProblems.filter { $0.problem.kind == .missing } }
}

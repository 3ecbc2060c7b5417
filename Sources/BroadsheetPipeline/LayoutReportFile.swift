import BroadsheetLayout
import BroadsheetText

/// The layout report a run writes as JSON (`--report`), for newsroom systems: one object per page.
/// Keys are snake_case; `schema_version` changes whenever a key changes meaning or goes away.
public struct LayoutReportFile: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public var schemaVersion = Self.currentSchemaVersion
    public var generator = "Broadsheet \(BroadsheetVersion.current)"
    /// The page file (or `EDITION page N`, or a galley's story).
    public var page: String
    public var blocks: [Block]
    public var overset: [Overset]
    /// Lines of the page's width that automatic make-up left white (across the foot, and holes it could not
    /// avoid): the copy is short of the page.
    public var underfillLines: Int
    public var glyphProblems: [GlyphProblemEntry]
    public var fonts: [Font]
    public var images: [Image]
    /// What a layout proof marks; only in `proof --report`.
    public var proof: Proof?

    public struct Block: Codable, Sendable, Equatable {
        public var name: String
        /// `story`, `photo`, `teasers`, …
        public var kind: String
        /// x, y, width, height in points from the trim's top-left corner.
        public var rectPt: [Double]
        public var linesPerColumn: [Int]
        public var placedCharacters: Int
        public var oversetCharacters: Int
        /// Characters of the headline stack, teasers or running head that did not fit the block (not drawn).
        public var oversetHeadingCharacters: Int
        /// The page the story continues on (转版), and how many of its characters went there.
        public var continuesOnPage: Int?
        public var jumpedCharacters: Int
        /// Why automatic make-up put the block here; "hand-placed in the page file" otherwise.
        public var placement: String?
        public var flaggedLines: [FlaggedLine]
    }

    public struct FlaggedLine: Codable, Sendable, Equatable {
        public var block: String
        public var rectPt: [Double]
        /// `forced-break`, `loose`, `tight`.
        public var reasons: [String]
        /// Space added to each justification gap, in ems (negative: squeezed).
        public var gapAdjustmentEm: Double
    }

    public struct Overset: Codable, Sendable, Equatable {
        public var block: String
        public var characters: Int
    }

    public struct GlyphProblemEntry: Codable, Sendable, Equatable {
        public var block: String
        /// `missing` (no configured face has it) or `substituted` (another face stood in).
        public var kind: String
        public var character: String
        public var codePoints: String
        /// Offset of the character in its text, in characters.
        public var offset: Int
    }

    public struct Font: Codable, Sendable, Equatable {
        public var family: String
        public var style: String
        public var file: String
        public var index: Int
    }

    public struct Image: Codable, Sendable, Equatable {
        public var path: String
        public var rectPt: [Double]
        public var ppi: Double
        public var lowResolution: Bool
    }

    public struct Proof: Codable, Sendable, Equatable {
        public var typeAreaPt: [Double]
        /// Left and right edge of each basic column.
        public var columnsPt: [[Double]]
        public var baselinesPt: [Double]
        public var blocks: [ProofBlock]
        public var flaggedLines: [FlaggedLine]
        /// The em box of each character no configured font has.
        public var missingGlyphsPt: [[Double]]
        public var lowResolutionImages: [Image]
    }

    public struct ProofBlock: Codable, Sendable, Equatable {
        public var name: String
        public var rectPt: [Double]
        public var oversetCharacters: Int
    }
}

/// An edition's report: each page's report with its number.
public struct EditionReportFile: Codable, Sendable, Equatable {
    public var schemaVersion = LayoutReportFile.currentSchemaVersion
    public var generator = "Broadsheet \(BroadsheetVersion.current)"
    public var edition: String
    public var pages: [Page]

    public struct Page: Codable, Sendable, Equatable {
        public var number: Int
        public var report: LayoutReportFile
    }
}

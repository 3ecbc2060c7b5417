import BroadsheetCairo
import BroadsheetConcurrency
import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetLayout
import BroadsheetText
import Foundation

/// What a galley proof (长条校样) is set with, beyond the story's own choices.
public struct GalleyRequest: Sendable {
    /// A grid name (shipped or the user's) or a path to a grid file, whose body style is used.
    public var grid = "broadsheet-8col"
    /// Basic columns per galley page.
    public var columns = 1
    public var language: LanguageTag?
    public var punctuation: PunctuationStyle?
    public var kinsoku: KinsokuLevel?

    public init(grid: String = "broadsheet-8col", columns: Int = 1, language: LanguageTag? = nil,
                punctuation: PunctuationStyle? = nil, kinsoku: KinsokuLevel? = nil) {
        self.grid = grid
        self.columns = columns
        self.language = language
        self.punctuation = punctuation
        self.kinsoku = kinsoku
    }
}

/// A story set as a galley: its pages, the report and every composed line as text.
public struct Galley: Sendable {
    public var story: String
    /// The story file and the grid file it was set from.
    public var inputFiles: [String]
    public var pages: [PageFrame]
    public var report: LayoutReport
    public var dump: String
}

extension RenderSession {
    public func galley(_ storyPath: String, _ request: GalleyRequest) throws -> Galley {
        let story = try StoryParser.load(path: storyPath)
        let gridPath = request.grid.hasSuffix(".yaml") ? request.grid : home.grids + "/\(request.grid).yaml"
        guard FileManager.default.fileExists(atPath: gridPath) else {
            throw RunFailure("unknown grid '\(request.grid)' (looked for \(gridPath))")
        }
        return try galley(story, grid: try GridLoader.load(path: gridPath), request)
    }

    /// A story set as a galley on `grid`'s body style; `request`'s grid is not read.
    public func galley(_ story: Story, grid: GridSpec, _ request: GalleyRequest) throws -> Galley {
        var story = story
        let language = request.language ?? story.language ?? .simplifiedChinese
        // The request's choices win over the story's own.
        story.language = language
        story.composition = CompositionSettings(punctuation: request.punctuation, kinsoku: request.kinsoku).over(story.composition)
        let (pages, report, dump) = try shaping(language) { shapers in
            try GalleyLayout(shaper: shapers.horizontal, hyphenator: shapers.hyphenator).layout(story, grid: grid, columns: request.columns, language: language,
                                                                composition: CompositionSettings())
        }
        return Galley(story: story.file, inputFiles: [story.file] + [grid.file].compactMap { $0 }, pages: pages, report: report, dump: dump)
    }

    /// Writes a galley's pages as one PDF or one PNG with the pages side by side.
    public func write(_ galley: Galley, to outputs: [PageOutput]) throws {
        try refuseOverwriting(inputs: galley.inputFiles, with: outputs.map(\.path))
        try commit(try concurrently(outputs) { output in
            switch output {
            case .pdf(let path): RenderedOutput(path: path, data: try pdfWriter().pdf(galley.pages, output: path))
            case .png(let path, let dpi): RenderedOutput(path: path, data: try renderer().png(galley.pages, dpi: dpi, output: path))
            }
        })
    }
}

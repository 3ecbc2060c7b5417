import ArgumentParser
import BroadsheetCairo
import BroadsheetDocument
import BroadsheetFiles
import BroadsheetFormats
import BroadsheetLayout
import BroadsheetPango
import BroadsheetText
import Foundation

extension PunctuationStyle: ExpressibleByArgument {}
extension KinsokuLevel: ExpressibleByArgument {}
extension LanguageTag: ExpressibleByArgument {}

struct Galley: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Set one story as a galley proof (长条校样): N columns per page, as many pages as it needs.")

    @Argument(help: "The story file (Markdown with YAML front matter).")
    var story: String

    @Option(help: "The grid whose body style is used (a name in Layouts/grids or a path).")
    var grid = "broadsheet-8col"

    @Option(help: "Basic columns per galley page.")
    var columns = 1

    @Option(help: "Language: zh-Hans, zh-Hant, ja or ko (default: the story's, else zh-Hans).")
    var lang: LanguageTag?

    @Option(help: "Punctuation style: quanjiao, kaiming, banjiao or none.")
    var punctuation: PunctuationStyle?

    @Option(help: "Line-start/line-end prohibition level: none, basic, gb or strict.")
    var kinsoku: KinsokuLevel?

    @Option(name: .shortAndLong, help: "An output file ending in .pdf or .png; repeat for several.")
    var output: [String] = []

    @Option(help: "Resolution of PNG outputs in pixels per inch.")
    var dpi: Double = 150

    @Option(help: "Write the layout report as JSON.")
    var report: String?

    @Option(help: "Write every composed body line as text, with its adjustments, for review.")
    var dump: String?

    @Flag(help: "Write the outputs even when a character has no glyph in any configured font.")
    var allowMissingGlyphs = false

    func validate() throws {
        guard !output.isEmpty || dump != nil else { throw ValidationError("name at least one output with -o FILE.pdf or -o FILE.png") }
        for file in output where !(file.hasSuffix(".pdf") || file.hasSuffix(".png")) {
            throw ValidationError("'\(file)': an output must end in .pdf or .png")
        }
        guard (1...12).contains(columns) else { throw ValidationError("--columns must be between 1 and 12") }
    }

    func run() throws {
        try runReportingErrors {
            let pipeline = PagePipeline()
            var parsed = try StoryParser.load(path: story)
            let gridPath = grid.hasSuffix(".yaml") ? grid : pipeline.paths.grids + "/\(grid).yaml"
            guard FileManager.default.fileExists(atPath: gridPath) else {
                throw CommandFailure("unknown grid '\(grid)' (looked for \(gridPath))")
            }
            let gridSpec = try GridLoader.load(path: gridPath)
            let language = lang ?? parsed.language ?? .simplifiedChinese
            // The command line's choices win over the story's own.
            parsed.language = language
            parsed.composition = CompositionSettings(punctuation: punctuation, kinsoku: kinsoku).over(parsed.composition)
            let library = try pipeline.fontLibrary(language: language)
            let (pages, layoutReport, lines) = try GalleyLayout(shaper: PangoShaper(library: library)).layout(
                parsed, grid: gridSpec, columns: columns, language: language, composition: CompositionSettings())
            if let path = report { try ReportWriter.write(layoutReport, page: story, to: path) }
            if let path = dump { try AtomicFile.write(Data(lines.utf8), to: path) }
            try pipeline.check(layoutReport, file: story, allowOverset: false, allowMissingGlyphs: allowMissingGlyphs)
            let renderer = PageRenderer()
            for file in output {
                if file.hasSuffix(".pdf") { try renderer.writePDF(pages, to: file) } else { try renderer.writePNG(pages, to: file, dpi: dpi) }
            }
        }
    }
}

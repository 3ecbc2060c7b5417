import ArgumentParser
import BroadsheetPipeline
import BroadsheetText
import Foundation

extension PunctuationStyle: ExpressibleByArgument {}
extension KinsokuLevel: ExpressibleByArgument {}
extension LanguageTag: ExpressibleByArgument {}

struct Galley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "galley",
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
        for file in output where PageOutput(file: file, dpi: dpi) == nil {
            throw ValidationError("'\(file)': an output must end in .pdf or .png")
        }
        guard (1...12).contains(columns) else { throw ValidationError("--columns must be between 1 and 12") }
    }

    func run() throws {
        try runReportingErrors(run)
    }

    private func run(_ session: RenderSession) throws {
        let galley = try session.galley(story, GalleyRequest(grid: grid, columns: columns, language: lang,
                                                              punctuation: punctuation, kinsoku: kinsoku))
        try session.refuseOverwriting(inputs: galley.inputFiles, with: output + [report, dump].compactMap { $0 })
        if let path = report { try session.writeFile(try LayoutReportFile(galley.report, page: story).json(), to: path) }
        if let path = dump { try session.writeFile(Data(galley.dump.utf8), to: path) }
        try session.check(galley.report, file: story, policy: RunPolicy(allowMissingGlyphs: allowMissingGlyphs))
        try session.write(galley, to: output.compactMap { PageOutput(file: $0, dpi: dpi) })
    }
}

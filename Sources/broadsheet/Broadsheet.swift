import ArgumentParser
import BroadsheetCairo
import Foundation

@main
struct Broadsheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broadsheet",
        abstract: "Lays out a Chinese newspaper page and renders it to a print PDF and PNG proofs.",
        subcommands: [Render.self, Thumbnail.self, Galley.self],
        defaultSubcommand: Render.self)
}

struct PageOptions: ParsableArguments {
    @Argument(help: "The page file (YAML). Default: the built-in example page, 浙江法制报 2021-12-16.")
    var page: String?

    @Option(name: .long, help: "Write the layout report (blocks, overset, glyph problems, fonts) as JSON.")
    var report: String?

    @Flag(help: "Write the outputs even when a story does not fit its block.")
    var allowOverset = false

    @Flag(help: "Write the outputs even when a character has no glyph in any configured font.")
    var allowMissingGlyphs = false
}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render a page to PDF and/or PNG (one -o per file).")

    @OptionGroup var options: PageOptions

    @Option(name: .shortAndLong, help: "An output file ending in .pdf or .png; repeat for several.")
    var output: [String] = []

    @Option(help: "Resolution of PNG outputs in pixels per inch.")
    var dpi: Double = 150

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("name at least one output with -o FILE.pdf or -o FILE.png") }
        for file in output where !(file.hasSuffix(".pdf") || file.hasSuffix(".png")) {
            throw ValidationError("'\(file)': an output must end in .pdf or .png")
        }
        guard dpi >= 10, dpi <= 2400 else { throw ValidationError("--dpi must be between 10 and 2400") }
    }

    func run() throws {
        try runReportingErrors {
            let pipeline = PagePipeline()
            let (page, frame, report) = try pipeline.layOut(pagePath: options.page)
            if let path = options.report { try ReportWriter.write(report, page: page.file, to: path) }
            try pipeline.check(report, file: page.file, allowOverset: options.allowOverset, allowMissingGlyphs: options.allowMissingGlyphs)
            let renderer = PageRenderer()
            for file in output {
                if file.hasSuffix(".pdf") { try renderer.writePDF(frame, to: file) } else { try renderer.writePNG(frame, to: file, dpi: dpi) }
            }
        }
    }
}

struct Thumbnail: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render a small PNG of a page.")

    @OptionGroup var options: PageOptions

    @Option(name: .shortAndLong, help: "The thumbnail file (.png).")
    var output: String

    @Option(help: "Width in pixels.")
    var width: Int = 300

    func validate() throws {
        guard output.hasSuffix(".png") else { throw ValidationError("a thumbnail must be a .png file") }
        guard width >= 16, width <= 20_000 else { throw ValidationError("--width must be between 16 and 20000") }
    }

    func run() throws {
        try runReportingErrors {
            let pipeline = PagePipeline()
            let (page, frame, report) = try pipeline.layOut(pagePath: options.page)
            if let path = options.report { try ReportWriter.write(report, page: page.file, to: path) }
            try pipeline.check(report, file: page.file, allowOverset: options.allowOverset, allowMissingGlyphs: options.allowMissingGlyphs)
            try PageRenderer().writePNG(frame, to: output, width: width)
        }
    }
}

/// Prints a typed error as `broadsheet: file:line: message` and exits with status 1.
func runReportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ValidationError {
        throw error
    } catch {
        FileHandle.standardError.write(Data("broadsheet: \(error)\n".utf8))
        throw ExitCode.failure
    }
}

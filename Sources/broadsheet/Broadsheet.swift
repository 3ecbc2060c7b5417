import ArgumentParser
import BroadsheetCairo
import BroadsheetDocument
import BroadsheetFormats
import Foundation

@main
struct Broadsheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broadsheet",
        abstract: "Lays out a Chinese newspaper page and renders it to a print PDF and PNG proofs.",
        subcommands: [Render.self, Proof.self, Thumbnail.self, Galley.self],
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

    @Flag(help: "Let the page name stories, photos or a grid outside its project folder.")
    var allowOutside = false
}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render a page to PDF and/or PNG (one -o per file).")

    @OptionGroup var options: PageOptions

    @Option(name: .shortAndLong, help: "An output file ending in .pdf or .png; repeat for several.")
    var output: [String] = []

    @Option(help: "Resolution of PNG outputs in pixels per inch.")
    var dpi: Double = 150

    @OptionGroup var press: PressOptions

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("name at least one output with -o FILE.pdf or -o FILE.png") }
        for file in output where !(file.hasSuffix(".pdf") || file.hasSuffix(".png") || EditionOutput.isFolder(file)) {
            throw ValidationError("'\(file)': an output must end in .pdf or .png, or be a folder (ending in /) for an edition")
        }
        guard dpi >= 10, dpi <= 2400 else { throw ValidationError("--dpi must be between 10 and 2400") }
    }

    func run() throws {
        try runReportingErrors {
            let pipeline = PagePipeline(allowOutside: options.allowOutside)
            if let path = options.page, EditionLoader.isEdition(path: path) {
                return try EditionOutput(pipeline: pipeline, path: path).render(
                    outputs: output, dpi: dpi, report: options.report, allowOverset: options.allowOverset,
                    allowMissingGlyphs: options.allowMissingGlyphs, press: press)
            }
            let (page, frame, report) = try pipeline.layOut(pagePath: options.page)
            if let path = options.report { try ReportWriter.write(report, page: page.file, to: path) }
            try pipeline.check(report, file: page.file, allowOverset: options.allowOverset, allowMissingGlyphs: options.allowMissingGlyphs)
            let pressOutput = press.settings(for: page).map { PressOutput(pipeline: pipeline, settings: $0) }
            // Each output on its own core, with its own renderer (cairo surfaces are independent).
            let failures = FailureList()
            DispatchQueue.concurrentPerform(iterations: output.count) { index in
                let file = output[index]
                do {
                    if file.hasSuffix(".pdf") {
                        if let pressOutput { try pressOutput.write(frame, page: page, report: report, to: file) } else { try PageRenderer().writePDF(frame, to: file) }
                    } else {
                        try PageRenderer().writePNG(frame, to: file, dpi: dpi)
                    }
                } catch {
                    failures.append(error)
                }
            }
            if let failure = failures.first { throw failure }
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

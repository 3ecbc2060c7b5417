import ArgumentParser
import BroadsheetPipeline
import Foundation

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Render a page to PDF and/or PNG (one -o per file).")

    @OptionGroup var arguments: RenderArguments

    func run() throws {
        try runReportingErrors { session in _ = try arguments.perform(session) }
    }
}

/// What `render` and `watch` take: the page, its outputs and how they are drawn.
struct RenderArguments: ParsableArguments {
    @OptionGroup var options: PageOptions

    @Option(name: .shortAndLong, help: "An output file ending in .pdf or .png, or for an edition a folder ending in /; repeat for several.")
    var output: [String] = []

    @Option(help: "Resolution of PNG outputs in pixels per inch.")
    var dpi: Double = 150

    @OptionGroup var press: PressOptions

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("name at least one output with -o FILE.pdf or -o FILE.png") }
        for file in output where PageOutput(file: file, dpi: dpi) == nil && !isFolder(file) {
            throw ValidationError("'\(file)': an output must end in .pdf or .png, or be a folder (ending in /) for an edition")
        }
        guard dpi >= 10, dpi <= 2400 else { throw ValidationError("--dpi must be between 10 and 2400") }
    }

    /// Lays out the page or edition and writes its outputs; returns the files it was read from.
    func perform(_ session: RenderSession) throws -> [String] {
        let policy = options.policy.runPolicy
        let editionOutputs: [EditionOutput] = output.map { file in
            isFolder(file) ? .folder(file, dpi: dpi) : file.hasSuffix(".pdf") ? .pdf(file) : .png(file, dpi: dpi)
        }
        let document = try session.layOutDocument(options.page, policy: policy, preparing: editionOutputs, press: press.request)
        let files = if case .edition(let edition) = document { editionOutputs.flatMap { $0.paths(numbers: edition.numbers) } } else { output }
        try session.refuseOverwriting(inputs: document.inputFiles, with: files + [options.report].compactMap { $0 })
        if let report = options.report { try session.writeFile(try document.reportJSON(), to: report) }
        try session.check(document, policy: policy)
        switch document {
        case .edition(let edition):
            let progress: (@Sendable (String) -> Void)? = isatty(STDERR_FILENO) != 0 ? { @Sendable line in printToStandardError(line) } : nil
            try session.write(edition, to: editionOutputs, press: press.request, progress: progress)
        case .page(let page):
            for file in output where isFolder(file) {
                throw ValidationError("'\(file)': a folder output is for an edition; a page writes .pdf and .png files")
            }
            try session.write(page, to: output.compactMap { PageOutput(file: $0, dpi: dpi) }, press: press.request)
        }
        return document.inputFiles
    }
}

/// An output naming a folder: it ends in `/`, or is an existing folder.
func isFolder(_ output: String) -> Bool {
    var isDirectory: ObjCBool = false
    return output.hasSuffix("/") || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue)
}

import ArgumentParser
import BroadsheetPipeline

struct Thumbnail: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thumbnail",
        abstract: "Render a small PNG of a page, or a contact sheet of several pages or an edition.")

    @Argument(help: "Page files, or one edition file. Default: the built-in example page.")
    var pages: [String] = []

    @Option(name: .shortAndLong, help: "The thumbnail file (.png).")
    var output: String

    @Option(help: "Width of each page in pixels (default 300 when --height is not given).")
    var width: Int?

    @Option(help: "Height of each page in pixels.")
    var height: Int?

    @Option(help: "Pages per row of a contact sheet.")
    var columns = 6

    @OptionGroup var policy: PolicyOptions

    func validate() throws {
        guard output.hasSuffix(".png") else { throw ValidationError("a thumbnail must be a .png file") }
        guard width == nil || height == nil else { throw ValidationError("give --width or --height, not both") }
        for (name, value) in [("--width", width), ("--height", height)] {
            if let value, !(16...20_000).contains(value) { throw ValidationError("\(name) must be between 16 and 20000") }
        }
        guard (1...50).contains(columns) else { throw ValidationError("--columns must be between 1 and 50") }
    }

    func run() throws {
        try runReportingErrors(run)
    }

    private func run(_ session: RenderSession) throws {
        var documents: [LaidOutDocument] = []
        for path in pages.isEmpty ? [nil] : pages.map(Optional.some) {
            let document = try session.layOutDocument(path, policy: policy.runPolicy)
            try session.check(document, policy: policy.runPolicy)
            documents.append(document)
        }
        try session.writeThumbnail(documents, to: output, size: height.map(ThumbnailSize.height) ?? .width(width ?? 300),
                                   columns: columns)
    }
}

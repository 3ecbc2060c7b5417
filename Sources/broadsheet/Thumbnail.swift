import ArgumentParser
import BroadsheetCairo
import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame

struct Thumbnail: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    @Flag(help: "Draw pages even when a story does not fit its block.")
    var allowOverset = false

    @Flag(help: "Draw pages even when a character has no glyph in any configured font.")
    var allowMissingGlyphs = false

    @Flag(help: "Let a page name stories, photos or a grid outside its project folder.")
    var allowOutside = false

    func validate() throws {
        guard output.hasSuffix(".png") else { throw ValidationError("a thumbnail must be a .png file") }
        guard width == nil || height == nil else { throw ValidationError("give --width or --height, not both") }
        for (name, value) in [("--width", width), ("--height", height)] {
            if let value, !(16...20_000).contains(value) { throw ValidationError("\(name) must be between 16 and 20000") }
        }
        guard (1...50).contains(columns) else { throw ValidationError("--columns must be between 1 and 50") }
    }

    func run() throws {
        try runReportingErrors {
            let pipeline = PagePipeline(allowOutside: allowOutside)
            var frames: [PageFrame] = []
            if pages.count == 1, EditionLoader.isEdition(path: pages[0]) {
                let (edition, laidOut) = try EditionOutput(pipeline: pipeline, path: pages[0]).layOut()
                for page in laidOut {
                    try pipeline.check(page.report, file: "\(edition.file) page \(page.number)", allowOverset: allowOverset,
                                       allowMissingGlyphs: allowMissingGlyphs)
                }
                frames = laidOut.map(\.frame)
            } else {
                for path in pages.isEmpty ? [nil] : pages.map(Optional.some) {
                    let (page, frame, report) = try pipeline.layOut(pagePath: path)
                    try pipeline.check(report, file: page.file, allowOverset: allowOverset, allowMissingGlyphs: allowMissingGlyphs)
                    frames.append(frame)
                }
            }
            try PageRenderer().writeContactSheet(frames, to: output, pageWidth: height == nil ? width ?? 300 : nil,
                                                 pageHeight: height, columns: columns)
        }
    }
}

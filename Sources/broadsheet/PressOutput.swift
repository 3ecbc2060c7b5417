import ArgumentParser
import BroadsheetDocument
import BroadsheetFrame
import BroadsheetLayout
import BroadsheetPango
import BroadsheetPress
import Foundation

/// `render`'s options for the printer's PDF.
struct PressOptions: ParsableArguments {
    @Flag(help: "Write PDF outputs for the printer: PDF/X-1a CMYK, 100 % K overprinting text, photos separated, page boxes. A grid with a 'press:' section always does.")
    var press = false

    @Flag(help: "With press output: crop marks, registration marks and a slug line outside the trim.")
    var marks = false

    @Option(help: "With press output: total ink limit of photos in percent (default: the grid's, else 240).")
    var inkLimit: Double?

    func validate() throws {
        if let inkLimit, !(100...400).contains(inkLimit) { throw ValidationError("--ink-limit must be between 100 and 400") }
    }

    /// The settings in force: the grid's `press:` section with the command line over it; nil when
    /// neither asks for press output.
    func settings(for page: PageSpec) -> PressSettings? {
        guard press || page.grid.press != nil else { return nil }
        var settings = page.grid.press ?? PressSettings()
        if marks { settings.marks = true }
        if let inkLimit { settings.inkLimit = inkLimit }
        return settings
    }
}

/// Writes a laid-out page as the printer's PDF, warning about photos too coarse for print.
struct PressOutput {
    let pipeline: PagePipeline
    let settings: PressSettings

    func write(_ frame: PageFrame, page: PageSpec, report: LayoutReport, to path: String) throws {
        for image in report.images where image.isLow {
            pipeline.warn("\(page.file): photo '\(image.path)' is placed at \(Int(image.pixelsPerInch.rounded())) ppi, below the \(Int(settings.minimumResolution)) ppi print needs")
        }
        let shaper = PangoShaper(library: try pipeline.fontLibrary(language: page.language))
        let sheet = try PrinterMarksLayout(shaper: shaper).sheet(frame, for: page, marks: settings.marks)
        let condition = try settings.outputProfile.map { try OutputCondition.custom(profilePath: $0, identifier: settings.outputCondition) }
            ?? .shippedNewsprint(projectRoot: pipeline.paths.root.path)
        try PressPDFWriter(condition: condition, inkLimit: settings.inkLimit).write(sheet, to: path)
    }
}

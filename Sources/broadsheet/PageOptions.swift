import ArgumentParser
import BroadsheetPipeline

struct PageOptions: ParsableArguments {
    @Argument(help: "The page file (YAML). Default: the built-in example page, 浙江法制报 2021-12-16.")
    var page: String?

    @Option(name: .long, help: "Write the layout report (blocks, overset, glyph problems, fonts) as JSON.")
    var report: String?

    @OptionGroup var policy: PolicyOptions
}

struct PolicyOptions: ParsableArguments {
    @Flag(help: "Write the outputs even when a story does not fit its block.")
    var allowOverset = false

    @Flag(help: "Write the outputs even when a character has no glyph in any configured font.")
    var allowMissingGlyphs = false

    @Flag(help: "Let the page name stories, photos or a grid outside its project folder.")
    var allowOutside = false

    @Flag(help: "Write the outputs even when automatic make-up has too little copy to fill the page (underfill).")
    var allowUnderfill = false

    var runPolicy: RunPolicy {
        RunPolicy(allowOverset: allowOverset, allowMissingGlyphs: allowMissingGlyphs, allowOutside: allowOutside, allowUnderfill: allowUnderfill)
    }
}

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

    var request: PressRequest { PressRequest(press: press, marks: marks, inkLimit: inkLimit) }
}

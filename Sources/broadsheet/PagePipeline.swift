import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetLayout
import BroadsheetPango
import BroadsheetText
import Foundation

/// Loads a page file, checks the fonts and lays the page out: the steps every command shares.
struct PagePipeline {
    let paths = ProjectPaths()
    /// Let page and edition files name files outside their project folder (`--allow-outside`).
    var allowOutside = false

    func layOut(pagePath: String?) throws -> (PageSpec, PageFrame, LayoutReport) {
        let page = try PageLoader.load(path: pagePath ?? paths.examplePage, gridDirectory: paths.grids, allowOutside: allowOutside)
        let library = try fontLibrary(language: page.language)
        let engine = PageLayoutEngine(shaper: PangoShaper(library: library), verticalShaper: PangoVerticalShaper(library: library))
        let (frame, report) = try engine.layout(page)
        return (page, frame, report)
    }

    /// The project's fonts, every role checked for `language`.
    func fontLibrary(language: LanguageTag) throws -> FontLibrary {
        let library = try FontLibrary(roles: try FontRoleMap.load(path: paths.roleMap), cacheDirectory: paths.fontCache)
        try library.verifyRoles(language: language)
        return library
    }

    /// Prints what the layout could not do and fails unless the user allowed it.
    func check(_ report: LayoutReport, file: String, allowOverset: Bool, allowMissingGlyphs: Bool) throws {
        var failures: [String] = []
        for block in report.overset {
            let message = "\(file): overset: block '\(block.name)' has \(block.oversetCharacters) characters that do not fit"
            if allowOverset { warn(message) } else { failures.append(message) }
        }
        for located in report.glyphProblems {
            let message = "\(file): block '\(located.block)': \(located.problem)"
            if located.problem.kind == .missing && !allowMissingGlyphs { failures.append(message) } else { warn(message) }
        }
        if !failures.isEmpty {
            throw CommandFailure(failures.joined(separator: "\n")
                + "\nnothing was written (use --allow-overset or --allow-missing-glyphs to write anyway)")
        }
    }

    func warn(_ message: String) {
        FileHandle.standardError.write(Data(("warning: " + message + "\n").utf8))
    }
}

/// A command's failure, printed as it is.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

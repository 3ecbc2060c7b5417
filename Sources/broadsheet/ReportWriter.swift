import BroadsheetDocument
import BroadsheetFiles
import BroadsheetLayout
import BroadsheetText
import Foundation

/// Writes the layout report as JSON for newsroom systems.
enum ReportWriter {
    static func json(_ report: LayoutReport, page: String) throws -> Data {
        try JSONSerialization.data(withJSONObject: object(report, page: page), options: [.prettyPrinted, .sortedKeys])
    }

    static func object(_ report: LayoutReport, page: String) -> [String: Any] {
        [
            "page": page,
            "blocks": report.blocks.map {
                ["name": $0.name, "kind": $0.kind, "rect_pt": $0.rect,
                 "lines_per_column": $0.linesPerColumn, "overset_characters": $0.oversetCharacters,
                 "placed_characters": $0.placedCharacters,
                 "continues_on_page": $0.continuesOn as Any, "jumped_characters": $0.jumpedCharacters,
                 "placement": $0.placement as Any, "flagged_lines": $0.flaggedLines.map(object)] as [String: Any]
            },
            "overset": report.overset.map { ["block": $0.name, "characters": $0.oversetCharacters] as [String: Any] },
            "glyph_problems": report.glyphProblems.map {
                ["block": $0.block, "kind": $0.problem.kind.rawValue, "character": String($0.problem.character),
                 "code_points": $0.problem.codePoints, "offset": $0.problem.offset] as [String: Any]
            },
            "fonts": report.fonts.map { ["family": $0.family, "style": $0.style, "file": $0.file, "index": $0.index] as [String: Any] },
            "images": report.images.map(object),
        ]
    }

    static func write(_ report: LayoutReport, page: String, to path: String) throws {
        try AtomicFile.write(try json(report, page: page), to: path)
    }

    /// An edition's report: one page report per page, by page number.
    static func write(_ pages: [(number: Int, report: LayoutReport)], edition: String, to path: String) throws {
        let whole: [String: Any] = ["edition": edition,
                                    "pages": pages.map { ["number": $0.number, "report": object($0.report, page: "\(edition) page \($0.number)")] }]
        try AtomicFile.write(try JSONSerialization.data(withJSONObject: whole, options: [.prettyPrinted, .sortedKeys]), to: path)
    }
}

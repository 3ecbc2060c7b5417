import BroadsheetDocument
import BroadsheetFiles
import BroadsheetGeometry
import BroadsheetLayout
import Foundation

/// `proof --report`: the layout report with a `proof` section holding every mark the overlays draw.
enum ProofReport {
    static func write(_ report: LayoutReport, findings: ProofFindings, page: String, to path: String) throws {
        func rect(_ rect: Rect) -> [Double] { [rect.x, rect.y, rect.width, rect.height] }
        var object = ReportWriter.object(report, page: page)
        object["proof"] = [
            "type_area_pt": rect(findings.typeArea),
            "columns_pt": findings.columns,
            "baselines_pt": findings.baselines,
            "blocks": findings.blocks.map { ["name": $0.name, "rect_pt": rect($0.rect), "overset_characters": $0.oversetCharacters] as [String: Any] },
            "flagged_lines": findings.flaggedLines.map(ReportWriter.object),
            "missing_glyphs_pt": findings.missingGlyphs.map(rect),
            "low_resolution_images": findings.lowResolutionImages.map(ReportWriter.object),
        ] as [String: Any]
        try AtomicFile.write(try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]), to: path)
    }
}

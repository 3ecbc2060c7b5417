import BroadsheetCairo
import BroadsheetConcurrency
import BroadsheetFrame
import BroadsheetLayout

/// A page's layout proof: what the overlays show, and the overlays drawn from it.
public struct PageProof: Sendable {
    public var findings: ProofFindings
    public var overlay: ProofOverlay
}

extension RenderSession {
    public func proof(_ page: LaidOutPage) throws -> PageProof {
        try shaping(page.spec.language) { shapers in
            let layout = ProofLayout(shaper: shapers.horizontal)
            let findings = layout.findings(page.spec, frame: page.frame, report: page.report)
            return PageProof(findings: findings, overlay: try layout.overlay(findings, page: page.spec))
        }
    }

    /// Writes the proof as a PNG at `dpi` or, for a path ending in `.pdf`, as a PDF.
    public func write(_ proof: PageProof, of page: LaidOutPage, to paths: [String], dpi: Double) throws {
        try refuseOverwriting(inputs: page.spec.inputFiles, with: paths)
        try commit(try concurrently(paths) { path in
            RenderedOutput(path: path, data: try renderer().proof(page.frame, overlay: proof.overlay, asPDF: path.hasSuffix(".pdf"),
                                                                       dpi: dpi, output: path))
        })
    }
}

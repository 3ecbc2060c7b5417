@testable import BroadsheetLayout
import BroadsheetCairo
import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetGeometry
import Foundation
import Testing

/// Layout proofs: what the overlays mark, on the layout's own findings and on the pixels drawn.
@Suite("Layout proofs", .serialized)
struct ProofTests {
    /// The example page with its second story cut to 20 lines, so that it is overset.
    func oversetPage() throws -> (PageSpec, PageFrame, LayoutReport) {
        var page = try PageLoader.load(path: TestSupport.examplePage, gridDirectory: TestSupport.grids)
        page.blocks[1].area.lines = 20
        let (frame, report) = try PageLayoutEngine(shaper: try TestSupport.pangoShaper()).layout(page)
        return (page, frame, report)
    }

    @Test("an overset story gets a red tag at its block's end with the count of characters left over")
    func oversetTag() throws {
        let (page, frame, report) = try oversetPage()
        let block = try #require(report.blocks.first { $0.name == "supervision" })
        #expect(block.oversetCharacters > 0)
        let proof = ProofLayout(shaper: try TestSupport.pangoShaper())
        let overlay = try proof.overlay(proof.findings(page, frame: frame, report: report), page: page)
        let top = try #require(overlay.layers.last)
        let label = top.items.compactMap { item -> GlyphRun? in if case .glyphs(let run) = item { run } else { nil } }
            .filter { $0.text.contains("溢排") || $0.text.contains("\(block.oversetCharacters)") }
        #expect(label.map(\.text).joined().contains("+\(block.oversetCharacters)"))
        let rect = ProofLayout.rect(block.rect)
        let tag = top.items.compactMap { item -> Box? in if case .box(let box) = item, box.fill == .newsRed { box } else { nil } }
        #expect(tag.contains { abs($0.rect.maxX - rect.maxX) < 1e-6 && abs($0.rect.minY - rect.maxY) < 1e-6 }, "tag at the bottom-right corner")
    }

    @Test("the proof PNG shows the grid over the page without hiding it, and the overset mark in red")
    func proofPixels() throws {
        let (page, frame, report) = try oversetPage()
        let proof = ProofLayout(shaper: try TestSupport.pangoShaper())
        let overlay = try proof.overlay(proof.findings(page, frame: frame, report: report), page: page)
        let png = try TestSupport.temporaryFolder().appendingPathComponent("proof.png").path
        let dpi = 72.0
        try PageRenderer().proof(frame, overlay: overlay, asPDF: false, dpi: dpi, output: png).write(to: URL(fileURLWithPath: png))
        let pixels = try PNGPixels(path: png)
        let block = ProofLayout.rect(try #require(report.blocks.first { $0.name == "supervision" }).rect)
        // The red tag hangs below the block's bottom-right corner.
        let red = pixels.count(in: (x: block.maxX - 40, y: block.maxY, w: 40, h: 10)) { r, g, b in r > 180 && g < 80 && b < 80 }
        #expect(red > 80)
        // The lead story's body is still dark text on light paper, with blue grid lines through it.
        let grid = page.grid.pageGrid
        let body = (x: grid.typeArea.minX, y: grid.lineY(22), w: 300.0, h: 100.0)
        #expect(pixels.count(in: body) { r, g, b in r < 120 && g < 120 && b < 120 } > 1500, "the text shows through")
        #expect(pixels.count(in: body) { r, g, b in b > 200 && r < 200 && b > r + 30 } > 50, "the grid shows")
    }

    @Test("a forced break and loose lines are flagged with their frame; a well-set page has none")
    func lineFlags() throws {
        let (_, _, report) = try oversetPage()
        #expect(report.blocks.flatMap(\.flaggedLines).isEmpty)
        let folder = try TestSupport.temporaryFolder()
        try "---\nheadline: 网址\n---\n\n详见ZJFZB20211216CN330019ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGH，以及文字。\n"
            .write(to: folder.appendingPathComponent("story.md"), atomically: true, encoding: .utf8)
        let pagePath = folder.appendingPathComponent("page.yaml")
        try "grid: tabloid-6col\nblocks:\n  - story: story.md\n    column: 6\n    columns: 1\n    line: 1\n    lines: 20\n"
            .write(to: pagePath, atomically: true, encoding: .utf8)
        let page = try PageLoader.load(path: pagePath.path, gridDirectory: TestSupport.grids)
        let (_, narrow) = try PageLayoutEngine(shaper: try TestSupport.pangoShaper()).layout(page)
        let flags = narrow.blocks.flatMap(\.flaggedLines)
        #expect(flags.contains { $0.reasons.contains(.forcedBreak) })
        #expect(flags.contains { $0.reasons.contains(.loose) && $0.gapAdjustment > LineFlag.looseLimit })
        let grid = page.grid.pageGrid
        for flag in flags {
            #expect(abs(flag.rect[0] - grid.columnX(5)) < 1e-6 && flag.rect[3] == grid.bodySize)
        }
    }

    @Test("a character no font has is kept as a .notdef glyph and boxed by the proof")
    func missingGlyphBox() throws {
        let folder = try TestSupport.temporaryFolder()
        try "---\nheadline: 缺字\n---\n\n这个字\u{2A6A5}没有字形。\n".write(to: folder.appendingPathComponent("story.md"), atomically: true, encoding: .utf8)
        let pagePath = folder.appendingPathComponent("page.yaml")
        try "grid: tabloid-6col\nblocks:\n  - story: story.md\n    column: 1\n    columns: 2\n    line: 1\n    lines: 20\n"
            .write(to: pagePath, atomically: true, encoding: .utf8)
        let page = try PageLoader.load(path: pagePath.path, gridDirectory: TestSupport.grids)
        let (frame, report) = try PageLayoutEngine(shaper: try TestSupport.pangoShaper()).layout(page)
        #expect(report.missingGlyphs.count == 1)
        let findings = ProofLayout(shaper: try TestSupport.pangoShaper()).findings(page, frame: frame, report: report)
        let box = try #require(findings.missingGlyphs.first)
        #expect(findings.missingGlyphs.count == 1)
        let neighbours = frame.items.compactMap { item -> GlyphRun? in if case .glyphs(let run) = item, run.text.contains("\u{2A6A5}") { run } else { nil } }
        #expect(neighbours.count == 1 && neighbours[0].text.hasPrefix("这个字"), "the character stays in its run's text")
        #expect(page.grid.pageGrid.rect(for: page.blocks[0].area).contains(box))
    }

    @Test("effective resolution: the example photo is above 200 ppi, the same photo spread over six columns is not")
    func imageResolution() throws {
        let (_, _, report) = try oversetPage()
        let photo = try #require(report.images.first)
        #expect(abs(photo.pixelsPerInch - 1200 / (342.0 / 72)) < 0.5 && !photo.isLow)
        let (page, _, _) = try oversetPage()
        let image = try #require(page.blocks.compactMap { if case let .photo(photo) = $0.content { photo.image } else { nil } }.first)
        let stretched = PlacedImage(image: image, frame: Rect(x: 0, y: 0, width: 693, height: 450),
                                    imageRect: Rect(x: 0, y: 0, width: 693, height: 450.45))
        let checked = ImageResolution.check([.image(stretched)], minimum: 200)
        #expect(checked.count == 1 && checked[0].isLow && checked[0].pixelsPerInch < 130)
    }
}

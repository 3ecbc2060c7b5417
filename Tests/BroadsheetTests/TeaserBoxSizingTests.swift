import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetGeometry
@testable import BroadsheetLayout
import Foundation
import Testing

/// 导读 boxes sized to their teasers: no empty band of more than a line inside a box.
@Suite("Teaser box sizing")
struct TeaserBoxSizingTests {
    static let editionFront = TestSupport.root.appendingPathComponent("Layouts/examples/edition-2021-12-16/front.yaml").path

    func layOut(_ path: String, jumpPage: Int? = nil) throws -> (PageSpec, PageFrame, LayoutReport) {
        let page = try PageLoader.load(path: path, gridDirectory: TestSupport.grids)
        let (frame, report) = try PageLayoutEngine(shaper: try TestSupport.pangoShaper()).layout(page, jumpPage: jumpPage)
        return (page, frame, report)
    }

    /// The white between the lowest teaser text and the box's inner foot (its padding of 0.8 em set aside).
    func emptyBandBelowTeasers(in box: Rect, frame: PageFrame, bodySize: Double) -> Double {
        let lowest = frame.items.compactMap { item -> Double? in
            guard case .glyphs(let run) = item, let first = run.glyphs.first, box.contains(Rect(x: first.x, y: first.y, width: 0, height: 0))
            else { return nil }
            return first.y + run.size * 0.12
        }.max() ?? box.minY
        return box.maxY - bodySize * 0.8 - lowest
    }

    func teaserRect(_ report: LayoutReport) throws -> Rect {
        let block = try #require(report.blocks.first { $0.kind == "teasers" })
        return Rect(x: block.rect[0], y: block.rect[1], width: block.rect[2], height: block.rect[3])
    }

    @Test("the edition front's hand-placed 11-line box shrinks to its teasers, keeps its foot, and the freed lines keep the second story whole")
    func editionFrontBoxShrinks() throws {
        let (page, frame, report) = try layOut(Self.editionFront, jumpPage: 2)
        let grid = page.grid.pageGrid
        let stated = try #require(page.blocks.first).area
        let box = try teaserRect(report)
        #expect(abs(box.maxY - grid.rect(for: stated).maxY) < 0.01, "the box keeps its foot")
        #expect(box.height < grid.rect(for: stated).height - grid.linePitch)
        #expect(emptyBandBelowTeasers(in: box, frame: frame, bodySize: grid.bodySize) <= grid.linePitch)
        let teasers = try #require(report.blocks.first { $0.kind == "teasers" })
        #expect(teasers.oversetHeadingCharacters == 0)
        #expect(teasers.placement?.contains("sized to its teasers") == true, "\(teasers.placement ?? "")")
        #expect(report.blocks.allSatisfy { $0.jumpedCharacters == 0 && $0.oversetCharacters == 0 }, "a story jumps or is overset")
        // The make-up above keeps its blank line from the box.
        for block in report.blocks where block.kind != "teasers" {
            #expect(block.rect[1] + block.rect[3] <= box.minY - grid.linePitch + 0.01, "\(block.name) runs into the box")
        }
    }

    @Test("the example page's box holds its teasers with no empty band over a line")
    func examplePageBoxIsFull() throws {
        let (page, frame, report) = try layOut(TestSupport.examplePage)
        let grid = page.grid.pageGrid
        #expect(emptyBandBelowTeasers(in: try teaserRect(report), frame: frame, bodySize: grid.bodySize) <= grid.linePitch)
    }

    @Test("on a page placed wholly by hand a roomy box keeps its lines, and its placement says what its teasers take")
    func handPlacedPageKeepsTheBox() throws {
        var page = try PageLoader.load(path: TestSupport.examplePage, gridDirectory: TestSupport.grids)
        let index = try #require(page.blocks.firstIndex { if case .teasers = $0.content { true } else { false } })
        page.blocks.remove(at: index + 1)
        page.blocks[index].area.lines = 20
        let (_, report) = try PageLayoutEngine(shaper: try TestSupport.pangoShaper()).layout(page)
        let box = try #require(report.blocks.first { $0.kind == "teasers" })
        #expect(abs(box.rect[3] - page.grid.pageGrid.rect(for: page.blocks[index].area).height) < 0.01)
        #expect(box.placement?.contains("take 10 of its 20 lines") == true, "\(box.placement ?? "")")
    }

    @Test("short teasers in a wide box stand side by side, a rule between them, and the box is sized to the one row")
    func shortTeasersSideBySide() throws {
        let (page, frame, report) = try layOut(Self.editionFront, jumpPage: 2)
        let box = try teaserRect(report)
        let teaserRuns = frame.items.compactMap { item -> GlyphRun? in
            guard case .glyphs(let run) = item, let first = run.glyphs.first, first.y > box.minY + page.grid.pageGrid.linePitch * 2,
                  box.contains(Rect(x: first.x, y: first.y, width: 0, height: 0)) else { return nil }
            return run
        }
        let left = teaserRuns.filter { $0.text.contains("乐清民警") }, right = teaserRuns.filter { $0.text.contains("合法性审查") }
        let leftRun = try #require(left.first), rightRun = try #require(right.first)
        #expect(rightRun.glyphs[0].x > box.midX && leftRun.glyphs[0].x < box.midX)
        #expect(abs(rightRun.glyphs[0].y - leftRun.glyphs[0].y) < 0.5, "the two headlines share a row")
        let divider = frame.items.contains { item in
            if case .rule(let rule) = item { return rule.from.x == rule.to.x && abs(rule.from.x - box.midX) < page.grid.pageGrid.bodySize }
            return false
        }
        #expect(divider, "a rule between the two columns")
        #expect(box.height <= 6 * page.grid.pageGrid.linePitch + 0.01)
    }

    @Test("a box too small for its teasers keeps its lines and counts what does not fit")
    func smallBoxOversets() throws {
        var page = try PageLoader.load(path: Self.editionFront, gridDirectory: TestSupport.grids)
        page.blocks[0].area.line += 7
        page.blocks[0].area.lines = 4
        let (_, report) = try PageLayoutEngine(shaper: try TestSupport.pangoShaper()).layout(page, jumpPage: 2)
        let box = try #require(report.blocks.first { $0.kind == "teasers" })
        #expect(abs(box.rect[3] - page.grid.pageGrid.rect(for: page.blocks[0].area).height) < 0.01)
        #expect(box.oversetHeadingCharacters > 0)
    }
}

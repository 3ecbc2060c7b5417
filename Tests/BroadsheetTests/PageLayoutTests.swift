@testable import BroadsheetLayout
@testable import BroadsheetComposer
import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetText
import Foundation
import Testing

@Suite("Page layout")
struct PageLayoutTests {
    func examplePage() throws -> PageSpec {
        try PageLoader.load(path: TestSupport.examplePage, gridDirectory: TestSupport.grids)
    }

    @Test("the example page lays out with no overset, no glyph problems and text inside its blocks")
    func examplePageFits() throws {
        let page = try examplePage()
        let (frame, report) = try PageLayoutEngine(shaper: try TestSupport.pangoShaper()).layout(page)
        #expect(report.overset.isEmpty)
        #expect(report.glyphProblems.isEmpty)
        #expect(report.blocks.map(\.name) == ["lead", "supervision", "导读", "photo"])
        let grid = page.grid.pageGrid
        for case let .glyphs(run) in frame.items {
            // An opening mark at a headline's edge may give its blank half to optical alignment.
            for glyph in run.glyphs {
                #expect(grid.typeArea.insetBy(-run.size / 2).contains(Rect(x: glyph.x, y: glyph.y, width: 0, height: 0)),
                        "\(run.text) lies outside the type area")
            }
        }
        // Body lines sit on the grid: every 9 pt baseline is 0.88 em below a line frame's top.
        let storyRects = page.blocks.filter { if case .story = $0.content { true } else { false } }.map { grid.rect(for: $0.area) }
        let bodyBaselines = Set(frame.items.compactMap { item -> Double? in
            guard case let .glyphs(run) = item, run.size == 9, let first = run.glyphs.first,
                  storyRects.contains(where: { $0.contains(Rect(x: first.x, y: first.y, width: 0, height: 0)) }) else { return nil }
            return first.y
        })
        #expect(bodyBaselines.count > 30)
        for y in bodyBaselines {
            let line = (y - 0.88 * 9 - grid.typeArea.minY) / grid.linePitch
            #expect(abs(line - line.rounded()) < 1e-6, "baseline \(y) is off the grid")
        }
    }

    @Test("a story too long for its block is overset, counted to the character, never drawn outside")
    func overset() throws {
        var page = try examplePage()
        guard case let .story(story, style) = page.blocks[1].content else { Issue.record("block 1 is not a story"); return }
        page.blocks[1].area.lines = 14
        let (frame, report) = try PageLayoutEngine(shaper: try TestSupport.pangoShaper()).layout(page)
        let block = try #require(report.blocks.first { $0.name == "supervision" })
        let rect = page.grid.pageGrid.rect(for: page.blocks[1].area)
        let placed = frame.items.reduce(0) { count, item in
            guard case let .glyphs(run) = item, run.size == 9, run.face.family == "Noto Serif CJK SC",
                  let first = run.glyphs.first, rect.contains(Rect(x: first.x, y: first.y, width: 0, height: 0)) else { return count }
            return count + run.text.count
        }
        #expect(block.oversetCharacters > 0)
        #expect(placed + block.oversetCharacters == story.bodyCharacterCount)
        #expect(style.headlineSize != nil)
        for case let .glyphs(run) in frame.items where run.size == 9 {
            for glyph in run.glyphs where glyph.x >= rect.minX && glyph.x < rect.maxX && glyph.y > rect.minY {
                #expect(glyph.y <= rect.maxY + 1e-6)
            }
        }
    }

    @Test("the masthead's dateline takes its day, year and month, and without a weekday the date's own, from the date")
    func mastheadDateline() throws {
        var page = try examplePage()
        page.masthead?.weekday = nil
        let (frame, _) = try PageLayoutEngine(shaper: FixedPitchShaper()).layout(page)
        let texts = frame.items.compactMap { item -> String? in
            guard case let .glyphs(run) = item else { return nil }
            return run.text
        }
        // The dateline is set as a headline, whose spaces become ideographic spaces.
        #expect(texts.contains("星期四\u{3000}2021年12月"))
        #expect(texts.contains("16"))
    }

    @Test("columns are balanced when the text is shorter than the block: no two differ by more than a line")
    func balancedColumns() {
        let line = { (characters: Int) in FlowLine(paragraph: 0, line: ComposedLine(placements: [], start: 0, end: 0, endsParagraph: false, gapAdjustment: 0, forcedBreak: false, hangs: false, hyphenated: false, characterCount: characters)) }
        let counts = { (lines: Int, columns: Int, rows: Int) in
            ColumnFlow(lines: (0..<lines).map { _ in line(10) }, columnCount: columns, rowsAvailable: rows).columns.map(\.count)
        }
        #expect(counts(75, 4, 30) == [19, 19, 19, 18])
        #expect(counts(10, 4, 30) == [3, 3, 2, 2])
        #expect(counts(2, 3, 30) == [1, 1])
        #expect(counts(0, 3, 30) == [])
        // Longer than the block: every column full, the rest overset.
        let full = ColumnFlow(lines: (0..<100).map { _ in line(10) }, columnCount: 3, rowsAvailable: 30)
        #expect(full.columns.map(\.count) == [30, 30, 30] && full.oversetCharacters == 100)
    }
}

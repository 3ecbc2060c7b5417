import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetGeometry
@testable import BroadsheetLayout
import BroadsheetPipeline
import Foundation
import Testing

/// The make-up editor's rules on pages of real copy no rule was written for (`Tests/Makeup`, stories
/// from `Tests/Copy`): modules, not bands; headlines staggered and by rank; columns balanced; no
/// holes; a page short of copy saying so; make-up measuring text as layout sets it.
@Suite("Make-up rules on real copy", .serialized)
struct MakeupRulesTests {
    static let pages = TestSupport.root.appendingPathComponent("Tests/Makeup")
    static let filledPages = ["tuning/zh-hant-five", "tuning/ja-five", "tuning/zh-hans-photo", "held-out/ko-three",
                              "fresh/zh-hant-six", "fresh/zh-hans-five-photo", "fresh/ko-eight-photo", "unseen/ko-six",
                              "fresh/ja-eight", "recombined/ko-four-photo"]
    /// Pages short of copy: made up in modules all the same, the white across the foot.
    static let shortPages = ["held-out/ja-three", "held-out/zh-hans-three", "tuning/zh-hans-short"]

    struct MadeUp {
        var spec: PageSpec
        var frame: PageFrame
        var report: LayoutReport
        var grid: PageGrid { spec.grid.pageGrid }
        var stories: [LayoutReport.BlockReport] { report.blocks.filter { $0.kind == "story" } }

        /// The headline glyphs' top and bottom in a block (glyphs at 1.4 × body or more).
        func headlineBand(_ block: LayoutReport.BlockReport) -> ClosedRange<Double>? {
            let rect = block.rect
            var ys: [(Double, Double)] = []
            for case let .glyphs(run) in frame.items where run.size >= grid.bodySize * 1.4 {
                for glyph in run.glyphs where glyph.x >= rect[0] - 1 && glyph.x <= rect[0] + rect[2] + 1
                    && glyph.y >= rect[1] && glyph.y <= rect[1] + rect[3] {
                    ys.append((glyph.y - run.size * 0.88, glyph.y + run.size * 0.12))
                }
            }
            guard let top = ys.map(\.0).min(), let bottom = ys.map(\.1).max() else { return nil }
            return top...bottom
        }

        func framed(_ block: LayoutReport.BlockReport) -> Bool {
            frame.items.contains { item in
                if case let .box(box) = item { return box.rect.minX < block.rect[0] && box.rect.maxX > block.rect[0] + block.rect[2]
                    && box.rect.minY <= block.rect[1] + 0.01 && box.rect.maxY > block.rect[1] + block.rect[3] }
                return false
            }
        }
    }

    func makeUp(_ name: String) throws -> MadeUp {
        let spec = try PageLoader.load(path: Self.pages.appendingPathComponent("\(name).yaml").path, gridDirectory: TestSupport.grids)
        let (frame, report) = try PageLayoutEngine(shaper: try TestSupport.pangoShaper()).layout(spec)
        return MadeUp(spec: spec, frame: frame, report: report)
    }

    @Test("modules, not bands: only the lead and a story across the foot span the page; widths vary",
          arguments: filledPages + shortPages)
    func modules(_ name: String) throws {
        let page = try makeUp(name)
        let columnWidth = page.grid.columnWidth
        let widths = page.stories.map { Int(($0.rect[2] + page.grid.columnGap) / (columnWidth + page.grid.columnGap) + 0.5) }
        // Across the page: the lead (头条), and a story across the foot (底栏), nothing between them.
        let lowest = page.report.blocks.map { $0.rect[1] + $0.rect[3] }.max() ?? 0
        let bands = page.stories.enumerated().filter { widths[$0.offset] == page.grid.columns }
        let between = bands.filter { $0.offset != 0 && $0.element.rect[1] + $0.element.rect[3] < lowest - 0.5 }
        #expect(between.isEmpty, "\(name): \(between.map(\.element.name)) span the page between the lead and the foot")
        #expect(Set(widths).count >= 2 || page.stories.count < 3, "\(name): every story \(widths.first ?? 0) columns wide")
    }

    @Test("no module three quarters of the page wide stands under another: bands beside a narrow column are a layer cake too",
          arguments: ["fresh/ja-eight", "unseen/zh-hant-eight-photo"] + filledPages)
    func noWideUnderWide(_ name: String) throws {
        let page = try makeUp(name)
        let grid = page.grid
        let wide = page.stories.filter { $0.rect[2] + grid.columnGap >= 0.75 * Double(grid.columns) * (grid.columnWidth + grid.columnGap) - 0.5 }
        for upper in wide {
            for lower in wide where lower.rect[1] > upper.rect[1] {
                let overlap = min(upper.rect[0] + upper.rect[2], lower.rect[0] + lower.rect[2]) - max(upper.rect[0], lower.rect[0])
                #expect(overlap <= 0, "\(name): '\(lower.name)' under '\(upper.name)', both wide")
            }
        }
    }

    @Test("headlines of neighbouring modules are 3 lines apart or one story is framed (题题相碰)", arguments: filledPages)
    func staggered(_ name: String) throws {
        let page = try makeUp(name)
        let pitch = page.grid.linePitch
        for (index, a) in page.stories.enumerated() {
            for b in page.stories[(index + 1)...] {
                let touching = abs(a.rect[0] + a.rect[2] + page.grid.columnGap - b.rect[0]) < 0.5
                    || abs(b.rect[0] + b.rect[2] + page.grid.columnGap - a.rect[0]) < 0.5
                guard touching, let bandA = page.headlineBand(a), let bandB = page.headlineBand(b) else { continue }
                let apart = max(bandB.lowerBound - bandA.upperBound, bandA.lowerBound - bandB.upperBound)
                #expect(apart >= 3 * pitch - 13.5 || page.framed(a) || page.framed(b),
                        "\(name): '\(a.name)' and '\(b.name)' headlines \(apart / pitch) lines apart")
            }
        }
    }

    @Test("on a grid with column rules no mark hangs into the gutter, even in Traditional Chinese and Japanese, which hang by default",
          arguments: ["tuning/zh-hant-five", "tuning/ja-five"])
    func noHangingBesideRules(_ name: String) throws {
        let page = try makeUp(name)
        let grid = page.grid
        #expect(page.spec.grid.columnRules)
        // Body text of the stories (a photo's caption spans its columns).
        let photos = page.report.blocks.filter { $0.kind == "photo" }
        for item in page.frame.items {
            guard case let .glyphs(run) = item, abs(run.size - grid.bodySize) < 0.01, let first = run.glyphs.first,
                  !photos.contains(where: { first.x >= $0.rect[0] - 1 && first.x <= $0.rect[0] + $0.rect[2] && first.y >= $0.rect[1]
                                               && first.y <= $0.rect[1] + $0.rect[3] + 1 }) else { continue }
            // A space ending a line has no ink.
            for glyph in run.text.hasSuffix(" ") ? run.glyphs.dropLast() : run.glyphs[...] {
                guard let column = (0..<grid.columns).last(where: { grid.columnX($0) <= glyph.x + 0.01 }) else { continue }
                #expect(glyph.x < grid.columnX(column) + grid.columnWidth - 0.01, "\(name): a glyph of '\(run.text)' stands past column \(column + 1)'s edge")
            }
        }
    }

    @Test("headline sizes follow rank in reading order", arguments: filledPages)
    func rankSizes(_ name: String) throws {
        let page = try makeUp(name)
        let pitch = page.grid.linePitch
        let reading = page.stories.sorted { a, b in
            abs(a.rect[1] - b.rect[1]) <= 2 * pitch ? a.rect[0] < b.rect[0] : a.rect[1] < b.rect[1]
        }
        let sizes = reading.map { block in
            page.frame.items.compactMap { item -> Double? in
                guard case let .glyphs(run) = item, let glyph = run.glyphs.first,
                      glyph.x >= block.rect[0] - 1, glyph.x <= block.rect[0] + block.rect[2], glyph.y >= block.rect[1],
                      glyph.y <= block.rect[1] + block.rect[3] else { return nil }
                return run.size
            }.max() ?? 0
        }
        for (index, size) in sizes.enumerated() {
            for later in sizes[(index + 1)...] { #expect(later <= size + 0.5, "\(name): sizes in reading order \(sizes)") }
        }
    }

    @Test("every module's columns are balanced, none a single line; no blank run of 3 lines in any column", arguments: filledPages)
    func filledAndBalanced(_ name: String) throws {
        let page = try makeUp(name)
        for story in page.stories where story.continuesOn == nil {
            let counts = story.linesPerColumn
            #expect((counts.max() ?? 0) - (counts.min() ?? 0) <= 1, "\(name): '\(story.name)' columns \(counts)")
            #expect(counts.allSatisfy { $0 >= 2 }, "\(name): '\(story.name)' has a column of one line: \(counts)")
            // At most 2 white lines under a column: its share of a balanced module, and a spare line.
            #expect(story.oversetCharacters == 0 && story.emptyBodyCells <= 2 * counts.count, "\(name): '\(story.name)' measured unlike set")
        }
        expectNoBlankRuns(page, name)
    }

    @Test("a page with more copy than room cuts copy rather than leave a hole: every column full, the cut reported as overset",
          arguments: ["fresh/zh-hans-eight-two-photos"])
    func overfullWithoutHoles(_ name: String) throws {
        let page = try makeUp(name)
        expectNoBlankRuns(page, name)
        #expect(page.report.underfillLines == 0, "\(name): \(page.report.underfillLines) lines underfill")
        #expect(page.report.blocks.contains { $0.oversetCharacters > 0 }, "\(name): no copy cut")
    }

    @Test("a framed story at the top of the type area has its box on the type area's edge, not in the margin; lower down, in the blank line above it")
    func frameAtTheTop() throws {
        let page = try makeUp("recombined/zh-hans-three-photo")
        let grid = page.grid
        let boxes = page.frame.items.compactMap { item -> Rect? in if case let .box(box) = item, box.stroke != nil { box.rect } else { nil } }
        let framed = page.stories.filter(page.framed)
        let top = try #require(framed.first { $0.rect[1] <= grid.lineY(0) + 0.01 }, "no framed story at the top")
        let box = try #require(boxes.first { $0.minX < top.rect[0] && $0.maxX > top.rect[0] + top.rect[2] })
        #expect(abs(box.minY - grid.lineY(0)) < 0.01, "the box's top \(box.minY) is not the type area's \(grid.lineY(0))")
        let lower = StoryLayout.frame(grid.rect(for: GridArea(column: 0, columns: 2, line: 10, lines: 5)), grid: grid)
        #expect(abs(lower.minY - (grid.lineY(10) - (2 * grid.linePitch - grid.bodySize) / 2)) < 0.01)
    }

    @Test("white left under a column of modules is taken by a taller photo or headline, the modules below moving down",
          arguments: ["unseen/zh-hans-twelve-photos"])
    func whiteTakenByFillDevices(_ name: String) throws {
        let page = try makeUp(name)
        expectNoBlankRuns(page, name)
        #expect(page.report.blocks.contains { $0.placement?.contains("taller, once the page was made up") == true },
                "\(name): no module grew into the white below it")
    }

    /// Down each column: the blocks over it leave at most 2 blank lines between them and at the foot.
    private func expectNoBlankRuns(_ page: MadeUp, _ name: String) {
        let grid = page.grid
        for column in 0..<grid.columns {
            let x = grid.columnX(column) + grid.columnWidth / 2
            let spans = page.report.blocks.filter { $0.rect[0] <= x && x <= $0.rect[0] + $0.rect[2] }
                .map { ($0.rect[1], $0.rect[1] + $0.rect[3]) }.sorted { $0.0 < $1.0 }
            var edge = grid.lineY(0)
            for (top, bottom) in spans {
                #expect(top - edge <= 3 * grid.linePitch, "\(name): column \(column + 1) blank from \(edge) to \(top)")
                edge = max(edge, bottom)
            }
            // At the foot, the lines the page reports as underfill besides.
            let foot = grid.lineY(grid.lines - 1) + grid.bodySize - edge - Double(page.report.underfillLines) * grid.linePitch
            #expect(foot <= 3 * grid.linePitch, "\(name): column \(column + 1) blank at the foot")
        }
    }

    @Test("a page short of copy keeps its white across the foot, reports underfill and fails unless allowed")
    func underfill() throws {
        let page = try makeUp("tuning/zh-hans-short")
        #expect(page.report.underfillLines > 0)
        let lowest = page.report.blocks.map { $0.rect[1] + $0.rect[3] }.max() ?? 0
        #expect(lowest <= page.grid.lineY(page.grid.lines - page.report.underfillLines) + 0.01)
        let session = RenderSession(home: try BroadsheetHome.locate(), fontCache: TestSupport.fontCache)
        let error = try #require(throws: RunFailure.self) { try session.check(page.report, file: "short.yaml", policy: RunPolicy()) }
        #expect(error.description.contains("underfill: \(page.report.underfillLines) lines"))
        try session.check(page.report, file: "short.yaml", policy: RunPolicy(allowUnderfill: true))
    }

    @Test("make-up measures as layout sets: a caption with its indent, a story in its own language, a missing glyph once")
    func measuredAsSet() throws {
        let page = try makeUp("tuning/zh-hans-photo")
        for photo in page.report.blocks where photo.kind == "photo" {
            #expect(photo.oversetCharacters == 0, "caption of '\(photo.name)' planned shorter than set")
        }
        // Traditional Chinese stories (their own composition defaults) on a Simplified Chinese page.
        let mixedFolder = try TestSupport.temporaryFolder()
        let copy = TestSupport.root.appendingPathComponent("Tests/Copy/tuning/zh-Hant")
        for story in ["anti-drug-awards", "lanyu-harvest", "penghu-turtle"] {
            try FileManager.default.copyItem(at: copy.appendingPathComponent("\(story).md"), to: mixedFolder.appendingPathComponent("\(story).md"))
        }
        try "grid: tabloid-6col\nlang: zh-Hans\nstories:\n  - anti-drug-awards.md\n  - lanyu-harvest.md\n  - penghu-turtle.md\n"
            .write(to: mixedFolder.appendingPathComponent("page.yaml"), atomically: true, encoding: .utf8)
        let mixedSpec = try PageLoader.load(path: mixedFolder.appendingPathComponent("page.yaml").path, gridDirectory: TestSupport.grids)
        let (_, mixed) = try PageLayoutEngine(shaper: try TestSupport.pangoShaper()).layout(mixedSpec)
        for story in mixed.blocks where story.kind == "story" && story.continuesOn == nil {
            #expect(story.oversetCharacters == 0 && story.emptyBodyCells <= 2 * story.linesPerColumn.count,
                    "'\(story.name)' leaves \(story.emptyBodyCells) empty cells, \(story.oversetCharacters) overset")
        }
        let folder = try TestSupport.temporaryFolder()
        try "---\nheadline: 稿件标题\u{E000}测试\n---\n\n正文一段。\n".write(to: folder.appendingPathComponent("missing.md"), atomically: true, encoding: .utf8)
        try "grid: tabloid-6col\nstories:\n  - missing.md\n".write(to: folder.appendingPathComponent("page.yaml"), atomically: true, encoding: .utf8)
        let spec = try PageLoader.load(path: folder.appendingPathComponent("page.yaml").path, gridDirectory: TestSupport.grids)
        let (_, report) = try PageLayoutEngine(shaper: try TestSupport.pangoShaper()).layout(spec)
        #expect(report.missingGlyphs.filter { $0.problem.character == "\u{E000}" }.count == 1, "\(report.missingGlyphs)")
    }

    @Test("a headline stack given white keeps one line of it centring the stack and puts the rest between headline and body; with a kicker (引题), all of it below")
    func headlinePadding() throws {
        let page = try PageLoader.load(path: TestSupport.examplePage, gridDirectory: TestSupport.grids)
        let grid = page.grid.pageGrid
        let withKicker = try StoryParser.load(path: TestSupport.exampleStories.appendingPathComponent("supervision.md").path)
        var withoutKicker = withKicker
        withoutKicker.kicker = nil
        let stack = HeadlineStack(grid: grid, house: HouseStyle(bodySize: grid.bodySize))
        let rect = grid.rect(for: GridArea(column: 0, columns: 3, line: 10, lines: 40))
        var setter = TextSetter(shaper: try TestSupport.pangoShaper(), composition: Composition(page: page, story: withKicker))
        /// The top of the stack's first line (the kicker's when it has one) and the stack's lines.
        func stackTop(_ story: Story, padding: Int) throws -> (top: Double, lines: Int) {
            var items: [FrameItem] = []
            let set = try stack.layout(story, size: 20, rect: rect, firstLine: 10, padding: padding, setter: &setter, items: &items, block: "test")
            let tops = items.compactMap { item -> Double? in
                if case let .glyphs(run) = item { return run.glyphs.map(\.y).min().map { $0 - run.size } }
                return nil
            }
            return (try #require(tops.min()), set.lines)
        }
        let none = try stackTop(withoutKicker, padding: 0), one = try stackTop(withoutKicker, padding: 1)
        let two = try stackTop(withoutKicker, padding: 2), three = try stackTop(withoutKicker, padding: 3)
        #expect(two.lines == one.lines + 1 && three.lines == one.lines + 2)
        #expect(one.top > none.top + 0.25 * grid.linePitch, "the first line of white does not centre the stack: \(none.top) \(one.top)")
        #expect(abs(two.top - one.top) < 0.01 && abs(three.top - one.top) < 0.01, "the headline moved down: \(one.top) \(two.top) \(three.top)")
        // Above the headline less than 2 lines of white, with the blank line above the module 3 at most.
        #expect(one.top - grid.lineY(10) < 2 * grid.linePitch)
        // A kicker is narrower than its module: white above it would stand beside it, so none is added there.
        let kickerTops = try (0...2).map { try stackTop(withKicker, padding: $0) }
        #expect(kickerTops.allSatisfy { abs($0.top - kickerTops[0].top) < 0.01 }, "\(kickerTops.map(\.top))")
        #expect(kickerTops[2].lines == kickerTops[0].lines + 2)
    }

    @Test("every photo in the copy is shown, on a page of twelve stories too long for it and on an overfull page of eight",
          arguments: ["unseen/zh-hans-twelve-photos", "fresh/zh-hans-eight-two-photos"])
    func photosShown(_ name: String) throws {
        let page = try makeUp(name)
        let listed = page.spec.autoItems.filter { if case .photo = $0.content { true } else { false } }.count
        let shown = page.report.blocks.filter { $0.kind == "photo" && $0.rect.count == 4 }.count
        #expect(listed > 0 && shown == listed, "\(name): \(shown) of \(listed) photos shown")
    }
}

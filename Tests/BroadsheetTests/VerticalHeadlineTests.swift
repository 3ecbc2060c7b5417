import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetLayout
import BroadsheetPDF
import BroadsheetPango
import BroadsheetText
import Foundation
import Testing

/// Vertical headlines (竖排标题, clreq §2.4.2, §3.2.3): shaping top to bottom, 纵中横, vertical
/// punctuation forms, the layout beside the body, and the PDF text of the vertical example page.
@Suite("Vertical headlines")
struct VerticalHeadlineTests {
    static let verticalPage = TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16-vertical/page.yaml").path

    /// Both shapers on one font library (Pango objects are per thread, so each test makes its own).
    func shapers() throws -> (PangoShaper, PangoVerticalShaper) {
        let library = try FontLibrary(roles: try FontRoleMap.load(path: TestSupport.root.appendingPathComponent("Fonts/roles.yaml").path),
                                      cacheDirectory: TestSupport.fontCache)
        return (PangoShaper(library: library), PangoVerticalShaper(library: library))
    }

    func headlineStyle(_ size: Double = 20) -> TextStyle {
        TextStyle(role: "biaosong", size: size, language: .simplifiedChinese)
    }

    @Test("“30” is one upright horizontal unit centred in the column; the ideographs stack down at 1 em")
    func tateChuYokoAndStacking() throws {
        let (_, vertical) = try shapers()
        let shaped = try vertical.shapeVertical("30岁乐清民警因公牺牲", style: headlineStyle())
        #expect(shaped.problems.isEmpty)
        #expect(shaped.units.map(\.text) == ["30", "岁", "乐", "清", "民", "警", "因", "公", "牺", "牲"])

        let number = shaped.units[0]
        #expect(number.orientation == .tateChuYoko)
        #expect(number.advance == 20, "a 纵中横 number takes one em of the column")
        #expect(number.glyphs.count == 2)
        // Half-width digits side by side on one baseline, the pair centred on the column's centre line.
        #expect(abs(number.glyphs[0].x + 10) < 0.01 && abs(number.glyphs[1].x) < 0.01)
        #expect(number.glyphs[0].y == number.glyphs[1].y)
        #expect(abs(number.glyphs[0].y - 0.88 * 20) < 0.01)

        for unit in shaped.units.dropFirst() {
            #expect(unit.orientation == .upright)
            #expect(abs(unit.advance - 20) < 0.01, "'\(unit.text)' advances 1 em down the column")
            let glyph = try #require(unit.glyphs.first)
            #expect(abs(glyph.x + 10) < 0.01, "'\(unit.text)' is centred on the column")
            #expect(abs(glyph.y - 0.88 * 20) < 0.01, "'\(unit.text)' sits on the ideographic em box of its frame")
        }
        #expect(abs(shaped.height - 200) < 0.1)
    }

    @Test("、，。 brackets, the 2-em dash and the ellipsis take the fonts' vertical forms")
    func verticalPunctuationForms() throws {
        let (horizontal, vertical) = try shapers()
        // Among ideographs, as in a headline: the marks then take the Han script's forms.
        let text = "人、人，人。「人」《人》人——人……"
        let marks: Set<String> = ["、", "，", "。", "「", "」", "《", "》", "——", "…"]
        let across = try horizontal.shape(text, style: headlineStyle()).clusters
        let down = try vertical.shapeVertical(text, style: headlineStyle()).units
        #expect(across.map(\.text) == down.map(\.text))
        #expect(Set(down.map(\.text)).isSuperset(of: marks))
        for (h, v) in zip(across, down) where marks.contains(v.text) {
            #expect(v.orientation == .upright)
            #expect(h.glyphs.map(\.id) != v.glyphs.map(\.id), "'\(v.text)' keeps its horizontal glyph")
            #expect(!v.glyphs.contains { $0.id == 0 })
        }
    }

    @Test("a column splits into upright text, 纵中横 numbers of 2–3 digits and rotated Latin runs")
    func orientationRuns() {
        let runs = VerticalRun.split("第6396期共5版增长50%，12月COVID-19")
        #expect(runs == [
            VerticalRun(text: "第", orientation: .upright),
            VerticalRun(text: "6396", orientation: .rotated),
            VerticalRun(text: "期共5版增长", orientation: .upright),
            VerticalRun(text: "50%", orientation: .tateChuYoko),
            VerticalRun(text: "，", orientation: .upright),
            VerticalRun(text: "12", orientation: .tateChuYoko),
            VerticalRun(text: "月", orientation: .upright),
            VerticalRun(text: "COVID-19", orientation: .rotated),
        ])
    }

    /// A one-story page on the tabloid grid whose story asks for a vertical headline, its body deeper
    /// than the headline is long.
    func storyPage(kicker: String?, headline: String, columns: Int = 3) throws -> PageSpec {
        let grid = try GridLoader.load(path: TestSupport.grids + "/tabloid-6col.yaml")
        let story = Story(kicker: kicker, headline: headline, byline: "本报记者 张三",
                          body: [.paragraph(String(repeating: "“这是正文。”他说。", count: 80))], file: "test.md")
        let block = Block(name: "test", area: GridArea(column: 0, columns: columns, line: 0, lines: 40),
                          content: .story(story, StoryStyle(headlineSize: .init(points: 24), verticalHeadline: true)),
                          sourceLine: nil)
        return PageSpec(file: "test.yaml", grid: grid, language: .simplifiedChinese, title: "test", date: nil,
                        masthead: nil, blocks: [block])
    }

    @Test("the stack stands in the block's right column, curly quotes turned into corner brackets, the body beside it from the first line")
    func layoutBesideTheBody() throws {
        let (horizontal, vertical) = try shapers()
        let page = try storyPage(kicker: "COVID-19防控", headline: "“最后一天”的‘时间线’ 让人泪目")
        let (frame, report) = try PageLayoutEngine(shaper: horizontal, verticalShaper: vertical).layout(page)
        #expect(report.overset.isEmpty)
        let grid = page.grid.pageGrid
        let headlineColumn = grid.rect(for: GridArea(column: 2, columns: 1, line: 0, lines: 40))
        let runs = frame.items.compactMap { item -> GlyphRun? in if case let .glyphs(run) = item { run } else { nil } }
        let stack = runs.filter { $0.size > 9 }
        let body = runs.filter { $0.size == 9 }

        // Reading order: kicker (rightmost column), then the headline's columns from right to left.
        #expect(stack.map(\.text).joined() == "COVID-19防控「最后一天」的『时间线』让人泪目")
        let latin = try #require(stack.first { $0.text == "COVID-19" })
        #expect(latin.rotation == .clockwise90)
        #expect(Set(latin.glyphs.map(\.x)).count == 1, "a rotated run goes straight down the column")
        #expect(zip(latin.glyphs, latin.glyphs.dropFirst()).allSatisfy { $0.y < $1.y })
        #expect(stack.filter { $0.text != "COVID-19" }.allSatisfy { $0.rotation == .none })
        for run in stack {
            for glyph in run.glyphs {
                #expect(glyph.x >= headlineColumn.minX && glyph.x <= headlineColumn.maxX, "'\(run.text)' leaves its column")
            }
        }
        let headlineColumns = Set(stack.filter { $0.size == 24 }.flatMap { $0.glyphs.map(\.x) }.map { ($0 * 100).rounded() })
        #expect(headlineColumns.count == 2, "the space breaks the headline into two columns")

        // The body: in the two columns to the left, starting on the block's first line, its quotes horizontal.
        #expect(body.allSatisfy { $0.glyphs.allSatisfy { $0.x < headlineColumn.minX - grid.columnGap + 0.01 } })
        let firstBaseline = try #require(body.flatMap { $0.glyphs.map(\.y) }.min())
        #expect(abs(firstBaseline - (grid.lineY(0) + 0.88 * 9)) < 1e-6)
        #expect(body.map(\.text).joined().contains("“这是正文。”"))
    }

    @Test("a vertical headline needs a vertical shaper and a block with a column left for the body")
    func failures() throws {
        let (horizontal, vertical) = try shapers()
        #expect(throws: ShapingError.self) {
            try PageLayoutEngine(shaper: horizontal).layout(try storyPage(kicker: nil, headline: "让人泪目"))
        }
        #expect(throws: DocumentError.self) {
            try PageLayoutEngine(shaper: horizontal, verticalShaper: vertical)
                .layout(try storyPage(kicker: nil, headline: "让人泪目", columns: 1))
        }
    }

    @Test("the vertical example page fits, and its PDF text has the vertical headline in reading order")
    func examplePage() throws {
        let (horizontal, vertical) = try shapers()
        let page = try PageLoader.load(path: Self.verticalPage, gridDirectory: TestSupport.grids)
        let (frame, report) = try PageLayoutEngine(shaper: horizontal, verticalShaper: vertical).layout(page)
        #expect(report.overset.isEmpty)
        #expect(report.glyphProblems.isEmpty)

        let pdf = try TestSupport.temporaryFolder().appendingPathComponent("vertical.pdf").path
        try PDFWriter().pdf([frame], output: pdf).write(to: URL(fileURLWithPath: pdf))
        let text = try TestSupport.run("/usr/bin/pdftotext", ["-raw", pdf, "-"]).output.filter { !$0.isWhitespace }
        let order = ["以防控工作体系和机制的迭代升级",
                     "王昌荣率省委督导工作组深入上虞一线督导检查认真贯彻落实省委省政府部署要求坚持量化闭环高效坚决打赢疫情防控阻击战",
                     "周国勇", "连日来，根据省委委派", "导读"]
        var cursor = text.startIndex
        for piece in order {
            let found = try #require(text.range(of: piece, range: cursor..<text.endIndex), "'\(piece)' missing or out of order")
            cursor = found.upperBound
        }
    }

    @Test("no column of the example page's vertical headline runs below the body columns beside it")
    func headlineWithinTheBodyDepth() throws {
        let (horizontal, vertical) = try shapers()
        let page = try PageLoader.load(path: Self.verticalPage, gridDirectory: TestSupport.grids)
        let (frame, _) = try PageLayoutEngine(shaper: horizontal, verticalShaper: vertical).layout(page)
        let grid = page.grid.pageGrid
        let block = try #require(page.blocks.first { $0.area.column == 0 && $0.area.columns == 4 })
        let rect = grid.rect(for: block.area)
        // The foot of each glyph's ideographic em box (its baseline is 0.88 em from the top).
        var headlineFoot = 0.0, bodyFoot = 0.0
        for case let .glyphs(run) in frame.items {
            for glyph in run.glyphs where glyph.x >= rect.minX && glyph.x <= rect.maxX && glyph.y >= rect.minY && glyph.y <= rect.maxY + 1 {
                let foot = glyph.y + 0.12 * run.size
                if run.size > grid.bodySize { headlineFoot = max(headlineFoot, foot) } else if run.size == grid.bodySize { bodyFoot = max(bodyFoot, foot) }
            }
        }
        #expect(headlineFoot > rect.minY && bodyFoot > rect.minY)
        #expect(headlineFoot <= bodyFoot + 0.5, "the headline ends \(headlineFoot - bodyFoot) pt below the body")
    }
}

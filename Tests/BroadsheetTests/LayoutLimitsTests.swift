import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetPipeline
import Foundation
import Testing

/// Headings that do not fit their block, absurd values, and make-up in bounded time.
@Suite("Layout limits")
struct LayoutLimitsTests {
    let session = RenderSession(home: BroadsheetHome(root: TestSupport.root), fontCache: TestSupport.fontCache, warn: { _ in })

    /// A page with a story block above another block, in a fresh project.
    func page(story: String, storyArea: String = "column: 1\n    columns: 2\n    line: 1\n    lines: 6", extra: String = "") throws -> String {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        try story.write(to: folder.appendingPathComponent("story.md"), atomically: true, encoding: .utf8)
        try "---\nheadline: 下面的稿件\n---\n\n正文。\n".write(to: folder.appendingPathComponent("below.md"), atomically: true, encoding: .utf8)
        let text = """
            grid: tabloid-6col
            blocks:
              - story: story.md
                \(storyArea)\(extra)
              - story: below.md
                column: 1
                columns: 2
                line: 7
                lines: 20
            """
        try text.write(to: folder.appendingPathComponent("page.yaml"), atomically: true, encoding: .utf8)
        return folder.appendingPathComponent("page.yaml").path
    }

    @Test("a 200-character headline with no body is overset in the report, fails the run, and is never drawn over the block below")
    func headlineOverset() throws {
        let headline = String(repeating: "全面推进依法治国建设法治中国", count: 15)
        let path = try page(story: "---\nheadline: \(headline)\n---\n")
        let laidOut = try session.layOutPage(path)
        let block = try #require(laidOut.report.blocks.first { $0.name == "story" })
        #expect(block.oversetHeadingCharacters > 0)
        #expect(throws: RunFailure.self) { try session.check(laidOut, policy: RunPolicy()) }
        try session.check(laidOut, policy: RunPolicy(allowOverset: true))
        // No glyph of the page lies between the story block's foot and the next block's first line.
        let storyBottom = block.rect[1] + block.rect[3]
        let below = try #require(laidOut.report.blocks.first { $0.name == "below" })
        for case let .glyphs(run) in laidOut.frame.items {
            for glyph in run.glyphs where glyph.x < block.rect[0] + block.rect[2] {
                #expect(glyph.y <= storyBottom + 0.5 || glyph.y - run.size * 0.88 >= below.rect[1] - 0.5,
                        "a glyph at y \(glyph.y) between the blocks (story ends at \(storyBottom))")
            }
        }
        let result = try TestSupport.run(TestSupport.broadsheet, ["render", path, "-o", path + ".pdf"])
        #expect(result.status == 1 && result.error.contains("of its headings, not drawn"), "\(result.error)")
    }

    @Test("teasers that do not fit their box are left out and counted")
    func teaserOverflow() throws {
        let folder = try TestSupport.temporaryFolder()
        let items = (1...12).map { "      - headline: 第\($0)条导读标题很长很长很长很长很长\n        page: \($0)版\n" }.joined()
        let text = "grid: tabloid-6col\nblocks:\n  - teasers: 导读\n    items:\n\(items)    column: 1\n    columns: 2\n    line: 1\n    lines: 12\n"
        try text.write(to: folder.appendingPathComponent("page.yaml"), atomically: true, encoding: .utf8)
        let laidOut = try session.layOutPage(folder.appendingPathComponent("page.yaml").path)
        let box = try #require(laidOut.report.blocks.first)
        #expect(box.oversetHeadingCharacters > 0)
        let bottom = box.rect[1] + box.rect[3]
        for case let .glyphs(run) in laidOut.frame.items {
            #expect(run.glyphs.allSatisfy { $0.y <= bottom }, "a teaser glyph below the box")
        }
    }

    @Test("a running head section too long for its line is cut and counted, never run over the paper's name")
    func runningHead() throws {
        let edition = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(at: edition.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        try "---\nheadline: 稿件\n---\n\n正文。\n".write(to: edition.appendingPathComponent("story.md"), atomically: true, encoding: .utf8)
        try "grid: tabloid-6col\nstories:\n  - story.md\n".write(to: edition.appendingPathComponent("inside.yaml"), atomically: true, encoding: .utf8)
        let section = String(repeating: "经济与社会发展观察", count: 12)
        try "paper: 浙江法制报\ndate: 2021-12-16\npages:\n  - page: inside.yaml\n    number: 2\n    section: \(section)\n"
            .write(to: edition.appendingPathComponent("edition.yaml"), atomically: true, encoding: .utf8)
        let laidOut = try session.layOutEdition(edition.appendingPathComponent("edition.yaml").path)
        let head = try #require(laidOut.pages[0].report.blocks.first { $0.kind == "running-head" })
        #expect(head.oversetHeadingCharacters > 0)
    }

    @Test("absurd values are errors with file and line", arguments: [
        ("\n    headline-size: -30pt", "'headline-size' must be"), ("\n    headline-size: 0pt", "'headline-size' must be"),
        ("\n    body-columns: 1000", "'body-columns' must be 1 to 4"),
    ])
    func absurdValues(extra: String, message: String) throws {
        let path = try page(story: "---\nheadline: 标题\n---\n\n正文。\n", extra: extra)
        let error = #expect(throws: DocumentError.self) { try session.loadPage(path) }
        #expect(error?.file == path && error?.line == 8 && error?.message.contains(message) == true, "\(String(describing: error))")
    }

    @Test("make-up of 30 stories on a 48-column, 500-line grid ends in bounded time with every story placed")
    func boundedMakeup() throws {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Layouts/grids"), withIntermediateDirectories: true)
        let tabloid = try String(contentsOf: TestSupport.root.appendingPathComponent("Layouts/grids/tabloid-6col.yaml"), encoding: .utf8)
        var grid = tabloid
        for (key, value) in [("name", "huge"), ("columns", "48"), ("lines", "500"), ("trim-width", "2000mm"), ("trim-height", "2000mm"),
                             ("column-chars", "8"), ("line-pitch", "10pt"), ("body-size", "6pt")] {
            grid = grid.replacingOccurrences(of: #"(?m)^\#(key): .*$"#, with: "\(key): \(value)", options: .regularExpression)
        }
        try grid.write(to: folder.appendingPathComponent("Layouts/grids/huge.yaml"), atomically: true, encoding: .utf8)
        let copy = try FileManager.default.subpathsOfDirectory(atPath: TestSupport.root.appendingPathComponent("Tests/Copy").path)
            .filter { $0.hasSuffix(".md") && $0.contains("/") }.sorted().prefix(30)
        var stories = ""
        for (index, name) in copy.enumerated() {
            try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Tests/Copy/\(name)"),
                                             to: folder.appendingPathComponent("s\(index).md"))
            stories += "  - s\(index).md\n"
        }
        try "grid: huge\nstories:\n\(stories)".write(to: folder.appendingPathComponent("page.yaml"), atomically: true, encoding: .utf8)
        let started = Date()
        let laidOut = try session.layOutPage(folder.appendingPathComponent("page.yaml").path)
        #expect(Date().timeIntervalSince(started) < 120)
        #expect(laidOut.report.blocks.count == 30)
        #expect(laidOut.report.blocks.allSatisfy { $0.placement?.contains("rank") == true })
    }
}

import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetGeometry
@testable import BroadsheetLayout
import Foundation
import Testing

/// Automatic make-up on real stories (the example edition's, see its SOURCES.md) and editions.
@Suite("Automatic make-up", .serialized)
struct AutomaticMakeupTests {
    static let edition = TestSupport.root.appendingPathComponent("Layouts/examples/edition-2021-12-16")

    func engine() throws -> PageLayoutEngine {
        PageLayoutEngine(shaper: try TestSupport.pangoShaper())
    }

    /// Writes a page file into a fresh folder with copies of the edition's stories and the example photo.
    func page(_ body: String) throws -> PageSpec {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(at: Self.edition.appendingPathComponent("stories"), to: folder.appendingPathComponent("stories"))
        try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16/photo.png"),
                                         to: folder.appendingPathComponent("photo.png"))
        let path = folder.appendingPathComponent("page.yaml")
        try body.write(to: path, atomically: true, encoding: .utf8)
        return try PageLoader.load(path: path.path, gridDirectory: TestSupport.grids)
    }

    static let fourStoriesAndAPhoto = """
        grid: tabloid-6col
        stories:
          - stories/g7-ai-rules.md
          - photo: photo.png
            title: 选举防疫“两不误”
            caption: 12月15日，杭州市、镇两级人民代表大会换届选举投票日。
            credit: 林云龙 蒋成杰 摄
          - stories/morocco-250.md
          - stories/apple-intel.md
          - stories/kathmandu-traveller.md
        """

    @Test("a page of four real stories and a photo with no positions: no overlap, inside the grid, no holes, all text set")
    func minimalPage() throws {
        let spec = try page(Self.fourStoriesAndAPhoto)
        let (_, report) = try engine().layout(spec)
        let grid = PageGridFixture(spec.grid)
        #expect(report.blocks.count == 5)
        let rects = report.blocks.map(\.rect)
        for (index, a) in rects.enumerated() {
            #expect(a[0] >= grid.left - 0.01 && a[0] + a[2] <= grid.right + 0.01 && a[1] + a[3] <= grid.bottom + 0.01)
            for b in rects[(index + 1)...] {
                let overlaps = a[0] < b[0] + b[2] - 0.01 && b[0] < a[0] + a[2] - 0.01 && a[1] < b[1] + b[3] - 0.01 && b[1] < a[1] + a[3] - 0.01
                #expect(!overlaps, "\(a) overlaps \(b)")
            }
        }
        for block in report.blocks where block.kind == "story" {
            #expect(block.oversetCharacters == 0, "\(block.name) overset")
            let columns = block.linesPerColumn.count
            #expect(block.emptyBodyCells <= columns, "\(block.name) leaves \(block.emptyBodyCells) empty cells")
        }
        // The free area is covered: block areas plus one blank line between stacked blocks.
        let covered = rects.reduce(0.0) { $0 + $1[2] * $1[3] }
        #expect(covered / (grid.typeArea.width * grid.typeArea.height) > 0.9)
    }

    @Test("priority runs top to bottom, left to right: the first story is top-left; each block's reason names its rank")
    func priority() throws {
        let (_, report) = try engine().layout(try page(Self.fourStoriesAndAPhoto))
        let first = try #require(report.blocks.first)
        #expect(first.name == "g7-ai-rules")
        #expect(report.blocks.allSatisfy { first.rect[1] <= $0.rect[1] + 0.01 })
        #expect(first.rect[0] <= report.blocks.map { $0.rect[0] }.min()! + 0.01)
        for (rank, block) in report.blocks.enumerated() {
            #expect(block.placement?.contains("rank \(rank + 1)") == true, "\(block.placement ?? "")")
        }
    }

    @Test("no two headlines side by side at the same height (题题相碰)")
    func noHeadlinesSideBySide() throws {
        let (_, report) = try engine().layout(try page(Self.fourStoriesAndAPhoto))
        let stories = report.blocks.filter { $0.kind == "story" }
        // Headline stacks start at the block tops; blocks side by side must not start within 4 lines of each other.
        for (index, a) in stories.enumerated() {
            for b in stories[(index + 1)...] where abs(a.rect[1] - b.rect[1]) < 4 * 13.5 {
                let touching = abs(a.rect[0] + a.rect[2] + 9 - b.rect[0]) < 0.5 || abs(b.rect[0] + b.rect[2] + 9 - a.rect[0]) < 0.5
                #expect(!touching, "\(a.name) and \(b.name) start side by side at one height")
            }
        }
    }

    @Test("hand-placed blocks are respected: automatic blocks go around them")
    func handPlaced() throws {
        let spec = try page("""
            grid: tabloid-6col
            stories:
              - stories/ebola-hope.md
              - stories/morocco-250.md
            blocks:
              - story: stories/apple-intel.md
                column: 4
                columns: 3
                line: 1
                lines: 30
            """)
        let (_, report) = try engine().layout(spec)
        let fixed = try #require(report.blocks.first { $0.name == "apple-intel" })
        #expect(fixed.placement == "hand-placed in the page file")
        #expect(abs(fixed.rect[0] - PageGridFixture(spec.grid).columnX(3)) < 0.01)
        for block in report.blocks where block.name != "apple-intel" {
            let r = block.rect
            let overlaps = r[0] < fixed.rect[0] + fixed.rect[2] && fixed.rect[0] < r[0] + r[2] && r[1] < fixed.rect[1] + fixed.rect[3] && fixed.rect[1] < r[1] + r[3]
            #expect(!overlaps, "\(block.name) overlaps the hand-placed block")
        }
    }

    @Test("copy-fitting: a page with too much text and no jump page reports overset, never drops text silently")
    func tooLong() throws {
        let spec = try page("""
            grid: tabloid-6col
            stories:
              - stories/g7-ai-rules.md
              - stories/worldcup-ai.md
              - stories/openai-ipo.md
              - stories/georgia-sentencing.md
              - stories/ebola-hope.md
            """)
        let (_, report) = try engine().layout(spec)
        #expect(!report.overset.isEmpty)
        #expect(report.overset.allSatisfy { $0.oversetCharacters > 0 })
    }

    @Test("a page with more stories than room: the ones left off are reported overset by name with all their characters")
    func moreStoriesThanRoom() throws {
        let spec = try page("""
            grid: tabloid-6col
            stories:
              - stories/g7-ai-rules.md
              - stories/worldcup-ai.md
              - stories/openai-ipo.md
              - stories/georgia-sentencing.md
              - stories/ebola-hope.md
              - stories/morocco-250.md
              - stories/apple-intel.md
              - stories/kathmandu-traveller.md
            """)
        let (_, report) = try engine().layout(spec)
        let names = Set(spec.autoItems.map(\.name))
        // Every story is either on the page or reported, none dropped.
        #expect(Set(report.blocks.map(\.name)).isSuperset(of: names))
        let leftOff = report.blocks.filter { $0.rect.isEmpty }
        #expect(!leftOff.isEmpty)
        for block in leftOff {
            #expect(block.placement?.contains("not placed") == true)
            // Nothing of it is set: placed and overset add up to its body text, as for every block.
            let story = try #require(spec.autoItems.first { $0.name == block.name }.flatMap { item -> Story? in
                if case .story(let story) = item.content { return story } else { return nil } })
            #expect(block.placedCharacters == 0 && block.oversetCharacters == story.bodyCharacterCount && block.oversetCharacters > 0)
            #expect(report.overset.contains { $0.name == block.name })
        }
    }

    @Test("copy-fitting: a short story takes a bigger headline or more headline lines rather than leave a hole")
    func tooShort() throws {
        let spec = try page("""
            grid: tabloid-6col
            stories:
              - stories/kathmandu-traveller.md
            """)
        let (_, report) = try engine().layout(spec)
        let block = try #require(report.blocks.first)
        #expect(block.placement?.contains("rank 1") == true)
        #expect(block.rect[3] > 0)
    }

    @Test("the example edition with a deeper masthead: page 1's story jumps to page 2 with 下转第2版 and 上接第1版, and no character is lost")
    func edition() throws {
        let spec = try EditionLoader.load(path: try TestSupport.exampleEditionWithAJump().path, gridDirectory: TestSupport.grids)
        let pages = try EditionLayout(engine: try engine()).layout(spec)
        #expect(pages.map(\.number) == [1, 2, 3])
        let jumped = try #require(pages[0].report.blocks.first { $0.continuesOn == 2 })
        let text = { (page: Int) in pages[page].frame.items.compactMap { item -> String? in
            if case let .glyphs(run) = item { return run.text } else { return nil } }.joined() }
        #expect(text(0).contains("（下转第2版）"))
        #expect(text(1).contains("（上接第1版）"))
        let continued = try #require(pages[1].report.blocks.first { $0.name == "\(jumped.name)-continued" })
        #expect(continued.oversetCharacters == 0)
        // The continuation (转版) stands at the side in 2 or 3 columns under a small headline, never as a band
        // across the top; the page's own lead keeps the top-left.
        let grid = spec.pages[1].page.grid.pageGrid
        let columns = Int(((continued.rect[2] + grid.columnGap) / (grid.columnWidth + grid.columnGap)).rounded())
        #expect((2...3).contains(columns), "continuation \(columns) columns wide")
        #expect(continued.placement?.contains("continued from another page") == true)
        let size = try #require(continued.placement?.firstMatch(of: /headline (\d+)pt/)).1
        #expect(Int(size)! <= 18, "continuation headline \(size) pt")
        let lead = try #require(pages[1].report.blocks.first { $0.placement?.contains("the lead") == true })
        #expect(lead.rect[0] <= continued.rect[0] || lead.rect[1] < continued.rect[1], "the page's lead reads first")
        // Every character of the jumped story is on page 1 or page 2.
        let story = try StoryParser.load(path: TestSupport.exampleStories.appendingPathComponent("\(jumped.name).md").path)
        let body = story.body.map(\.text).joined()
        let tail = String(body.suffix(jumped.jumpedCharacters))
        #expect(text(1).contains(String(tail.suffix(40))))
        #expect(pages.allSatisfy { $0.report.overset.isEmpty })
    }

    @Test("an edition laid out on all cores is the edition laid out page by page, jumps and all")
    func concurrentEditionIsPageByPage() throws {
        var spec = try EditionLoader.load(path: try TestSupport.exampleEditionWithAJump().path, gridDirectory: TestSupport.grids)
        // Twice over (pages 1–6, jumps to 2 and 5): pages 3 and 4 wait for nobody, page 5 for pages 2 to 4.
        spec.pages += spec.pages.map { var page = $0; page.number += spec.pages.count; return page }
        let engine = try engine()
        var pages = spec.pages
        var pageByPage: [PageFrame] = []
        for index in pages.indices {
            let (frame, report) = try engine.layout(pages[index].page, jumpPage: spec.jumpPage(after: index))
            for (target, rest) in report.continuations {
                let name = URL(fileURLWithPath: rest.file).deletingPathExtension().lastPathComponent + "-continued"
                pages[try #require(pages.firstIndex { $0.number == target })].page.autoItems.insert(AutoItem(name: name, content: .story(rest)), at: 0)
            }
            pageByPage.append(frame)
        }
        let laidOut = try EditionLayout(engine: engine).layout(spec)
        #expect(laidOut.map(\.number) == Array(1...6))
        #expect(laidOut[4].report.blocks.contains { $0.name.hasSuffix("-continued") }, "page 5 takes page 4's jump")
        for (index, page) in laidOut.enumerated() { #expect(page.frame == pageByPage[index], "page \(page.number)") }
    }

    @Test("a lead too long for its page jumps from a module across the top (头条), not from a column down the side beside the next headline")
    func longLeadJumpsFromTheTop() throws {
        let path = TestSupport.root.appendingPathComponent("Tests/Makeup/tuning/ko-long.yaml").path
        let spec = try EditionLoader.load(path: path, gridDirectory: TestSupport.grids)
        let page = try #require(try EditionLayout(engine: try engine()).layout(spec).first)
        let grid = spec.pages[0].page.grid.pageGrid
        let width = { (block: LayoutReport.BlockReport) in Int(((block.rect[2] + grid.columnGap) / (grid.columnWidth + grid.columnGap)).rounded()) }
        let lead = try #require(page.report.blocks.first { $0.placement?.contains("the lead") == true })
        #expect(width(lead) * 3 >= grid.columns * 2, "lead \(width(lead)) of \(grid.columns) columns")
        #expect(lead.continuesOn == 2)
        #expect(lead.rect[3] < grid.lineY(grid.lines) / 2, "the lead runs \(lead.rect[3]) pt down the page")
        // Modules starting within 3 lines of each other side by side: one of them framed (加框).
        let stories = page.report.blocks.filter { $0.kind == "story" }
        for (index, a) in stories.enumerated() {
            for b in stories[(index + 1)...] where abs(a.rect[1] - b.rect[1]) < 3 * grid.linePitch {
                let touching = abs(a.rect[0] + a.rect[2] + grid.columnGap - b.rect[0]) < 0.5 || abs(b.rect[0] + b.rect[2] + grid.columnGap - a.rect[0]) < 0.5
                let framed = [a, b].contains { $0.placement?.contains("framed") == true }
                #expect(!touching || framed, "\(a.name) and \(b.name) start side by side at one height")
            }
        }
    }

    @Test("a story longer than the whole edition is an error naming it")
    func storyLongerThanEdition() throws {
        let folder = try TestSupport.temporaryFolder()
        let long = (0..<200).map { _ in "连日来，根据省委委派，省委常委、政法委书记王昌荣率省委督导工作组，蹲点督导上虞区新冠肺炎疫情防控工作。" }.joined(separator: "\n\n")
        try "---\nheadline: 超长稿件\n---\n\n\(long)\n".write(to: folder.appendingPathComponent("long.md"), atomically: true, encoding: .utf8)
        try "grid: tabloid-6col\nstories:\n  - long.md\n".write(to: folder.appendingPathComponent("p1.yaml"), atomically: true, encoding: .utf8)
        try "grid: tabloid-6col\nstories: []\n".write(to: folder.appendingPathComponent("p2.yaml"), atomically: true, encoding: .utf8)
        let editionPath = folder.appendingPathComponent("edition.yaml").path
        try "paper: 测试报\npages:\n  - page: p1.yaml\n  - page: p2.yaml\n    jumps: true\n".write(toFile: editionPath, atomically: true, encoding: .utf8)
        let spec = try EditionLoader.load(path: editionPath, gridDirectory: TestSupport.grids)
        let error = try #require(throws: DocumentError.self) { try EditionLayout(engine: try engine()).layout(spec) }
        #expect(error.file == editionPath)
        #expect(error.message.contains("'long'") && error.message.contains("longer than the edition"), "\(error.message)")
    }
}

/// The tabloid grid's numbers for the assertions, from the grid spec.
private struct PageGridFixture {
    let typeArea: (width: Double, height: Double)
    let left: Double, right: Double, bottom: Double
    let columnStep: Double
    init(_ spec: GridSpec) {
        let width = spec.bodySize.points * (Double(spec.columns * spec.columnCharacters) + Double(spec.columns - 1) * spec.columnGapCharacters)
        let height = spec.linePitch.points * Double(spec.lines - 1) + spec.bodySize.points
        left = (spec.trimWidth.points - width) / 2
        right = left + width
        bottom = (spec.topMargin?.points ?? 0) + height
        typeArea = (width, height)
        columnStep = (width + spec.columnGapCharacters * spec.bodySize.points) / Double(spec.columns)
    }
    func columnX(_ index: Int) -> Double { left + Double(index) * columnStep }
}

import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetImage
import Foundation
@testable import BroadsheetLayout
import Testing

/// A photo's credit (××摄) stands flush right on the caption's last row, else on the title's, as
/// newspapers set it, and on a row of its own only when neither has room.
@Suite("Photo caption")
struct PhotoCaptionTests {
    /// The baselines of the runs holding `text` and of the caption's text around them.
    func baselines(caption: String?, title: String?) throws -> (credit: Double, title: Double?, captionLast: Double?, rows: Int) {
        var page = try PageLoader.load(path: TestSupport.examplePage, gridDirectory: TestSupport.grids)
        let index = try #require(page.blocks.firstIndex { if case .photo = $0.content { true } else { false } })
        guard case .photo(var photo) = page.blocks[index].content else { throw TestFailure("no photo") }
        photo.caption = caption
        photo.title = title
        page.blocks[index].content = .photo(photo)
        let (frame, report) = try PageLayoutEngine(shaper: try TestSupport.pangoShaper()).layout(page)
        let block = try #require(report.blocks.first { $0.kind == "photo" })
        let runs = frame.items.compactMap { item -> GlyphRun? in
            guard case .glyphs(let run) = item, let first = run.glyphs.first, first.x >= block.rect[0] - 1,
                  first.x <= block.rect[0] + block.rect[2], first.y > block.rect[1], first.y < block.rect[1] + block.rect[3] + 2 else { return nil }
            return run
        }
        let credit = try #require(runs.first { $0.text.contains("林云龙") })
        let titleRun = title.flatMap { title in runs.first { title.hasPrefix($0.text.prefix(2)) && $0.text.count > 1 } }
        let captionRuns = runs.filter { !$0.text.contains("林云龙") && $0.glyphs[0].y > (titleRun?.glyphs[0].y ?? 0) + 0.5 }
        return (credit.glyphs[0].y, titleRun?.glyphs[0].y, captionRuns.map { $0.glyphs[0].y }.max(), block.linesPerColumn.first ?? 0)
    }

    @Test("the credit shares the caption's last row when it has room after a 1-em space")
    func creditOnCaptionsLastRow() throws {
        let set = try baselines(caption: "12月15日，杭州市、镇两级人民代表大会换届选举投票日。", title: "选举防疫“两不误”")
        #expect(abs(set.credit - (set.captionLast ?? 0)) < 0.5)
    }

    @Test("a caption whose last row has no room puts the credit on the title's row; with no room there either, on its own")
    func creditOnTitleRow() throws {
        let page = try PageLoader.load(path: TestSupport.examplePage, gridDirectory: TestSupport.grids)
        let grid = page.grid.pageGrid
        var setter = TextSetter(shaper: try TestSupport.pangoShaper(), composition: Composition(page: page))
        let house = HouseStyle(bodySize: grid.bodySize)
        let width = 3 * grid.columnWidth + 2 * grid.columnGap
        let text = try TestSupport.paragraphs(ofStory: "lead.md").joined()
        let path = TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16/photo.png").path
        let image = try SourceImage(name: path, bytes: try Data(contentsOf: URL(fileURLWithPath: path)))
        // The first caption, one character longer at a time, whose last row cannot take the credit.
        var found: [[SetParagraph]]?
        for length in 40...160 where found == nil {
            let photo = Photo(image: image, title: "选举防疫", caption: String(text.prefix(length)), credit: "林云龙 蒋成杰 摄")
            let rows = try PhotoLayout.caption(photo, width: width, house: house, size: grid.bodySize, setter: &setter, block: "test")
            if rows.last?.count == 1 || rows.count > 1 && rows[0].count == 2 { found = rows }
        }
        let rows = try #require(found)
        #expect(rows[0].count == 2, "the credit joins the title's row")
        #expect(rows.dropFirst().allSatisfy { $0.count == 1 })
        // A credit longer than the measure fits beside nothing.
        let long = Photo(image: image, title: "选举防疫", caption: String(text.prefix(90)),
                         credit: String(repeating: "林云龙 蒋成杰 ", count: 8) + "摄")
        let own = try PhotoLayout.caption(long, width: width, house: house, size: grid.bodySize, setter: &setter, block: "test")
        #expect(own.allSatisfy { $0.count == 1 }, "a credit with room nowhere takes a row of its own")
    }
}

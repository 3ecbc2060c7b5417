import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
@testable import BroadsheetLayout
import BroadsheetText
import Testing

/// `broadsheet galley --columns N`: full columns while the story goes on to another page, and the
/// last page's columns balanced — as many lines in each, the last column at most one line shorter.
@Suite("Galley columns")
struct GalleyColumnsTests {
    /// Body lines in each column of each page: distinct baselines of body-size glyphs by column.
    static func linesPerColumn(_ page: PageFrame, columnLefts: [Double], bodySize: Double) -> [Int] {
        var baselines = [Set<Double>](repeating: [], count: columnLefts.count)
        for case let .glyphs(run) in page.items where run.size == bodySize {
            guard let x = run.glyphs.first?.x, let column = columnLefts.lastIndex(where: { $0 <= x + 0.01 }) else { continue }
            baselines[column].formUnion(run.glyphs.map { ($0.y * 100).rounded() / 100 })
        }
        return baselines.map(\.count)
    }

    @Test("the example lead story in 3 columns of tabloid-6col: columns of equal length, the last within one line",
          arguments: [2, 3])
    func balancedColumns(columns: Int) throws {
        let story = try StoryParser.load(path: TestSupport.exampleStories.appendingPathComponent("lead.md").path)
        let spec = try GridLoader.load(path: TestSupport.grids + "/tabloid-6col.yaml")
        let galley = try GalleyLayout(shaper: try TestSupport.pangoShaper())
            .layout(story, grid: spec, columns: columns, language: .simplifiedChinese, composition: CompositionSettings())
        let grid = GalleyLayout.galleyGrid(spec, columns: columns).pageGrid
        let counts = Self.linesPerColumn(try #require(galley.pages.last), columnLefts: (0..<columns).map(grid.columnX),
                                         bodySize: grid.bodySize)
        #expect(counts.reduce(0, +) == galley.dump.split(separator: "\n").count, "\(counts)")
        #expect(counts.max()! - counts.min()! <= 1, "\(counts)")
        #expect(counts == counts.sorted(by: >), "\(counts)")
    }

    @Test("full columns on every page but the last, whose lines are shared evenly")
    func columnLengths() {
        #expect(GalleyLayout.columnLengths(300, columns: 3, rows: 70) == [70, 70, 70])
        #expect(GalleyLayout.columnLengths(101, columns: 3, rows: 65) == [34, 34, 33])
        #expect(GalleyLayout.columnLengths(2, columns: 3, rows: 65) == [1, 1, 0])
        #expect(GalleyLayout.columnLengths(50, columns: 1, rows: 65) == [50])
    }
}

import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetText

/// Turns a page file's model into a `PageFrame`: masthead, then each block in the page file's order
/// (the reading order of the PDF text), then the rules between blocks.
public struct PageLayoutEngine {
    let shaper: TextShaper
    let verticalShaper: VerticalTextShaper?

    /// - Parameter verticalShaper: sets vertical headlines; a page that asks for one fails without it.
    public init(shaper: TextShaper, verticalShaper: VerticalTextShaper? = nil) {
        self.shaper = shaper
        self.verticalShaper = verticalShaper
    }

    public func layout(_ page: PageSpec) throws -> (PageFrame, LayoutReport) {
        let grid = PageGrid(page.grid)
        let house = HouseStyle(bodySize: grid.bodySize)
        var setter = TextSetter(shaper: shaper, verticalShaper: verticalShaper, composition: Composition(page: page))
        var items: [FrameItem] = []
        var report = LayoutReport()

        if let masthead = page.masthead {
            try MastheadLayout(grid: grid).layout(masthead, setter: &setter, items: &items)
        }
        for block in page.blocks {
            setter.composition = Composition(page: page)
            switch block.content {
            case let .story(story, style):
                setter.composition = Composition(page: page, story: story)
                report.blocks.append(try StoryLayout(grid: grid, house: house)
                    .layout(story, style: style, block: block, setter: &setter, items: &items))
            case let .photo(photo):
                report.blocks.append(try PhotoLayout(grid: grid, house: house).layout(photo, block: block, setter: &setter, items: &items))
            case let .teasers(box):
                report.blocks.append(try TeaserBoxLayout(grid: grid).layout(box, block: block, setter: &setter, items: &items))
            }
        }
        items += BlockSeparators.rules(for: page.blocks.map(\.area), grid: grid).map(FrameItem.rule)

        let frame = PageFrame(width: grid.trim.width, height: grid.trim.height, items: items,
                              metadata: .init(title: page.title, date: page.date))
        report.glyphProblems = setter.problems
        report.fonts = frame.faces
        return (frame, report)
    }
}

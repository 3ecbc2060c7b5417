import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetText

/// Turns a page file's model into a `PageFrame`: masthead, then each block in the page file's order
/// (the reading order of the PDF text), then the rules between blocks.
public struct PageLayoutEngine {
    let shaper: TextShaper
    let verticalShaper: VerticalTextShaper?
    let hyphenator: (any Hyphenator)?

    /// - Parameters:
    ///   - verticalShaper: sets vertical headlines; a page that asks for one fails without it.
    ///   - hyphenator: hyphenates Latin words in body text; nil: they break at spaces only.
    public init(shaper: TextShaper, verticalShaper: VerticalTextShaper? = nil, hyphenator: (any Hyphenator)? = nil) {
        self.shaper = shaper
        self.verticalShaper = verticalShaper
        self.hyphenator = hyphenator
    }

    /// - Parameter jumpPage: where stories that do not fit continue (转版); nil: they are overset.
    public func layout(_ page: PageSpec, jumpPage: Int? = nil) throws -> (PageFrame, LayoutReport) {
        let grid = page.grid.pageGrid
        let house = HouseStyle(bodySize: grid.bodySize)
        var setter = TextSetter(shaper: shaper, verticalShaper: verticalShaper, hyphenator: hyphenator, composition: Composition(page: page))
        var items: [FrameItem] = []
        var report = LayoutReport()

        if let masthead = page.masthead {
            try MastheadLayout(grid: grid).layout(masthead, setter: &setter, items: &items)
        } else if let folio = page.folio {
            let overset = try RunningHeadLayout(grid: grid).layout(folio, setter: &setter, items: &items)
            if overset > 0 {
                var head = LayoutReport.BlockReport(name: "running head", kind: "running-head", rect: [], linesPerColumn: [], oversetCharacters: 0)
                head.oversetHeadingCharacters = overset
                report.blocks.append(head)
            }
        }
        var blocks = page.blocks
        var reasons: [String: String] = [:]
        if !page.autoItems.isEmpty {
            let start = ContinuousClock.now
            let makeup = try AutomaticMakeup(page: page, grid: grid, house: house, setter: setter, jumpPage: jumpPage).blocks()
            report.makeupTime = ContinuousClock.now - start
            blocks += makeup.placed.map(\.block)
            for entry in makeup.placed { reasons[entry.block.name] = entry.reason }
            report.underfillLines = makeup.underfillLines
        }
        for block in blocks {
            setter.composition = Composition(page: page)
            switch block.content {
            case let .story(story, style):
                setter.composition = Composition(page: page, story: story)
                let result = try StoryLayout(grid: grid, house: house, columnRules: page.grid.columnRules, pageNumber: page.folio?.number ?? 1)
                    .layout(story, style: style, block: block, setter: &setter, items: &items)
                report.blocks.append(result.report)
                if let rest = result.continuation, let target = style.continuesOn { report.continuations.append((target, rest)) }
            case let .photo(photo):
                report.blocks.append(try PhotoLayout(grid: grid, house: house).layout(photo, block: block, setter: &setter, items: &items))
            case let .teasers(box):
                report.blocks.append(try TeaserBoxLayout(grid: grid).layout(box, block: block, setter: &setter, items: &items))
            }
            report.blocks[report.blocks.count - 1].placement = reasons[block.name] ?? "hand-placed in the page file"
        }
        let framed = blocks.filter { if case let .story(_, style) = $0.content { style.framed } else { false } }.map(\.area)
        items += BlockSeparators.rules(for: blocks.map(\.area), framed: framed, grid: grid).map(FrameItem.rule)
        if let accent = page.colors.accent { items = items.map { $0.replacingColor(.newsRed, with: Color(accent)) } }

        let frame = PageFrame(width: grid.trim.width, height: grid.trim.height, items: items,
                              metadata: .init(title: page.title, date: page.date))
        report.glyphProblems = setter.problems
        report.fonts = frame.faces
        report.images = ImageResolution.check(items, minimum: page.grid.press?.minimumResolution ?? PressSettings().minimumResolution)
        return (frame, report)
    }
}

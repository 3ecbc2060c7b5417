import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetText

/// Turns a page file's model into a `PageFrame`: masthead, then each block in the page file's order
/// (the reading order of the PDF text), then the rules between blocks.
public struct PageLayoutEngine: Sendable {
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
            try MastheadLayout(grid: grid, file: page.file).layout(masthead, setter: &setter, items: &items)
        } else if let folio = page.folio {
            let overset = try RunningHeadLayout(grid: grid).layout(folio, setter: &setter, items: &items)
            if overset > 0 {
                var head = LayoutReport.BlockReport(name: "running head", kind: "running-head", rect: [], linesPerColumn: [], oversetCharacters: 0)
                head.oversetHeadingCharacters = overset
                report.blocks.append(head)
            }
        }
        // Make-up works around the hand-placed blocks as their content sizes them.
        let sized = try ContentSizedBoxes(grid: grid).sized(page.blocks, setter: setter, makeupTakesFreedLines: !page.autoItems.isEmpty)
        var blocks = sized.map(\.block)
        var reasons: [String: String] = [:]
        for entry in sized { if let note = entry.note { reasons[entry.block.name] = "hand-placed in the page file; \(note)" } }
        var unplaced: [AutoItem] = []
        if !page.autoItems.isEmpty {
            var madeUp = page
            madeUp.blocks = blocks
            let start = ContinuousClock.now
            let makeup = try AutomaticMakeup(page: madeUp, grid: grid, house: house, setter: setter, jumpPage: jumpPage).blocks()
            report.makeupTime = ContinuousClock.now - start
            blocks += makeup.placed.map(\.block)
            for entry in makeup.placed { reasons[entry.block.name] = entry.reason }
            report.underfillLines = makeup.underfillLines
            unplaced = makeup.unplaced
        }
        // The column rules stories draw between their columns, to be joined with the rules between blocks.
        var columnRules: [Rule] = []
        for block in blocks {
            setter.composition = Composition(page: page)
            switch block.content {
            case let .story(story, style):
                setter.composition = Composition(page: page, story: story)
                var storyItems: [FrameItem] = []
                let result = try StoryLayout(grid: grid, house: house, columnRules: page.grid.columnRules, pageNumber: page.folio?.number ?? 1)
                    .layout(story, style: style, block: block, setter: &setter, items: &storyItems)
                for item in storyItems {
                    if case .rule(let rule) = item, rule.from.x == rule.to.x { columnRules.append(rule) } else { items.append(item) }
                }
                report.blocks.append(result.report)
                if let rest = result.continuation, let target = style.continuesOn { report.continuations.append((target, rest)) }
            case let .photo(photo):
                report.blocks.append(try PhotoLayout(grid: grid, house: house).layout(photo, block: block, setter: &setter, items: &items))
            case let .teasers(box):
                report.blocks.append(try TeaserBoxLayout(grid: grid).layout(box, block: block, setter: &setter, items: &items))
            }
            report.blocks[report.blocks.count - 1].placement = reasons[block.name] ?? "hand-placed in the page file"
            report.blocks[report.blocks.count - 1].standsWith = block.standsWith
        }
        for item in unplaced { report.blocks.append(Self.notPlaced(item)) }
        // Boxes that separate their block by themselves: a 导读 box at its block's edge, a framed story's in the gaps around it.
        var framed: [GridArea] = []
        var boxes: [Rect] = []
        for block in blocks {
            switch block.content {
            case .teasers: framed.append(block.area); boxes.append(grid.rect(for: block.area))
            case let .story(_, style) where style.framed: framed.append(block.area); boxes.append(StoryLayout.frame(grid.rect(for: block.area), grid: grid))
            default: break
            }
        }
        let separators = BlockSeparators.rules(for: blocks.map(\.area), framed: framed, grid: grid)
        let rules = RuleJunctions(horizontalRules: separators.filter { $0.from.y == $0.to.y }, boxes: boxes, grid: grid)
            .joined(verticalRules: columnRules + separators.filter { $0.from.x == $0.to.x })
        items += (rules.vertical + rules.horizontal).map(FrameItem.rule)
        if let accent = page.colors.accent { items = items.map { $0.replacingColor(.newsRed, with: Color(accent)) } }

        let frame = PageFrame(width: grid.trim.width, height: grid.trim.height, items: items,
                              metadata: .init(title: page.title, date: page.date))
        report.glyphProblems = setter.problems
        report.fonts = frame.faces
        report.images = ImageResolution.check(items, minimum: page.grid.press?.minimumResolution ?? PressSettings().minimumResolution)
        return (frame, report)
    }

    /// An item automatic make-up found no room for: all of it overset, so that the run says so.
    private static func notPlaced(_ item: AutoItem) -> LayoutReport.BlockReport {
        let reason = "not placed: the page has no room left for it (overset)"
        switch item.content {
        case .story(let story):
            var report = LayoutReport.BlockReport(name: item.name, kind: "story", rect: [], linesPerColumn: [],
                                                  oversetCharacters: story.bodyCharacterCount)
            report.oversetHeadingCharacters = [story.kicker, story.headline, story.subhead].compactMap { $0?.count }.reduce(0, +)
            report.placement = reason
            return report
        case .photo(let photo):
            var report = LayoutReport.BlockReport(name: item.name, kind: "photo", rect: [], linesPerColumn: [],
                                                  oversetCharacters: max(1, photo.caption?.count ?? 0))
            report.placement = reason
            return report
        }
    }
}

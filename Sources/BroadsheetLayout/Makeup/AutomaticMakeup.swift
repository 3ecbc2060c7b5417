import BroadsheetDocument
import BroadsheetGeometry

/// Turns a page's automatic items into blocks on the grid, around its masthead or running head and
/// its hand-placed blocks.
struct AutomaticMakeup {
    let page: PageSpec
    let grid: PageGrid
    let house: HouseStyle
    let setter: TextSetter
    let jumpPage: Int?

    struct Placed {
        var block: Block
        var reason: String
    }

    func blocks() throws -> [Placed] {
        let reserved = page.masthead.map { $0.lines + 1 } ?? (page.folio == nil ? 0 : RunningHeadLayout.lines)
        let regions = FreeRegions.of(columns: grid.columns, lines: grid.lines, firstLine: reserved,
                                     occupied: page.blocks.map(\.area))
        guard !regions.isEmpty else {
            throw DocumentError(file: page.file, "no free space on the grid for the page's \(page.autoItems.count) stories")
        }
        try checkFits(regions)
        var makeup = PageMakeup(items: page.autoItems, measure: MakeupMeasure(grid: grid, house: house, setter: setter),
                                jumpPage: jumpPage, pageColumns: grid.columns)
        let placed = try makeup.place(in: regions)
        guard placed.count == page.autoItems.count else {
            throw DocumentError(file: page.file, "the page's stories cannot be laid out in its free space (\(regions.count) region(s))")
        }
        return placed.map { entry in
            let item = page.autoItems[entry.item]
            let content: Block.Content
            switch item.content {
            case .story(let story):
                content = .story(story, StoryStyle(headlineSize: entry.headlineSize.map(Length.pt), continuesOn: entry.cut ? jumpPage : nil,
                                                   headlinePadding: entry.headlinePadding))
            case .photo(let photo):
                content = .photo(photo)
            }
            let jump = entry.cut ? "; rest continues on page \(jumpPage ?? 0)" : ""
            let cut = makeup.searchCut ? "; search cut after \(PageMakeup.searchBudget) partitions: the best arrangement found by then" : ""
            let size = entry.headlineSize.map { "; headline \(Int($0))pt" } ?? ""
            return Placed(block: Block(name: item.name, area: entry.area, content: content, sourceLine: item.sourceLine),
                          reason: "column \(entry.area.column + 1), line \(entry.area.line + 1)\(size)\(jump); \(entry.reason)\(cut)")
        }
    }

    /// A photo wider than every free region, or an item asking for more columns than the page has, is an
    /// error naming the file and the item.
    private func checkFits(_ regions: [GridArea]) throws {
        let widest = regions.map(\.columns).max() ?? 0
        for item in page.autoItems {
            if let columns = item.columns, columns > grid.columns {
                throw DocumentError(file: page.file, line: item.sourceLine,
                                    "'\(item.name)' asks for \(columns) columns; the grid '\(page.grid.name)' has \(grid.columns)")
            }
            if case .photo = item.content, let columns = item.columns, columns > widest {
                throw DocumentError(file: page.file, line: item.sourceLine,
                                    "photo '\(item.name)' asks for \(columns) columns; the widest free space has \(widest)")
            }
        }
    }
}

import BroadsheetDocument
import BroadsheetGeometry

/// Turns a page's automatic items into blocks on the grid, around its masthead or running head and
/// its hand-placed blocks. A page short of copy keeps its white in one place, across the foot of the
/// make-up area, and says how many lines it is short (`underfillLines`).
struct AutomaticMakeup {
    let page: PageSpec
    let grid: PageGrid
    let house: HouseStyle
    let setter: TextSetter
    let jumpPage: Int?
    /// Partial pages the search keeps after each unit on a grid of up to 8 columns: at least
    /// `beamWidth`, more on a page of few units (`beamBudget` shared among them), where a wider beam
    /// costs little and finds fills a narrow one loses; a wider grid (no newspaper's) keeps fewer in
    /// proportion, so the work per unit stays that of an 8-column page.
    static let beamWidth = 600
    static let beamBudget = 7200
    private func beamWidth(units: Int) -> Int {
        max(16, max(Self.beamWidth, Self.beamBudget / max(1, units)) * 8 / max(8, grid.columns))
    }

    struct Placed {
        var block: Block
        var reason: String
    }

    struct Result {
        var placed: [Placed]
        /// Lines of the page's width left white because the copy is short of it: across the foot, and
        /// any hole the search could not avoid.
        var underfillLines: Int
        /// Items the page had no room for: their text is overset.
        var unplaced: [AutoItem]
    }

    /// Lines at the top the masthead or running head keeps.
    private var reservedLines: Int { page.masthead.map { $0.lines + 1 } ?? (page.folio == nil ? 0 : RunningHeadLayout.lines) }

    func blocks() throws -> Result {
        guard whole.widestRun > 0 else {
            throw DocumentError(file: page.file, "no free space on the grid for the page's \(page.autoItems.count) stories")
        }
        try checkFits(widest: whole.widestRun)
        let units = MakeupUnit.units(of: page.autoItems)
        let fitter = UnitFitter(items: page.autoItems, units: units, measure: MakeupMeasure(page: page, grid: grid, house: house, setter: setter),
                                pageColumns: grid.columns, jumpPage: jumpPage)
        guard let result = try MakeupSearch(fitter: fitter, free: whole, beamWidth: beamWidth(units: units.count)).run() else {
            throw DocumentError(file: page.file, "the page's stories cannot be laid out in its free space")
        }
        // Short of copy: the lines white across the foot, and any hole the search could not avoid, so
        // that white is never passed over.
        let underfill = result.footLines + (result.holeCells + grid.columns - 1) / grid.columns
        let unplaced = result.unplaced.flatMap { units[$0].members.map { page.autoItems[$0] } }
        return Result(placed: placed(result, fitter: fitter), underfillLines: underfill, unplaced: unplaced)
    }

    private var whole: FreeColumns {
        FreeColumns(columns: grid.columns, lines: grid.lines, firstLine: reservedLines, occupied: page.blocks.map(\.area))
    }

    /// Blocks for the placements, each with the reason it stands where it does.
    private func placed(_ result: MakeupSearch.Result, fitter: UnitFitter) -> [Placed] {
        var blocks: [(item: Int, placed: Placed)] = []
        for placement in result.placements {
            for piece in placement.fit.placed(column: placement.column, line: placement.line) {
                let item = page.autoItems[piece.item]
                let content: Block.Content
                switch item.content {
                case .story(let story):
                    content = .story(story, StoryStyle(headlineSize: piece.headlineSize.map(Length.pt), continuesOn: piece.cut ? jumpPage : nil,
                                                       headlinePadding: piece.headlinePadding, framed: placement.framed,
                                                       headlineLines: piece.headlineLines))
                case .photo(let photo):
                    content = .photo(photo)
                }
                var block = Block(name: item.name, area: piece.area, content: content, sourceLine: item.sourceLine)
                if case .photo = item.content { block.standsWith = item.keepWith }
                blocks.append((piece.item, Placed(block: block, reason: reason(piece, placement: placement, fitter: fitter))))
            }
        }
        // In rank order: the order of the page's text in the PDF.
        return blocks.sorted { $0.item < $1.item }.map(\.placed)
    }

    private func reason(_ piece: PlacedItem, placement: MakeupSearch.Placement, fitter: UnitFitter) -> String {
        let unit = fitter.units[placement.unit]
        var parts = ["rank \(piece.item + 1)", "column \(piece.area.column + 1), line \(piece.area.line + 1)",
                     "\(piece.area.columns) columns × \(piece.area.lines) lines"]
        switch unit.role {
        case .lead: parts.append("the lead (头条)")
        case .continuation: parts.append("continued from another page (转版)")
        case .photo: parts.append("a photo listed alone")
        case .story: break
        }
        if let size = piece.headlineSize {
            let sizes = fitter.sizes(placement.unit, columns: piece.area.columns).map { "\(Int($0.size))" }.joined(separator: "/")
            parts.append("headline \(Int(size))pt of \(sizes)pt for its rank and width")
        }
        if piece.headlineLines > 1 { parts.append("headline in \(piece.headlineLines) lines to fill the module") }
        if piece.headlinePadding > 0 { parts.append("\(piece.headlinePadding) line(s) of white in the headline to fill the module") }
        if placement.framed { parts.append("framed: its headline stands beside another") }
        if placement.grown > 0 { parts.append("\(placement.grown) line(s) taller, once the page was made up, to take the white below it") }
        if piece.cut { parts.append("rest continues on page \(jumpPage ?? 0)") }
        return parts.joined(separator: "; ")
    }

    /// A photo wider than every free region, or an item asking for more columns than the page has, is an
    /// error naming the file and the item.
    private func checkFits(widest: Int) throws {
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

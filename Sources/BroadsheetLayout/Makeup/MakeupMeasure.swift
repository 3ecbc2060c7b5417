import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry

/// How much room an automatically placed item needs: a story's body lines at the basic column width
/// and its headline stack's lines for a width and size; a photo's caption lines for a width. Every
/// figure is measured by setting the real text exactly as the layout will set it — a story with its
/// own composition settings, a caption with its indent (`PhotoLayout.caption`) — and cached.
final class MakeupMeasure {
    let grid: PageGrid
    let house: HouseStyle
    private let page: PageSpec
    private var setter: TextSetter
    private var bodyLineCounts: [Int: Int] = [:]
    private var headers: [HeaderKey: Header] = [:]
    private var captionLineCounts: [CaptionKey: Int] = [:]

    private struct HeaderKey: Hashable {
        let item: Int
        let columns: Int
        let size: Double
        let headlineLines: Int
    }

    private struct CaptionKey: Hashable {
        let item: Int
        let columns: Int
    }

    init(page: PageSpec, grid: PageGrid, house: HouseStyle, setter: TextSetter) {
        self.page = page
        self.grid = grid
        self.house = house
        self.setter = setter
    }

    func bodyLines(_ item: Int, _ story: Story) throws -> Int {
        if let known = bodyLineCounts[item] { return known }
        setter.composition = Composition(page: page, story: story)
        let body = try StoryBody(story, width: grid.columnWidth, house: house, setter: &setter, block: "measure")
        bodyLineCounts[item] = body.flow.count
        return body.flow.count
    }

    /// A headline stack measured: the lines it takes, the size its headline was set at and the
    /// headline's own lines.
    struct Header {
        let lines: Int
        let size: Double
        let headlineLines: Int
    }

    func header(_ item: Int, _ story: Story, columns: Int, size: Double, headlineLines: Int = 1) throws -> Header {
        let key = HeaderKey(item: item, columns: columns, size: size, headlineLines: headlineLines)
        if let known = headers[key] { return known }
        setter.composition = Composition(page: page, story: story)
        var scratch: [FrameItem] = []
        // Measured in a rectangle as tall as the grid, which no headline stack that could be placed outgrows.
        let rect = grid.rect(for: GridArea(column: 0, columns: columns, line: 0, lines: grid.lines))
        let stack = try HeadlineStack(grid: grid, house: house)
            .layout(story, size: size, rect: rect, firstLine: 0, headlineLines: headlineLines, setter: &setter, items: &scratch, block: "measure")
        let header = Header(lines: stack.lines, size: stack.size, headlineLines: stack.headlineLines)
        headers[key] = header
        return header
    }

    func captionLines(_ item: Int, _ photo: Photo, columns: Int) throws -> Int {
        let key = CaptionKey(item: item, columns: columns)
        if let known = captionLineCounts[key] { return known }
        setter.composition = Composition(page: page)
        let width = grid.rect(for: GridArea(column: 0, columns: columns, line: 0, lines: 1)).width
        let lines = try PhotoLayout.caption(photo, width: width, house: house, size: grid.bodySize, setter: &setter, block: "measure").count
        captionLineCounts[key] = lines
        return lines
    }

    /// Lines a photo's image takes at `columns` wide for a height/width ratio.
    func imageLines(columns: Int, ratio: Double) -> Int {
        let width = grid.rect(for: GridArea(column: 0, columns: columns, line: 0, lines: 1)).width
        return max(1, Int((width * ratio / grid.linePitch).rounded()))
    }
}

import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry

/// How much room an automatically placed item needs: a story's body lines at the basic column width
/// and its headline stack's lines for a width and size; a photo's caption lines for a width. Every
/// figure is measured by setting the real text, and cached.
final class MakeupMeasure {
    let grid: PageGrid
    let house: HouseStyle
    private var setter: TextSetter
    private var bodyLineCounts: [Int: Int] = [:]
    private var headerLineCounts: [String: Int] = [:]
    private var captionLineCounts: [String: Int] = [:]

    init(grid: PageGrid, house: HouseStyle, setter: TextSetter) {
        self.grid = grid
        self.house = house
        self.setter = setter
    }

    func bodyLines(_ item: Int, _ story: Story) throws -> Int {
        if let known = bodyLineCounts[item] { return known }
        let body = try StoryBody(story, width: grid.columnWidth, house: house, setter: &setter, block: "measure")
        bodyLineCounts[item] = body.flow.count
        return body.flow.count
    }

    func headerLines(_ item: Int, _ story: Story, columns: Int, size: Double) throws -> Int {
        let key = "\(item)/\(columns)/\(size)"
        if let known = headerLineCounts[key] { return known }
        var scratch: [FrameItem] = []
        // Measured in a rectangle as tall as the grid, which no headline stack that could be placed outgrows.
        let rect = grid.rect(for: GridArea(column: 0, columns: columns, line: 0, lines: grid.lines))
        let lines = try HeadlineStack(grid: grid, house: house)
            .layout(story, size: size, rect: rect, firstLine: 0, setter: &setter, items: &scratch, block: "measure").lines
        headerLineCounts[key] = lines
        return lines
    }

    func captionLines(_ item: Int, _ photo: Photo, columns: Int) throws -> Int {
        let key = "\(item)/\(columns)"
        if let known = captionLineCounts[key] { return known }
        let width = grid.rect(for: GridArea(column: 0, columns: columns, line: 0, lines: 1)).width
        var lines = 0
        for (text, role) in [(photo.title, house.captionTitleRole), (photo.caption, house.captionRole), (photo.credit, house.captionRole)] {
            guard let text else { continue }
            lines += try setter.set(text, setter.style(role, grid.bodySize), width: width,
                                    options: setter.composition.body(indent: 0), block: "measure").lines.count
        }
        captionLineCounts[key] = lines
        return lines
    }

    /// Lines a photo's image takes at `columns` wide for a height/width ratio.
    func imageLines(columns: Int, ratio: Double) -> Int {
        let width = grid.rect(for: GridArea(column: 0, columns: columns, line: 0, lines: 1)).width
        return max(1, Int((width * ratio / grid.linePitch).rounded()))
    }
}

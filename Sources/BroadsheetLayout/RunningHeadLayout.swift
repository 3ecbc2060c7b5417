import BroadsheetCalendar
import BroadsheetComposer
import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry

/// The running head (报眉) of an inside page above the top rule (天线): page number and section on
/// the outside edge, the paper's name and the date beside them.
struct RunningHeadLayout {
    let grid: PageGrid
    static let lines = 3

    /// Sets the running head on one line: the page and section first, the paper and date in the width
    /// left beside them. Returns the characters that did not fit that line, which are not drawn.
    func layout(_ folio: Folio, setter: inout TextSetter, items: inout [FrameItem]) throws -> Int {
        let area = grid.rect(for: GridArea(column: 0, columns: grid.columns, line: 0, lines: Self.lines - 1))
        let size = grid.bodySize * 1.2
        let page = "第\(folio.number)版" + (folio.section.map { "　\($0)" } ?? "")
        let paper = "\(folio.paper)　\(folio.date?.chinese ?? "")"
        // Even pages carry the page number on the left, odd pages on the right.
        let pageAlignment: LineComposer.Alignment = folio.number % 2 == 0 ? .left : .right
        let pageLine = try setter.headline(page, role: "hei-bold", size: size, width: area.width, alignment: pageAlignment,
                                           block: "running head")
        let pageWidth = pageLine.lines.first.map { $0.lines[0].end - $0.lines[0].start } ?? 0
        let paperWidth = max(size, area.width - pageWidth - 2 * size)
        let paperLine = try setter.headline(paper, role: "hei", size: size, width: paperWidth,
                                            alignment: pageAlignment == .left ? .right : .left, block: "running head")
        var overset = 0
        // Drawn left side first, so the PDF's text reads in order.
        let sides = [(pageLine, area.minX), (paperLine, pageAlignment == .left ? area.maxX - paperWidth : area.minX)]
        for (line, left) in pageAlignment == .left ? sides : sides.reversed() {
            let top = area.minY + (area.height - line.size) / 2
            let drawn = line.runs(left: left, top: top, color: .black, above: top + line.size)
            items += drawn.items
            overset += drawn.overset
        }
        items.append(.rule(Rule(from: Point(x: area.minX, y: area.maxY + 2), to: Point(x: area.maxX, y: area.maxY + 2), width: 1.2)))
        return overset
    }
}

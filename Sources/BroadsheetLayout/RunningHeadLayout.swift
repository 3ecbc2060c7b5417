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

    func layout(_ folio: Folio, setter: inout TextSetter, items: inout [FrameItem]) throws {
        let area = grid.rect(for: GridArea(column: 0, columns: grid.columns, line: 0, lines: Self.lines - 1))
        let size = grid.bodySize * 1.2
        let page = "第\(folio.number)版" + (folio.section.map { "　\($0)" } ?? "")
        let date = folio.date?.chinese ?? ""
        // Even pages carry the page number on the left, odd pages on the right.
        let left = folio.number % 2 == 0 ? page : "\(folio.paper)　\(date)"
        let right = folio.number % 2 == 0 ? "\(folio.paper)　\(date)" : page
        for (text, alignment, role) in [(left, LineComposer.Alignment.left, folio.number % 2 == 0 ? "hei-bold" : "hei"),
                                        (right, .right, folio.number % 2 == 0 ? "hei" : "hei-bold")] {
            let line = try setter.headline(text, role: role, size: size, width: area.width, alignment: alignment, block: "running head")
            items += line.runs(left: area.minX, top: area.minY + (area.height - line.height) / 2, color: .black)
        }
        items.append(.rule(Rule(from: Point(x: area.minX, y: area.maxY + 2), to: Point(x: area.maxX, y: area.maxY + 2), width: 1.2)))
    }
}

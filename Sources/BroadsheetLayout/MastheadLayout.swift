import BroadsheetCalendar
import BroadsheetComposer
import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry

/// Lays out the nameplate (报头) across the top lines of the type area: the title in red at the left,
/// the ear (报眼) at the right, the imprint strip along the bottom between red rules.
struct MastheadLayout {
    let grid: PageGrid
    /// The page file, for errors.
    let file: String

    func layout(_ masthead: Masthead, setter: inout TextSetter, items: inout [FrameItem]) throws {
        let area = grid.rect(for: GridArea(column: 0, columns: grid.columns, line: 0, lines: masthead.lines))
        let name = "masthead"
        let small = 7.5
        let imprintHeight = grid.linePitch * 1.5
        let upper = Rect(x: area.minX, y: area.minY, width: area.width, height: area.height - imprintHeight)

        // The WeChat account label sits in the ear at the far left, above the title's baseline.
        let titleSize = min(upper.height * 0.62, area.width * 0.5 / Double(max(1, masthead.title.count)))
        let titleLeft = area.minX
        var ear = upper.minY
        if let wechat = masthead.wechat {
            let line = try setter.headline(wechat, role: "hei", size: small, width: area.width * 0.3, alignment: .left, block: name)
            items += line.runs(left: titleLeft, top: ear, color: .newsRed)
            ear += line.height + small * 0.6
        }
        let title = try setter.headline(masthead.title, role: "kai-bold", size: titleSize, width: area.width * 0.6,
                                        pitchFactor: 1, alignment: .left, block: name)
        items += title.runs(left: titleLeft, top: ear, color: .newsRed)
        let titleBottom = ear + title.height

        // The ear (报眼) at the right: date lines and the QR code.
        let earLeft = try MastheadEarLayout(file: file).layout(masthead, in: upper, setter: &setter, items: &items)

        // Websites under the title.
        var webTop = max(titleBottom + small * 0.8, upper.maxY - Double(masthead.websites.count) * small * 1.5 - 2)
        for site in masthead.websites {
            let line = try setter.headline(site, role: "hei", size: small, width: earLeft - area.minX - 12, alignment: .left, block: name)
            items += line.runs(left: titleLeft, top: webTop, color: .black)
            webTop += small * 1.5
        }

        // Imprint strip between a heavy and a thin red rule (天线).
        let imprintTop = area.maxY - imprintHeight
        items.append(.rule(Rule(from: Point(x: area.minX, y: imprintTop + 1.2), to: Point(x: area.maxX, y: imprintTop + 1.2),
                                width: 2.4, color: .newsRed)))
        let imprint = [masthead.hotline, masthead.serialNumber, masthead.postalCode,
                       masthead.digitalEdition, masthead.email].compactMap { $0 }
        if !imprint.isEmpty {
            let text = imprint.joined(separator: "  |  ")
            let line = try setter.headline(text, role: "hei", size: 6.5, width: area.width, pitchFactor: 1,
                                           minimumScale: 0.7, alignment: .center, block: name)
            items += line.runs(left: area.minX, top: imprintTop + (imprintHeight - line.height) / 2 + 1.2, color: .black)
        }
        items.append(.rule(Rule(from: Point(x: area.minX, y: area.maxY), to: Point(x: area.maxX, y: area.maxY),
                                width: 0.6, color: .newsRed)))
    }
}

import BroadsheetCalendar
import BroadsheetComposer
import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry

/// Lays out the nameplate (报头) across the top lines of the type area: the title in red at the left,
/// the dateline box (报眼) at the right, the imprint strip along the bottom between red rules.
struct MastheadLayout {
    let grid: PageGrid

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

        // Dateline box at the right: big day number, date, weekday, lunar date, issue.
        let boxWidth = area.width * 0.34
        let box = Rect(x: area.maxX - boxWidth, y: upper.minY + 2, width: boxWidth, height: upper.height - 6)
        items.append(.box(Box(rect: box, stroke: .newsRed, strokeWidth: 0.8)))
        let inner = box.insetBy(6)
        let dayWidth = inner.width * 0.32
        var textTop = inner.minY
        var lines: [String] = []
        if let date = masthead.date {
            lines.append("\(masthead.weekday ?? date.weekday.chinese) \(date.chineseYearMonth)")
        }
        if let lunar = masthead.lunarDate { lines.append(lunar) }
        let dateSize = min(11, inner.height / 6)
        for text in lines {
            let line = try setter.headline(text, role: "hei", size: dateSize, width: inner.width - dayWidth, alignment: .left, block: name)
            items += line.runs(left: inner.minX + dayWidth, top: textTop, color: .black)
            textTop += line.height + dateSize * 0.5
        }
        if let date = masthead.date {
            let day = try setter.headline(String(date.day), role: "hei-bold", size: min(inner.height * 0.55, dayWidth * 0.55),
                                          width: dayWidth, alignment: .center, block: name)
            items += day.runs(left: inner.minX, top: inner.minY, color: .newsRed)
        }
        let issue = [masthead.issue, masthead.pagesToday].compactMap { $0 }.joined(separator: "　")
        if !issue.isEmpty {
            let line = try setter.headline(issue, role: "hei-bold", size: dateSize, width: inner.width, alignment: .left, block: name)
            items += line.runs(left: inner.minX, top: inner.maxY - line.height, color: .black)
        }

        // Websites under the title.
        var webTop = max(titleBottom + small * 0.8, upper.maxY - Double(masthead.websites.count) * small * 1.5 - 2)
        for site in masthead.websites {
            let line = try setter.headline(site, role: "hei", size: small, width: box.minX - area.minX - 12, alignment: .left, block: name)
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

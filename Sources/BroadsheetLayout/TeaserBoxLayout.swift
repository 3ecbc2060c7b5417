import BroadsheetComposer
import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetText

/// Lays out a boxed 导读: a red title bar, then each teaser's kicker, headline and page reference.
struct TeaserBoxLayout {
    let grid: PageGrid

    func layout(_ box: TeaserBox, block: Block, setter: inout TextSetter, items: inout [FrameItem]) throws -> LayoutReport.BlockReport {
        let rect = grid.rect(for: block.area)
        let size = grid.bodySize
        let padding = size * 0.8
        items.append(.box(Box(rect: rect, stroke: .newsRed, strokeWidth: 0.8)))

        let barHeight = grid.linePitch * 2 - (grid.linePitch - size)
        items.append(.box(Box(rect: Rect(x: rect.minX, y: rect.minY, width: rect.width, height: barHeight), fill: .newsRed)))
        let title = try setter.headline(box.title, role: "hei-bold", size: size * 1.4, width: rect.width, block: block.name)
        items += title.runs(left: rect.minX, top: rect.minY + (barHeight - title.height) / 2, color: .white)

        let inner = Rect(x: rect.minX + padding, y: rect.minY + barHeight + padding,
                         width: rect.width - 2 * padding, height: rect.height - barHeight - 2 * padding)
        var top = inner.minY
        var overset = 0
        for (index, teaser) in box.teasers.enumerated() {
            // A teaser that does not fit whole above the box's foot is left out and counted.
            var teaserItems: [FrameItem] = []
            let teaserTop = top
            if index > 0 {
                top += size * 0.6
                teaserItems.append(.rule(Rule(from: Point(x: inner.minX, y: top), to: Point(x: inner.maxX, y: top), width: 0.3)))
                top += size * 0.8
            }
            if let kicker = teaser.kicker {
                let lines = try setter.headline(kicker, role: "song", size: size, width: inner.width, alignment: .left, block: block.name)
                teaserItems += lines.runs(left: inner.minX, top: top, color: .black)
                top += lines.height + size * 0.5
            }
            let headline = try setter.headline(teaser.headline, role: "hei-bold", size: size * 1.3, width: inner.width,
                                               pitchFactor: 1.3, alignment: .left, block: block.name)
            teaserItems += headline.runs(left: inner.minX, top: top, color: .black)
            // The page reference stands flush right on the headline's last line when it has room, else below it.
            let page = try setter.headline(teaser.page, role: "hei-bold", size: size * 1.1, width: inner.width,
                                           alignment: .right, block: block.name)
            let lastLineEnd = headline.lines.last?.lines.last?.end ?? inner.width
            let pageWidth = page.lines.first.map { $0.lines[0].end - $0.lines[0].start } ?? 0
            if lastLineEnd + pageWidth + size <= inner.width {
                let lastTop = top + headline.height - headline.size
                teaserItems += page.runs(left: inner.minX, top: lastTop + (headline.size - page.size) * IdeographicEmBox.ascent, color: .newsRed)
                top += headline.height
            } else {
                top += headline.height + size * 0.4
                teaserItems += page.runs(left: inner.minX, top: top, color: .newsRed)
                top += page.height
            }
            if top > inner.maxY + 0.5 || overset > 0 {
                overset += [teaser.kicker, teaser.headline, teaser.page].compactMap { $0?.count }.reduce(0, +)
                top = teaserTop
            } else {
                items += teaserItems
            }
        }
        var report = LayoutReport.BlockReport(name: block.name, kind: "teasers", rect: [rect.minX, rect.minY, rect.width, rect.height],
                                              linesPerColumn: [], oversetCharacters: 0)
        report.oversetHeadingCharacters = overset
        return report
    }
}

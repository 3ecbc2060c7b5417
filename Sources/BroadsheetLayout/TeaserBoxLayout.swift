import BroadsheetComposer
import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetText

/// Lays out a boxed 导读: a red title bar, then each teaser's kicker, headline and page reference.
struct TeaserBoxLayout {
    let grid: PageGrid

    private var padding: Double { grid.bodySize * 0.8 }
    private var barHeight: Double { grid.linePitch * 2 - (grid.linePitch - grid.bodySize) }

    /// One teaser set at its place: its marks, where it ends and how many characters it holds.
    private struct SetTeaser {
        var items: [FrameItem]
        var bottom: Double
        var characters: Int
    }

    /// The lines the box needs to hold its title bar and every teaser at the block's width, measured
    /// by setting them (with a copy of the setter, so nothing is reported twice).
    func linesNeeded(_ box: TeaserBox, block: Block, setter: TextSetter) throws -> Int {
        var probe = setter
        let width = grid.rect(for: block.area).width - 2 * padding
        let teasers = try set(box.teasers, left: 0, top: 0, width: width, setter: &probe, block: block.name)
        return grid.linesSpanning(height: barHeight + 2 * padding + (teasers.last?.bottom ?? 0))
    }

    func layout(_ box: TeaserBox, block: Block, setter: inout TextSetter, items: inout [FrameItem]) throws -> LayoutReport.BlockReport {
        let rect = grid.rect(for: block.area)
        let size = grid.bodySize
        items.append(.box(Box(rect: rect, stroke: .newsRed, strokeWidth: 0.8)))

        items.append(.box(Box(rect: Rect(x: rect.minX, y: rect.minY, width: rect.width, height: barHeight), fill: .newsRed)))
        let title = try setter.headline(box.title, role: "hei-bold", size: size * 1.4, width: rect.width, block: block.name)
        items += title.runs(left: rect.minX, top: rect.minY + (barHeight - title.height) / 2, color: .white)

        let inner = Rect(x: rect.minX + padding, y: rect.minY + barHeight + padding,
                         width: rect.width - 2 * padding, height: rect.height - barHeight - 2 * padding)
        let teasers = try set(box.teasers, left: inner.minX, top: inner.minY, width: inner.width, setter: &setter, block: block.name)
        // Teasers that do not fit whole above the box's foot are left out and counted, with all after them.
        let fitting = teasers.prefix { $0.bottom <= inner.maxY + 0.5 }
        items += fitting.flatMap(\.items)
        var report = LayoutReport.BlockReport(name: block.name, kind: "teasers", rect: [rect.minX, rect.minY, rect.width, rect.height],
                                              linesPerColumn: [], oversetCharacters: 0)
        report.oversetHeadingCharacters = teasers.dropFirst(fitting.count).map(\.characters).reduce(0, +)
        return report
    }

    /// Sets the teasers from `top`: side by side in two columns when each one's kicker and headline
    /// fit half the width on a line (a wide box of short teasers is not left half white), else one under
    /// the other; a thin rule between each two rows, and between the columns.
    private func set(_ teasers: [Teaser], left: Double, top start: Double, width: Double,
                     setter: inout TextSetter, block: String) throws -> [SetTeaser] {
        let size = grid.bodySize
        let gap = 2 * padding
        let half = (width - gap) / 2
        var probe = setter
        let columns = try teasers.count >= 2 && teasers.allSatisfy { try fitsOneLine($0, width: half, setter: &probe, block: block) } ? 2 : 1
        let columnWidth = columns == 1 ? width : half
        var top = start
        var result: [SetTeaser] = []
        for row in stride(from: 0, to: teasers.count, by: columns) {
            var rule: [FrameItem] = []
            if row > 0 {
                top += size * 0.6
                rule.append(.rule(Rule(from: Point(x: left, y: top), to: Point(x: left + width, y: top), width: 0.3)))
                top += size * 0.8
            }
            var set = try teasers[row..<min(teasers.count, row + columns)].enumerated().map { column, teaser in
                try self.set(teaser, left: left + Double(column) * (columnWidth + gap), top: top, width: columnWidth,
                             setter: &setter, block: block)
            }
            let bottom = set.map(\.bottom).max() ?? top
            if set.count > 1 {
                let x = left + columnWidth + gap / 2
                rule.append(.rule(Rule(from: Point(x: x, y: top), to: Point(x: x, y: bottom), width: 0.3)))
            }
            set[0].items = rule + set[0].items
            for index in set.indices { set[index].bottom = bottom }
            result += set
            top = bottom
        }
        return result
    }

    /// Whether a teaser's kicker and headline each take one line at `width`.
    private func fitsOneLine(_ teaser: Teaser, width: Double, setter: inout TextSetter, block: String) throws -> Bool {
        if let kicker = teaser.kicker, try setKicker(kicker, width: width, setter: &setter, block: block).lines.count > 1 { return false }
        return try setHeadline(teaser.headline, width: width, setter: &setter, block: block).lines.count == 1
    }

    /// A teaser's kicker, in 宋 at the body size.
    private func setKicker(_ kicker: String, width: Double, setter: inout TextSetter, block: String) throws -> HeadlineLines {
        try setter.headline(kicker, role: "song", size: grid.bodySize, width: width, alignment: .left, block: block)
    }

    /// A teaser's headline, in bold 黑 a size above the body.
    private func setHeadline(_ headline: String, width: Double, setter: inout TextSetter, block: String) throws -> HeadlineLines {
        try setter.headline(headline, role: "hei-bold", size: grid.bodySize * 1.3, width: width, pitchFactor: 1.3, alignment: .left, block: block)
    }

    /// One teaser from `top`: its kicker, its headline, and its page reference flush right on the
    /// headline's last line when it has room, else below it.
    private func set(_ teaser: Teaser, left: Double, top start: Double, width: Double,
                     setter: inout TextSetter, block: String) throws -> SetTeaser {
        let size = grid.bodySize
        var top = start
        var items: [FrameItem] = []
        if let kicker = teaser.kicker {
            let lines = try setKicker(kicker, width: width, setter: &setter, block: block)
            items += lines.runs(left: left, top: top, color: .black)
            top += lines.height + size * 0.5
        }
        let headline = try setHeadline(teaser.headline, width: width, setter: &setter, block: block)
        items += headline.runs(left: left, top: top, color: .black)
        let page = try setter.headline(teaser.page, role: "hei-bold", size: size * 1.1, width: width,
                                       alignment: .right, block: block)
        let lastLineEnd = headline.lines.last?.lines.last?.end ?? width
        if lastLineEnd + page.naturalWidth + size <= width {
            let lastTop = top + headline.height - headline.size
            items += page.runs(left: left, top: lastTop + (headline.size - page.size) * IdeographicEmBox.ascent, color: .newsRed)
            top += headline.height
        } else {
            top += headline.height + size * 0.4
            items += page.runs(left: left, top: top, color: .newsRed)
            top += page.height
        }
        let characters = [teaser.kicker, teaser.headline, teaser.page].compactMap { $0?.count }.reduce(0, +)
        return SetTeaser(items: items, bottom: top, characters: characters)
    }
}

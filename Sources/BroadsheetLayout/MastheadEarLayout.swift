import BroadsheetCalendar
import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetQR

/// The ear (报眼) at the masthead's right: a box sized to its date lines — the day large in red beside
/// weekday and month, 农历 and the issue — and, when the paper gives a web address, a captioned QR code
/// beside it at the type area's edge, its quiet zone of 4 modules kept clear.
struct MastheadEarLayout {
    let file: String
    private let name = "masthead"
    private let dateSize = 11.0
    private let captionSize = 6.5
    private let padding = 6.0

    /// Lays the ear out at the right of `area` and returns its left edge (the right edge when it is empty).
    func layout(_ masthead: Masthead, in area: Rect, setter: inout TextSetter, items: inout [FrameItem]) throws -> Double {
        var right = area.maxX
        if let qr = try MastheadQRCode(masthead, file: file) {
            right = try layout(qr, right: right, in: area, setter: &setter, items: &items) - padding
        }
        return try layoutDateline(masthead, right: right, in: area, setter: &setter, items: &items)
    }

    /// The symbol with its right edge on `right`, centred down `area` with its caption below the quiet
    /// zone; returns the quiet zone's left edge.
    private func layout(_ qr: MastheadQRCode, right: Double, in area: Rect, setter: inout TextSetter,
                        items: inout [FrameItem]) throws -> Double {
        // Modules in tenths of a point, rounded up so that the symbol is never narrower than the minimum.
        let module = (MastheadQRCode.minimumWidth / Double(qr.code.size) * 10).rounded(.up) / 10
        let width = module * Double(qr.code.size)
        let quietZone = module * Double(QRCode.quietZone)
        let caption = try setter.headline(qr.caption, role: "hei", size: captionSize, width: width + 2 * quietZone, block: name)
        let height = width + quietZone + caption.height
        let origin = Point(x: right - width, y: area.minY + (area.height - height) / 2)
        items.append(.tiles(qr.tiles(origin: origin, module: module)))
        items += caption.runs(left: origin.x - quietZone, top: origin.y + width + quietZone, color: .black)
        return origin.x - quietZone
    }

    /// The dateline box with its right edge on `right`, centred down `area`; returns its left edge.
    private func layoutDateline(_ masthead: Masthead, right: Double, in area: Rect, setter: inout TextSetter,
                                items: inout [FrameItem]) throws -> Double {
        var texts: [(text: String, role: String)] = []
        if let date = masthead.date { texts.append(("\(masthead.weekday ?? date.weekday.chinese) \(date.chineseYearMonth)", "hei")) }
        if let lunar = masthead.lunarDate { texts.append((lunar, "hei")) }
        let issue = [masthead.issue, masthead.pagesToday].compactMap { $0 }.joined(separator: "　")
        if !issue.isEmpty { texts.append((issue, "hei-bold")) }
        guard !texts.isEmpty else { return right }

        let pitch = dateSize * 1.5
        let textHeight = Double(texts.count - 1) * pitch + dateSize
        let lines = try texts.map { try setter.headline($0.text, role: $0.role, size: dateSize, width: area.width, alignment: .left, block: name) }
        let textWidth = lines.map(\.naturalWidth).max() ?? 0
        // The day in red as tall as the lines beside it.
        let day = try masthead.date.map {
            try setter.headline(String($0.day), role: "hei-bold", size: textHeight, width: area.width, alignment: .left, block: name)
        }
        let dayWidth = day.map { $0.naturalWidth + dateSize * 0.8 } ?? 0
        let box = Rect(x: right - (2 * padding + dayWidth + textWidth), y: area.minY + (area.height - textHeight - 2 * padding) / 2,
                       width: 2 * padding + dayWidth + textWidth, height: textHeight + 2 * padding)
        items.append(.box(Box(rect: box, stroke: .newsRed, strokeWidth: 0.8)))
        if let day { items += day.runs(left: box.minX + padding, top: box.minY + padding, color: .newsRed) }
        for (index, line) in lines.enumerated() {
            items += line.runs(left: box.minX + padding + dayWidth, top: box.minY + padding + Double(index) * pitch, color: .black)
        }
        return box.minX
    }
}

import BroadsheetComposer
import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetImage
import BroadsheetText

/// Lays out a photo cropped to fill its block above its caption: a bold title, the caption in 楷
/// on the body lines, and the credit (`×× 摄`) flush right.
struct PhotoLayout {
    let grid: PageGrid
    let house: HouseStyle

    func layout(_ photo: Photo, block: Block, setter: inout TextSetter, items: inout [FrameItem]) throws -> LayoutReport.BlockReport {
        let rect = grid.rect(for: block.area)
        let size = grid.bodySize
        let captionLines = try Self.caption(photo, width: rect.width, house: house, size: size, setter: &setter, block: block.name)
        let captionRows = min(captionLines.count, max(0, block.area.lines - 2))
        let characters = { (rows: ArraySlice<[SetParagraph]>) in rows.joined().reduce(0) { $0 + $1.lines[0].characterCount } }
        let imageLines = block.area.lines - captionRows
        let imageBottom = grid.lineY(block.area.line + imageLines) - grid.linePitch + size - (captionRows > 0 ? size * 0.4 : 0)
        let frame = Rect(x: rect.minX, y: rect.minY, width: rect.width, height: imageBottom - rect.minY)
        items.append(.image(PlacedImage(image: photo.image, frame: frame, imageRect: coverRect(photo.image.header, frame))))
        for (row, sets) in captionLines.prefix(captionRows).enumerated() {
            let frameTop = grid.lineY(block.area.line + imageLines + row)
            for set in sets {
                items += TextSetter.runs(set.lines[0], of: set.shaped, left: rect.minX,
                                         baseline: IdeographicEmBox.baseline(frameTop: frameTop, size: size), color: .black)
                    .map(FrameItem.glyphs).tagged(TextTag(block: block.name, part: .caption))
            }
        }
        let overset = characters(captionLines.dropFirst(captionRows))
        return LayoutReport.BlockReport(name: block.name, kind: "photo", rect: [rect.minX, rect.minY, rect.width, rect.height],
                                        linesPerColumn: [captionRows], oversetCharacters: overset,
                                        placedCharacters: characters(captionLines.prefix(captionRows)))
    }

    /// The caption's rows, each holding one line, or a line and the credit: the bold title, the caption
    /// indented as its language indents a paragraph, the credit flush right — on the caption's last row,
    /// else on the title's, when it fits there after a 1-em space, as newspapers set it, and on a row of
    /// its own only when it fits neither. Make-up measures a photo's caption with this too.
    static func caption(_ photo: Photo, width: Double, house: HouseStyle, size: Double, setter: inout TextSetter,
                        block: String) throws -> [[SetParagraph]] {
        var rows: [[SetParagraph]] = []
        var titleEnd: ComposedLine?
        if let title = photo.title {
            let set = try setter.set(title, setter.style(house.captionTitleRole, size), width: width,
                                     options: setter.composition.options(.left), block: block)
            rows += set.lines.map { [SetParagraph(shaped: set.shaped, lines: [$0])] }
            titleEnd = set.lines.count == 1 ? set.lines.last : nil
        }
        var captionEnd: ComposedLine?
        if let caption = photo.caption {
            let set = try setter.set(caption, setter.style(house.captionRole, size), width: width,
                                     options: setter.composition.body(size: size), block: block)
            rows += set.lines.map { [SetParagraph(shaped: set.shaped, lines: [$0])] }
            captionEnd = set.lines.last
        }
        if let credit = photo.credit {
            let set = try setter.set(credit, setter.style(house.captionRole, house.creditSize), width: width,
                                     options: setter.composition.options(.right), block: block)
            let lines = set.lines.map { SetParagraph(shaped: set.shaped, lines: [$0]) }
            let fits = { (line: ComposedLine?) in lines.count == 1 && line.map { $0.end + size <= set.lines[0].start } == true }
            if fits(captionEnd) {
                rows[rows.count - 1].append(lines[0])
            } else if fits(titleEnd) {
                rows[0].append(lines[0])
            } else {
                rows += lines.map { [$0] }
            }
        }
        return rows
    }

    /// The image scaled to cover `frame` and centred on it; the frame crops what lies outside.
    private func coverRect(_ image: ImageHeader, _ frame: Rect) -> Rect {
        let scale = max(frame.width / Double(image.width), frame.height / Double(image.height))
        let width = Double(image.width) * scale
        let height = Double(image.height) * scale
        return Rect(x: frame.midX - width / 2, y: frame.midY - height / 2, width: width, height: height)
    }
}

import BroadsheetCalendar
import BroadsheetComposer
import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetText
import Foundation

/// Puts a laid-out page on its press sheet: the grid's bleed around the trim and, when asked, the
/// printer's marks outside the bleed — crop marks at the corners, registration marks at the middle
/// of each side, and a slug line below the trim naming the page, its number, its date and the
/// plates (each ink's name printed in that ink, so every separated plate says which it is).
/// Marks are drawn in registration colour (every ink), as is usual, except the plate names.
public struct PrinterMarksLayout {
    let shaper: TextShaper

    static let markArea = Length.mm(8).points
    static let cropLength = Length.mm(5).points
    static let registrationRadius = Length.mm(2.5).points
    static let markWidth = 0.25
    static let slugSize = 6.0

    public init(shaper: TextShaper) {
        self.shaper = shaper
    }

    public func sheet(_ frame: PageFrame, for page: PageSpec, marks: Bool) throws -> PressSheet {
        let bleed = page.grid.bleed.points
        guard marks else { return PressSheet(page: frame, bleed: bleed, margin: bleed) }
        var items = cropMarks(frame, bleed: bleed) + registrationMarks(frame, bleed: bleed)
        items += try slug(frame, page: page, bleed: bleed)
        return PressSheet(page: frame, bleed: bleed, margin: bleed + Self.markArea, marks: items)
    }

    /// Two hairlines at each corner on the trim's lines, starting past the bleed.
    private func cropMarks(_ frame: PageFrame, bleed: Double) -> [FrameItem] {
        var rules: [Rule] = []
        for x in [0, frame.width] {
            for y in [0, frame.height] {
                let outX = x == 0 ? -1.0 : 1.0
                let outY = y == 0 ? -1.0 : 1.0
                rules.append(Rule(from: Point(x: x + outX * bleed, y: y), to: Point(x: x + outX * (bleed + Self.cropLength), y: y),
                                  width: Self.markWidth, color: .registration))
                rules.append(Rule(from: Point(x: x, y: y + outY * bleed), to: Point(x: x, y: y + outY * (bleed + Self.cropLength)),
                                  width: Self.markWidth, color: .registration))
            }
        }
        return rules.map(FrameItem.rule)
    }

    /// A circle with a cross through it at the middle of each side.
    private func registrationMarks(_ frame: PageFrame, bleed: Double) -> [FrameItem] {
        let distance = bleed + Self.markArea / 2
        let centres = [Point(x: frame.width / 2, y: -distance), Point(x: frame.width / 2, y: frame.height + distance),
                       Point(x: -distance, y: frame.height / 2), Point(x: frame.width + distance, y: frame.height / 2)]
        let r = Self.registrationRadius
        return centres.flatMap { c -> [FrameItem] in
            [.box(Box(rect: Rect(x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r), stroke: .registration,
                      strokeWidth: Self.markWidth, cornerRadius: r)),
             .box(Box(rect: Rect(x: c.x - r / 3, y: c.y - r / 3, width: 2 * r / 3, height: 2 * r / 3), fill: .registration,
                      cornerRadius: r / 3)),
             .rule(Rule(from: Point(x: c.x - 1.4 * r, y: c.y), to: Point(x: c.x + 1.4 * r, y: c.y), width: Self.markWidth, color: .registration)),
             .rule(Rule(from: Point(x: c.x, y: c.y - 1.4 * r), to: Point(x: c.x, y: c.y + 1.4 * r), width: Self.markWidth, color: .registration))]
        }
    }

    /// The slug line under the trim, left of the bottom registration mark; the plate names right of it.
    private func slug(_ frame: PageFrame, page: PageSpec, bleed: Double) throws -> [FrameItem] {
        var setter = TextSetter(shaper: shaper, composition: Composition(page: page))
        let baseline = frame.height + bleed + Self.markArea / 2 + Self.slugSize * 0.35
        let number = page.folio?.number ?? 1
        let text = [page.title, "第\(number)版", page.date?.description, URL(fileURLWithPath: page.file).lastPathComponent]
            .compactMap { $0 }.joined(separator: "　")
        var items = try line(text, left: 0, baseline: baseline, color: .registration, setter: &setter)
        var x = frame.width / 2 + 2 * Self.registrationRadius + Self.slugSize
        let plates: [(String, Color)] = [("C", Color(cyan: 1)), ("M", Color(magenta: 1)), ("Y", Color(yellow: 1)), ("K", .black)]
        for (name, ink) in plates {
            let side = Self.slugSize
            items.append(.box(Box(rect: Rect(x: x, y: baseline - side * 0.85, width: side, height: side), fill: ink)))
            items += try line(name, left: x + side * 1.3, baseline: baseline, color: ink, setter: &setter)
            x += side * 3
        }
        return items
    }

    private func line(_ text: String, left: Double, baseline: Double, color: Color, setter: inout TextSetter) throws -> [FrameItem] {
        let set = try setter.set(text, setter.style("hei", Self.slugSize), width: .infinity,
                                 options: setter.composition.options(.left), block: "slug")
        return set.lines.flatMap { TextSetter.runs($0, of: set.shaped, left: left, baseline: baseline, color: color) }.map(FrameItem.glyphs)
    }
}

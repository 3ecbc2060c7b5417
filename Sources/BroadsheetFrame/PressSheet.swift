import BroadsheetGeometry

/// A page as the printer gets it (PDF/X page boxes, ISO 15930-4 §6.1.6): the trimmed page, the bleed
/// around it and, when asked, room for printer's marks. `page` keeps its trim coordinates; `marks`
/// lie outside the trim, in the same coordinates.
public struct PressSheet: Equatable, Sendable {
    public var page: PageFrame
    /// How far the bleed reaches past the trim, in points.
    public var bleed: Double
    /// From the trim to the sheet's edge (the MediaBox), in points: the bleed, or more for marks.
    public var margin: Double
    public var marks: [FrameItem]

    public init(page: PageFrame, bleed: Double, margin: Double, marks: [FrameItem] = []) {
        self.page = page
        self.bleed = bleed
        self.margin = max(margin, bleed)
        self.marks = marks
    }

    public var width: Double { page.width + 2 * margin }
    public var height: Double { page.height + 2 * margin }

    /// The trim and the bleed in the sheet's coordinates (origin at the sheet's top-left corner).
    public var trimBox: Rect { Rect(x: margin, y: margin, width: page.width, height: page.height) }
    public var bleedBox: Rect { trimBox.insetBy(-bleed) }

    /// Every colour drawn on the sheet, page first.
    public var colors: [Color] { (page.items + marks).flatMap(\.colors) }
}

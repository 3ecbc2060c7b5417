import BroadsheetCalendar
import BroadsheetGeometry
import BroadsheetImage
import BroadsheetText

/// A finished page: every mark at a fixed position, in points from the trim's top-left corner.
/// It is the only thing a renderer sees; the order of `items` is the reading order of the text.
public struct PageFrame: Equatable, Sendable {
    public var width: Double
    public var height: Double
    public var items: [FrameItem]
    public var metadata: Metadata

    public init(width: Double, height: Double, items: [FrameItem] = [], metadata: Metadata) {
        self.width = width
        self.height = height
        self.items = items
        self.metadata = metadata
    }

    /// Document information written into the PDF.
    public struct Metadata: Equatable, Sendable {
        public var title: String
        /// Dates the PDF instead of the wall clock, so output is reproducible.
        public var date: CalendarDate?
        public init(title: String, date: CalendarDate?) {
            self.title = title
            self.date = date
        }

        /// The date the PDF carries: the page's, else a fixed one, so that no output depends on the clock.
        public var documentDate: CalendarDate { date ?? CalendarDate(year: 2000, month: 1, day: 1)! }
    }

    /// Every face the page's text uses.
    public var faces: [FontFace] {
        var seen: [FontFace] = []
        for case let .glyphs(run) in items where !seen.contains(run.face) { seen.append(run.face) }
        return seen
    }
}

/// One mark on a page.
public enum FrameItem: Equatable, Sendable {
    case glyphs(GlyphRun)
    case rule(Rule)
    case box(Box)
    case tiles(Tiles)
    case image(PlacedImage)
}

/// Glyphs of one face and size on one baseline, with the text they stand for so that the PDF text
/// can be searched and copied.
public struct GlyphRun: Equatable, Sendable {
    /// A glyph with the position of its origin on the page.
    public typealias Glyph = PositionedGlyph
    public typealias Cluster = ClusterMapping

    /// How each glyph is turned about its origin: Latin in vertical text is set turned a quarter
    /// clockwise (clreq §3.2.3).
    public enum Rotation: Int, Equatable, Sendable {
        case none = 0
        case clockwise90 = 90
    }

    public var face: FontFace
    public var size: Double
    public var color: Color
    public var glyphs: [Glyph]
    public var text: String
    public var clusters: [Cluster]
    public var rotation: Rotation
    /// The block and part the text belongs to; nil for the page's furniture (masthead, running head, teasers).
    public var tag: TextTag? = nil
    /// The run ends with a hyphen the composer added: a word broken at the line's end, which goes on
    /// at the start of the next line.
    public var hyphenated = false

    public init(face: FontFace, size: Double, color: Color, glyphs: [Glyph], text: String, clusters: [Cluster],
                rotation: Rotation = .none) {
        self.face = face
        self.size = size
        self.color = color
        self.glyphs = glyphs
        self.text = text
        self.clusters = clusters
        self.rotation = rotation
    }
}

/// A straight line.
public struct Rule: Equatable, Sendable {
    public var from: Point
    public var to: Point
    public var width: Double
    public var color: Color
    public init(from: Point, to: Point, width: Double, color: Color = .black) {
        self.from = from
        self.to = to
        self.width = width
        self.color = color
    }
}

/// A rectangle, filled and/or stroked; with a corner radius of half its side, a circle.
public struct Box: Equatable, Sendable {
    public var rect: Rect
    public var fill: Color?
    public var stroke: Color?
    public var strokeWidth: Double
    public var cornerRadius: Double
    public init(rect: Rect, fill: Color? = nil, stroke: Color? = nil, strokeWidth: Double = 0.5, cornerRadius: Double = 0) {
        self.rect = rect
        self.fill = fill
        self.stroke = stroke
        self.strokeWidth = strokeWidth
        self.cornerRadius = cornerRadius
    }
}

/// Rectangles filled in one colour as one shape, so that neighbours meet without a seam: a QR code's
/// dark modules.
public struct Tiles: Equatable, Sendable {
    public var rects: [Rect]
    public var fill: Color
    public init(rects: [Rect], fill: Color) {
        self.rects = rects
        self.fill = fill
    }
}

/// An image scaled to `imageRect` and clipped to `frame` (a photo cropped to its place on the grid).
public struct PlacedImage: Equatable, Sendable {
    public var image: SourceImage
    public var frame: Rect
    public var imageRect: Rect
    public init(image: SourceImage, frame: Rect, imageRect: Rect) {
        self.image = image
        self.frame = frame
        self.imageRect = imageRect
    }
}

import BroadsheetCalendar
import BroadsheetGeometry
import BroadsheetImage
import BroadsheetText
/// A newspaper page as a designer writes it: its grid, masthead and blocks placed on the grid.
public struct PageSpec: Equatable, Sendable {
    /// The page file, for diagnostics and resolving relative paths.
    public var file: String
    public var grid: GridSpec
    public var language: LanguageTag
    /// Title for the document metadata, e.g. `浙江法制报 2021-12-16 第1版`.
    public var title: String
    /// Publication date; it also dates the PDF, so output is reproducible.
    public var date: CalendarDate?
    public var masthead: Masthead?
    public var blocks: [Block]
    /// The page's composition choices (punctuation style, kinsoku level, hanging).
    public var composition: CompositionSettings
    /// Stories and photos the page places by itself, in priority order (automatic make-up).
    public var autoItems: [AutoItem]
    /// The running head of an inside page, set when the page is part of an edition.
    public var folio: Folio?
    /// House colours: the page's `colors:` over its grid's.
    public var colors = HouseColors()

    public init(file: String, grid: GridSpec, language: LanguageTag, title: String, date: CalendarDate?,
                masthead: Masthead?, blocks: [Block], composition: CompositionSettings = CompositionSettings(),
                autoItems: [AutoItem] = [], folio: Folio? = nil) {
        self.file = file
        self.grid = grid
        self.language = language
        self.title = title
        self.date = date
        self.masthead = masthead
        self.blocks = blocks
        self.composition = composition
        self.autoItems = autoItems
        self.folio = folio
    }
}

/// Something placed on the page grid.
public struct Block: Equatable, Sendable {
    /// A name for reports: the story file's name, `photo`, `导读`.
    public var name: String
    public var area: GridArea
    public var content: Content
    /// The line of the page file that defines the block.
    public var sourceLine: Int?

    public init(name: String, area: GridArea, content: Content, sourceLine: Int?) {
        self.name = name
        self.area = area
        self.content = content
        self.sourceLine = sourceLine
    }

    public enum Content: Equatable, Sendable {
        case story(Story, StoryStyle)
        case photo(Photo)
        case teasers(TeaserBox)
    }
}

/// Per-block choices for setting a story.
public struct StoryStyle: Equatable, Sendable {
    /// Headline size; nil lets the layout choose by the block's width.
    public var headlineSize: Length?
    /// Number of body columns (破栏) when it differs from the block's grid columns.
    public var bodyColumns: Int?
    /// Set the headline stack top to bottom at the block's right edge (竖排标题), the body beside it.
    public var verticalHeadline: Bool
    /// The page the story's rest continues on when it does not fit (转版), set by automatic make-up.
    public var continuesOn: Int?
    /// Extra lines the headline area takes beyond its own, so that the story fills its block exactly.
    public var headlinePadding: Int

    public init(headlineSize: Length? = nil, bodyColumns: Int? = nil, verticalHeadline: Bool = false,
                continuesOn: Int? = nil, headlinePadding: Int = 0) {
        self.headlineSize = headlineSize
        self.bodyColumns = bodyColumns
        self.verticalHeadline = verticalHeadline
        self.continuesOn = continuesOn
        self.headlinePadding = headlinePadding
    }
}

/// A photo with its caption (图片说明): a title, the caption text and the credit (`×× 摄`).
public struct Photo: Equatable, Sendable {
    /// Absolute or page-relative path to a JPEG or PNG file, resolved by the loader.
    public var imagePath: String
    public var image: ImageHeader
    public var title: String?
    public var caption: String?
    public var credit: String?

    public init(imagePath: String, image: ImageHeader, title: String?, caption: String?, credit: String?) {
        self.imagePath = imagePath
        self.image = image
        self.title = title
        self.caption = caption
        self.credit = credit
    }
}

/// A boxed 导读 (guide) listing stories inside the edition with their page numbers.
public struct TeaserBox: Equatable, Sendable {
    public var title: String
    public var teasers: [Teaser]

    public init(title: String, teasers: [Teaser]) {
        self.title = title
        self.teasers = teasers
    }
}

/// One entry of a 导读 box.
public struct Teaser: Equatable, Sendable {
    public var kicker: String?
    /// A line break in it forces a new line.
    public var headline: String
    /// Page reference, e.g. `2版`.
    public var page: String

    public init(kicker: String?, headline: String, page: String) {
        self.kicker = kicker
        self.headline = headline
        self.page = page
    }
}

/// The nameplate (报头) and its imprint (出版信息) at the top of a front page.
public struct Masthead: Equatable, Sendable {
    public var title: String
    /// How many grid lines the masthead occupies at the top of the type area.
    public var lines: Int
    public var date: CalendarDate?
    public var weekday: String?
    public var lunarDate: String?
    public var issue: String?
    public var pagesToday: String?
    public var serialNumber: String?
    public var postalCode: String?
    public var hotline: String?
    public var websites: [String]
    /// Address of the digital edition (数字报), printed in the imprint strip.
    public var digitalEdition: String?
    public var email: String?
    public var wechat: String?

    public init(title: String, lines: Int, date: CalendarDate? = nil, weekday: String? = nil, lunarDate: String? = nil,
                issue: String? = nil, pagesToday: String? = nil, serialNumber: String? = nil,
                postalCode: String? = nil, hotline: String? = nil, websites: [String] = [], digitalEdition: String? = nil,
                email: String? = nil,
                wechat: String? = nil) {
        self.title = title
        self.lines = lines
        self.date = date
        self.weekday = weekday
        self.lunarDate = lunarDate
        self.issue = issue
        self.pagesToday = pagesToday
        self.serialNumber = serialNumber
        self.postalCode = postalCode
        self.hotline = hotline
        self.websites = websites
        self.digitalEdition = digitalEdition
        self.email = email
        self.wechat = wechat
    }
}

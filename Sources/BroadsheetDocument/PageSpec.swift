import BroadsheetCalendar
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

import BroadsheetCalendar

/// An edition: the pages of one day's paper in order, each with its number and section (版名).
public struct EditionSpec: Equatable, Sendable {
    public struct Page: Equatable, Sendable {
        public var page: PageSpec
        public var number: Int
        public var section: String?
        /// Stories that do not fit earlier pages continue here (转版).
        public var takesJumps: Bool

        public init(page: PageSpec, number: Int, section: String?, takesJumps: Bool) {
            self.page = page
            self.number = number
            self.section = section
            self.takesJumps = takesJumps
        }
    }

    public var file: String
    /// The paper's name in running heads (报眉).
    public var paper: String
    public var date: CalendarDate?
    public var pages: [Page]

    public init(file: String, paper: String, date: CalendarDate?, pages: [Page]) {
        self.file = file
        self.paper = paper
        self.date = date
        self.pages = pages
    }

    /// Where a story of page `index` that does not fit continues: the first later page that takes
    /// jumps, else the next page.
    public func jumpPage(after index: Int) -> Int? {
        let later = pages[(index + 1)...]
        return (later.first(where: \.takesJumps) ?? later.first)?.number
    }
}

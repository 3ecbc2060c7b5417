import BroadsheetCalendar

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
    /// The line of the page file where the masthead starts.
    public var sourceLine: Int?

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

import BroadsheetCalendar

/// The running head (报眉) of an inside page and its place in the edition.
public struct Folio: Equatable, Sendable {
    /// The paper's name, e.g. 浙江法制报.
    public var paper: String
    /// Page number (版次).
    public var number: Int
    /// Section name (版名), e.g. 综合.
    public var section: String?
    public var date: CalendarDate?

    public init(paper: String, number: Int, section: String?, date: CalendarDate?) {
        self.paper = paper
        self.number = number
        self.section = section
        self.date = date
    }
}

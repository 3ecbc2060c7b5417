/// A day of the Gregorian calendar, as pages, editions and mastheads are dated: `2021-12-16`.
public struct CalendarDate: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The date, or nil when there is no such day (month 13, 29 February of a common year).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.days(inMonth: month, of: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD` (ISO 8601's calendar date), failing with the reason when the text is not
    /// written so or names no real day.
    public init(parsing text: String) throws(CalendarError) {
        let characters = Array(text)
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard characters.count == 10, characters[4] == "-", characters[7] == "-",
              digits.allSatisfy({ characters[$0].isASCII && characters[$0].isNumber }) else {
            throw CalendarError("write it as YYYY-MM-DD, e.g. 2021-12-16")
        }
        func number(_ range: Range<Int>) -> Int { Int(String(characters[range]))! }
        let (year, month, day) = (number(0..<4), number(5..<7), number(8..<10))
        guard year >= 1 else { throw CalendarError("there is no year 0") }
        guard (1...12).contains(month) else { throw CalendarError("there is no month \(month)") }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            throw CalendarError("month \(month) of \(year) has \(Self.days(inMonth: month, of: year)) days")
        }
        self = date
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(Self.digits(year, 4))-\(Self.digits(month, 2))-\(Self.digits(day, 2))"
    }

    /// `value` in at least `count` digits, with leading zeros.
    static func digits(_ value: Int, _ count: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, count - text.count)) + text
    }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Gregorian leap years: every fourth year, except centuries not divisible by 400.
    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }
}

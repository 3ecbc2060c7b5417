import BroadsheetCalendar
import Testing

@Suite("CalendarDate: real days only, and their printed forms")
struct CalendarDateTests {
    @Test(arguments: [
        ("2021-13-45", "there is no month 13"),
        ("2021-00-10", "there is no month 0"),
        ("2021-02-29", "month 2 of 2021 has 28 days"),
        ("1900-02-29", "month 2 of 1900 has 28 days"),   // a century, not divisible by 400
        ("2021-04-31", "month 4 of 2021 has 30 days"),
        ("2021-12-00", "month 12 of 2021 has 31 days"),
        ("0000-01-01", "there is no year 0"),
        ("Dec 16", "write it as YYYY-MM-DD, e.g. 2021-12-16"),
        ("2021-12-6", "write it as YYYY-MM-DD, e.g. 2021-12-16"),
        ("2021/12/16", "write it as YYYY-MM-DD, e.g. 2021-12-16"),
        ("２０２１-12-16", "write it as YYYY-MM-DD, e.g. 2021-12-16"),
    ])
    func impossibleDatesAreRefusedWithTheReason(text: String, reason: String) {
        let error = #expect(throws: CalendarError.self) { try CalendarDate(parsing: text) }
        #expect(error?.reason == reason)
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "2021-12-16", "2021-12-31", "0001-01-01", "9999-12-31"])
    func realDaysAreRead(text: String) throws {
        #expect(try CalendarDate(parsing: text).description == text)
    }

    @Test func leapDayOf2024() throws {
        let date = try CalendarDate(parsing: "2024-02-29")
        #expect(date == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(date.weekday == .thursday)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
    }

    @Test func weekdays() throws {
        #expect(try CalendarDate(parsing: "2021-12-16").weekday == .thursday)
        #expect(try CalendarDate(parsing: "2000-01-01").weekday == .saturday)
        #expect(try CalendarDate(parsing: "2021-01-03").weekday == .sunday)
        #expect(try CalendarDate(parsing: "1949-10-01").weekday == .saturday)
        #expect(CalendarDate.Weekday.thursday.chinese == "星期四")
        #expect(CalendarDate.Weekday.sunday.chinese == "星期日")
    }

    @Test func printedForms() throws {
        let date = try CalendarDate(parsing: "2021-02-05")
        #expect(date.chinese == "2021年2月5日")
        #expect(date.chineseYearMonth == "2021年2月")
        #expect(date.pdfDate == "D:20210205000000+00'00'")
        #expect(date.isoDateTime == "2021-02-05T00:00:00")
    }
}

extension CalendarDate {
    public enum Weekday: Int, Sendable {
        case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday
    }

    /// The day of the week, by Sakamoto's method on the proleptic Gregorian calendar.
    public var weekday: Weekday {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        let sundayBased = (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
        return Weekday(rawValue: sundayBased == 0 ? 7 : sundayBased)!
    }
}

import BroadsheetCalendar

extension YAMLMapping {
    /// A date written `YYYY-MM-DD`, checked against the calendar.
    func date(_ key: String) throws -> CalendarDate? {
        guard let value = self[key] else { return nil }
        let text = try value.string(what: "'\(key)'")
        do {
            return try CalendarDate(parsing: text)
        } catch {
            throw value.error("'\(key)' '\(text)' is not a date (\(error))")
        }
    }
}

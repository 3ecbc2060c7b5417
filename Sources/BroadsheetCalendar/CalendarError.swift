/// Why a text is not a calendar date; the loader that read it adds the file and line.
public struct CalendarError: Error, Equatable, CustomStringConvertible, Sendable {
    public var reason: String

    init(_ reason: String) { self.reason = reason }

    public var description: String { reason }
}

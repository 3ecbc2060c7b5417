extension CalendarDate {
    /// Midnight UTC of the day as a PDF date string (ISO 32000-1 §7.9.4): `D:20211216000000+00'00'`.
    public var pdfDate: String {
        "D:\(Self.digits(year, 4))\(Self.digits(month, 2))\(Self.digits(day, 2))000000+00'00'"
    }

    /// Midnight of the day in ISO 8601, as cairo's PDF metadata takes it: `2021-12-16T00:00:00`.
    public var isoDateTime: String { "\(description)T00:00:00" }
}

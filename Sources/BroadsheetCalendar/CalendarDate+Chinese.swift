extension CalendarDate {
    /// The date as Chinese print gives it, in figures without leading zeros: `2021年12月16日`.
    public var chinese: String { "\(chineseYearMonth)\(day)日" }

    /// The year and month alone, as a masthead's dateline sets them beside a large day: `2021年12月`.
    public var chineseYearMonth: String { "\(year)年\(month)月" }
}

extension CalendarDate.Weekday {
    /// `星期一` to `星期日`.
    public var chinese: String {
        "星期" + ["一", "二", "三", "四", "五", "六", "日"][rawValue - 1]
    }
}

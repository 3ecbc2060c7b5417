/// Chinese type sizes (号) in DTP points, as GB/T 40070—2021 and ctex's `word` size system give them
/// (see shared docs, cjk-newspaper-print §2.4). Newspaper body text is 小五 = 9 pt.
public enum TypeSizeName {
    static let table: [String: Double] = [
        "初号": 42, "小初": 36, "一号": 26, "小一": 24, "二号": 22, "小二": 18,
        "三号": 16, "小三": 15, "四号": 14, "小四": 12, "五号": 10.5, "小五": 9,
        "六号": 7.5, "小六": 6.5, "七号": 5.5, "八号": 5,
    ]

    /// The size in points for a name such as `小五`, `五号` or `五`; nil when it is not a size name.
    public static func points(for name: String) -> Double? {
        if let value = table[name] { return value }
        if let value = table[name + "号"] { return value }
        return nil
    }
}

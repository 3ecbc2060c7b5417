/// The writing system a page or story is set in; it selects faces and composition defaults.
public enum LanguageTag: String, CaseIterable, Sendable {
    case simplifiedChinese = "zh-Hans"
    case traditionalChinese = "zh-Hant"
    case japanese = "ja"
    case korean = "ko"

    /// The BCP 47 tag Pango and fontconfig understand for glyph-form selection.
    public var pangoLanguage: String {
        switch self {
        case .simplifiedChinese: "zh-cn"
        case .traditionalChinese: "zh-tw"
        case .japanese: "ja"
        case .korean: "ko"
        }
    }
}

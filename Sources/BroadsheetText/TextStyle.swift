/// What text is set in: a font role from `Fonts/roles.yaml` (宋 `song`, 黑 `hei`, 楷 `kai`, 标宋
/// `biaosong`, …), a size and the language that selects the role's regional face.
public struct TextStyle: Hashable, Sendable {
    public var role: String
    public var size: Double
    public var language: LanguageTag

    public init(role: String, size: Double, language: LanguageTag) {
        self.role = role
        self.size = size
        self.language = language
    }
}

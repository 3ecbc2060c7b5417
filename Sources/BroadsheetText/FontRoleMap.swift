/// The role map in `Fonts/roles.yaml`: each role (宋 `song`, 黑 `hei`, 楷 `kai`, 标宋 `biaosong`, …)
/// names a fontconfig family per language and a weight, so pages name roles, never files.
public struct FontRoleMap: Equatable, Sendable {
    public struct Role: Equatable, Sendable {
        public var families: [LanguageTag: String]
        /// CSS-style weight: 400 regular, 700 bold, 900 black.
        public var weight: Int

        public init(families: [LanguageTag: String], weight: Int) {
            self.families = families
            self.weight = weight
        }

        public func family(for language: LanguageTag) -> String? {
            families[language] ?? families[.simplifiedChinese]
        }
    }

    public var roles: [String: Role]
    /// The fontconfig file (beside the role map) that lists the font folders Broadsheet may use.
    public var fontconfigFile: String

    public init(roles: [String: Role], fontconfigFile: String) {
        self.roles = roles
        self.fontconfigFile = fontconfigFile
    }
}

import Foundation

/// The role map in `Fonts/roles.yaml`: each role (宋 `song`, 黑 `hei`, 楷 `kai`, 标宋 `biaosong`, …)
/// names a fontconfig family per language and a weight, so pages name roles, never files.
public struct FontRoleMap: Equatable, Sendable {
    public struct Role: Equatable, Sendable {
        public var families: [LanguageTag: String]
        /// CSS-style weight: 400 regular, 700 bold, 900 black.
        public var weight: Int

        public func family(for language: LanguageTag) -> String? {
            families[language] ?? families[.simplifiedChinese]
        }
    }

    public var roles: [String: Role]
    /// The fontconfig file (beside the role map) that lists the font folders Broadsheet may use.
    public var fontconfigFile: String

    static let weights: [String: Int] = ["light": 300, "regular": 400, "medium": 500, "bold": 700, "black": 900]

    public static func load(path: String) throws -> FontRoleMap {
        let map = try YAMLValue.parse(try LoaderInput.text(path), file: path).mapping(what: "the role map")
        try map.rejectUnknownKeys(["fontconfig", "roles"], in: "the role map")
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let conf = try map.string("fontconfig") ?? "fonts.conf"
        let rolesMap = try map.required("roles", in: "the role map").mapping(what: "'roles'")
        var roles: [String: Role] = [:]
        for (key, node) in rolesMap.mapping {
            let name = key.string ?? ""
            let entry = try rolesMap.value.child(node).mapping(what: "role '\(name)'")
            try entry.rejectUnknownKeys(Set(LanguageTag.allCases.map(\.rawValue)).union(["weight"]), in: "role '\(name)'")
            var families: [LanguageTag: String] = [:]
            for language in LanguageTag.allCases {
                families[language] = try entry.string(language.rawValue)
            }
            guard !families.isEmpty else { throw entry.error("role '\(name)' names no family") }
            let weightName = try entry.string("weight") ?? "regular"
            guard let weight = weights[weightName] else {
                throw (entry["weight"] ?? entry.value).error("unknown weight '\(weightName)' (known: light, regular, medium, bold, black)")
            }
            roles[name] = Role(families: families, weight: weight)
        }
        return FontRoleMap(roles: roles, fontconfigFile: folder.appendingPathComponent(conf).path)
    }
}

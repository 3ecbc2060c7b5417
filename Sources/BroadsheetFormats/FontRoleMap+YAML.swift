import BroadsheetFiles
import BroadsheetText
import Foundation
import Yams

extension FontRoleMap {
    static let weights: [String: Int] = ["light": 300, "regular": 400, "medium": 500, "bold": 700, "black": 900]

    /// Reads the role map at `path` (`Fonts/roles.yaml`); its fontconfig file lies beside it.
    public static func load(path: String) throws -> FontRoleMap {
        let map = try YAMLValue.parse(try LoaderInput.text(path), file: path).mapping(what: "the role map")
        try map.rejectUnknownKeys(["fontconfig", "roles"], in: "the role map")
        let folder = InputFile.folder(of: path)
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

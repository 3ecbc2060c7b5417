import BroadsheetText

extension LanguageTag {
    static func read(_ value: YAMLValue) throws -> LanguageTag {
        let tag = try value.string(what: "'lang'")
        guard let language = LanguageTag(rawValue: tag) else {
            throw value.error("unknown language '\(tag)' (known: \(allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return language
    }
}

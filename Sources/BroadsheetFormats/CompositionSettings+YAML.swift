import BroadsheetText

extension CompositionSettings {
    static let keys: Set<String> = ["punctuation", "kinsoku", "hanging-punctuation", "korean-breaking"]

    static func read(_ map: YAMLMapping) throws -> CompositionSettings {
        func choice<T: RawRepresentable & CaseIterable>(_ key: String, _: T.Type) throws -> T? where T.RawValue == String {
            guard let value = map[key] else { return nil }
            let text = try value.string(what: "'\(key)'")
            guard let choice = T(rawValue: text) else {
                throw value.error("unknown \(key) '\(text)' (known: \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return choice
        }
        return CompositionSettings(punctuation: try choice("punctuation", PunctuationStyle.self),
                                   kinsoku: try choice("kinsoku", KinsokuLevel.self),
                                   hangingPunctuation: try map.bool("hanging-punctuation"),
                                   koreanBreaking: try choice("korean-breaking", KoreanBreaking.self))
    }
}

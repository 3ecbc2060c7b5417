/// How text is composed, as a page or a story asks: each nil falls back to the page's choice, then
/// to the language's default.
public struct CompositionSettings: Equatable, Sendable {
    public var punctuation: PunctuationStyle?
    public var kinsoku: KinsokuLevel?
    public var hangingPunctuation: Bool?

    public init(punctuation: PunctuationStyle? = nil, kinsoku: KinsokuLevel? = nil, hangingPunctuation: Bool? = nil) {
        self.punctuation = punctuation
        self.kinsoku = kinsoku
        self.hangingPunctuation = hangingPunctuation
    }

    /// These settings with the gaps filled from `base`.
    public func over(_ base: CompositionSettings) -> CompositionSettings {
        CompositionSettings(punctuation: punctuation ?? base.punctuation, kinsoku: kinsoku ?? base.kinsoku,
                            hangingPunctuation: hangingPunctuation ?? base.hangingPunctuation)
    }

    static let keys: Set<String> = ["punctuation", "kinsoku", "hanging-punctuation"]

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
                                   hangingPunctuation: try map.bool("hanging-punctuation"))
    }
}

extension LanguageTag {
    /// Defaults for newspaper columns on a character grid (clreq §3.1.4, §3.1.6, §3.2.5; jlreq): basic
    /// kinsoku, 全角 punctuation, and a pause or stop that alone overflows a full line hangs rather
    /// than pushing a character down — the grid remedy clreq §3.2.5 names, used here for Traditional
    /// Chinese too, whose centred marks would otherwise leave the grid by quarter ems. Korean sets
    /// Western-style punctuation, between words.
    public var defaultComposition: CompositionSettings {
        switch self {
        case .simplifiedChinese: CompositionSettings(punctuation: .quanjiao, kinsoku: .basic, hangingPunctuation: true)
        case .traditionalChinese: CompositionSettings(punctuation: .quanjiao, kinsoku: .basic, hangingPunctuation: true)
        case .japanese: CompositionSettings(punctuation: .quanjiao, kinsoku: .basic, hangingPunctuation: true)
        case .korean: CompositionSettings(punctuation: PunctuationStyle.none, kinsoku: .basic, hangingPunctuation: false)
        }
    }
}

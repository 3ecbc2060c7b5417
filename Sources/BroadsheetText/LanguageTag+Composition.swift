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

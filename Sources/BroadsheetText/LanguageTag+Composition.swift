extension LanguageTag {
    /// Defaults for newspaper columns on a character grid (clreq §3.1.4, §3.1.6, §3.2.5; jlreq): basic
    /// kinsoku and 全角 punctuation. Most mainland papers hang no punctuation (clreq §3.1.7), and with
    /// column rules no ink may come near the gutter, so Simplified Chinese lines end flush by pushing
    /// in or out; Traditional Chinese and Japanese hang a pause or stop that alone overflows a full
    /// line — the grid remedy clreq §3.2.5 names, as their centred marks would otherwise leave the
    /// grid by quarter ems. Korean sets Western-style punctuation, between words. A page or story
    /// may choose otherwise with `hanging-punctuation:`.
    public var defaultComposition: CompositionSettings {
        switch self {
        case .simplifiedChinese: CompositionSettings(punctuation: .quanjiao, kinsoku: .basic, hangingPunctuation: false)
        case .traditionalChinese: CompositionSettings(punctuation: .quanjiao, kinsoku: .basic, hangingPunctuation: true)
        case .japanese: CompositionSettings(punctuation: .quanjiao, kinsoku: .basic, hangingPunctuation: true)
        case .korean: CompositionSettings(punctuation: PunctuationStyle.none, kinsoku: .basic, hangingPunctuation: false)
        }
    }
}

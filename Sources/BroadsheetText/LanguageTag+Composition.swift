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

    /// A paragraph's first-line indent, in ems: two characters in Chinese (clreq §3.4.1, 段首缩进两字),
    /// one in Japanese (jlreq: 段落の先頭行の字下げ, 1 字) and in Korean (들여쓰기 한 글자).
    public var paragraphIndent: Double {
        switch self {
        case .simplifiedChinese, .traditionalChinese: 2
        case .japanese, .korean: 1
        }
    }

    /// Whether a paragraph's last line may not hold one character alone (clreq §3.4.4). Japanese
    /// newspapers let it (a last line of た。 is common in their 11–13 character columns; jlreq names no
    /// such rule), where avoiding it spreads or squeezes a line before it.
    public var avoidsLoneLastCharacter: Bool { self != .japanese }
}

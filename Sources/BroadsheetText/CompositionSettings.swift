/// How text is composed, as a page or a story asks: each nil falls back to the page's choice, then
/// to the language's default.
public struct CompositionSettings: Hashable, Sendable {
    public var punctuation: PunctuationStyle?
    public var kinsoku: KinsokuLevel?
    public var hangingPunctuation: Bool?
    public var koreanBreaking: KoreanBreaking?

    public init(punctuation: PunctuationStyle? = nil, kinsoku: KinsokuLevel? = nil, hangingPunctuation: Bool? = nil,
                koreanBreaking: KoreanBreaking? = nil) {
        self.punctuation = punctuation
        self.kinsoku = kinsoku
        self.hangingPunctuation = hangingPunctuation
        self.koreanBreaking = koreanBreaking
    }

    /// These settings with the gaps filled from `base`.
    public func over(_ base: CompositionSettings) -> CompositionSettings {
        CompositionSettings(punctuation: punctuation ?? base.punctuation, kinsoku: kinsoku ?? base.kinsoku,
                            hangingPunctuation: hangingPunctuation ?? base.hangingPunctuation,
                            koreanBreaking: koreanBreaking ?? base.koreanBreaking)
    }
}

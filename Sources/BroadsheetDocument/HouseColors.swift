/// The colours a grid or page file chooses for the house elements (`colors:`); a page's choice wins
/// over its grid's, and nil keeps the house default. Body text and rules stay 100 % black.
public struct HouseColors: Equatable, Sendable {
    /// The nameplate, its rules and the 导读 box (house default M100 Y100).
    public var accent: ProcessColor?

    public init(accent: ProcessColor? = nil) {
        self.accent = accent
    }

    /// These colours with the gaps filled from `base`.
    public func over(_ base: HouseColors) -> HouseColors {
        HouseColors(accent: accent ?? base.accent)
    }
}

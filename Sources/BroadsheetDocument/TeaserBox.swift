/// A boxed 导读 (guide) listing stories inside the edition with their page numbers.
public struct TeaserBox: Equatable, Sendable {
    public var title: String
    public var teasers: [Teaser]

    public init(title: String, teasers: [Teaser]) {
        self.title = title
        self.teasers = teasers
    }
}

/// One entry of a 导读 box.
public struct Teaser: Equatable, Sendable {
    public var kicker: String?
    /// A line break in it forces a new line.
    public var headline: String
    /// Page reference, e.g. `2版`.
    public var page: String

    public init(kicker: String?, headline: String, page: String) {
        self.kicker = kicker
        self.headline = headline
        self.page = page
    }
}

/// What a run of text on a page is part of: its block and the part of the block. The digital
/// edition builds its articles, ALTO text blocks and article pages from it.
public struct TextTag: Hashable, Sendable {
    public enum Part: Hashable, Sendable {
        /// 引题, 主题, 副题.
        case kicker, headline, subhead
        case byline
        /// The line saying where a story continues or comes from (转版).
        case jumpLine
        /// A story body element (paragraph, in-body subhead, continued paragraph) by its index in the story.
        case body(Int)
        case caption
    }

    public var block: String
    public var part: Part

    public init(block: String, part: Part) {
        self.block = block
        self.part = part
    }
}

extension Array where Element == FrameItem {
    /// The items with every glyph run tagged as `tag`.
    public func tagged(_ tag: TextTag) -> [FrameItem] {
        map { item in
            guard case .glyphs(var run) = item else { return item }
            run.tag = tag
            return .glyphs(run)
        }
    }
}

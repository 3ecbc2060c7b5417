import BroadsheetGeometry

/// Something placed on the page grid.
public struct Block: Equatable, Sendable {
    /// A name for reports: the story file's name, `photo`, `导读`.
    public var name: String
    public var area: GridArea
    public var content: Content
    /// The line of the page file that defines the block.
    public var sourceLine: Int?
    /// The story block a photo belongs to (a story's own photo, placed by make-up with it).
    public var standsWith: String?

    public init(name: String, area: GridArea, content: Content, sourceLine: Int?) {
        self.name = name
        self.area = area
        self.content = content
        self.sourceLine = sourceLine
    }

    public enum Content: Equatable, Sendable {
        case story(Story, StoryStyle)
        case photo(Photo)
        case teasers(TeaserBox)
    }
}

/// Per-block choices for setting a story.
public struct StoryStyle: Equatable, Sendable {
    /// Headline size; nil lets the layout choose by the block's width.
    public var headlineSize: Length?
    /// Number of body columns (破栏) when it differs from the block's grid columns.
    public var bodyColumns: Int?
    /// Set the headline stack top to bottom at the block's right edge (竖排标题), the body beside it.
    public var verticalHeadline: Bool
    /// The page the story's rest continues on when it does not fit (转版), set by automatic make-up.
    public var continuesOn: Int?
    /// Extra lines the headline area takes beyond its own, so that the story fills its block exactly.
    public var headlinePadding: Int
    /// A box round the story (加框), which sets it off from the headlines beside it.
    public var framed: Bool
    /// The headline set in at least this many lines (copy-fitting by automatic make-up).
    public var headlineLines: Int

    public init(headlineSize: Length? = nil, bodyColumns: Int? = nil, verticalHeadline: Bool = false,
                continuesOn: Int? = nil, headlinePadding: Int = 0, framed: Bool = false, headlineLines: Int = 1) {
        self.headlineSize = headlineSize
        self.bodyColumns = bodyColumns
        self.verticalHeadline = verticalHeadline
        self.continuesOn = continuesOn
        self.headlinePadding = headlinePadding
        self.framed = framed
        self.headlineLines = headlineLines
    }
}

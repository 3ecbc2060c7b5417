/// A story or photo that the page places by itself (automatic make-up), listed in priority order.
public struct AutoItem: Equatable, Sendable {
    public enum Content: Equatable, Sendable {
        case story(Story)
        case photo(Photo)
    }

    /// For reports and `keep-with`: the story file's name, or `photo-N`.
    public var name: String
    public var content: Content
    /// Wanted width in basic columns (`columns: 3`), when the editor has a preference.
    public var columns: Int?
    /// The name of an earlier item this one must stand with, in the same column stack.
    public var keepWith: String?
    public var sourceLine: Int?

    public init(name: String, content: Content, columns: Int? = nil, keepWith: String? = nil, sourceLine: Int? = nil) {
        self.name = name
        self.content = content
        self.columns = columns
        self.keepWith = keepWith
        self.sourceLine = sourceLine
    }
}

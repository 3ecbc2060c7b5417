import BroadsheetImage

/// A photo with its caption (图片说明): a title, the caption text and the credit (`×× 摄`).
public struct Photo: Equatable, Sendable {
    /// The photo's bytes as the loader read them, with the file they came from.
    public var image: SourceImage
    public var title: String?
    public var caption: String?
    public var credit: String?

    public init(image: SourceImage, title: String?, caption: String?, credit: String?) {
        self.image = image
        self.title = title
        self.caption = caption
        self.credit = credit
    }
}

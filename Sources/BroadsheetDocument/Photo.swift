import BroadsheetImage

/// A photo with its caption (图片说明): a title, the caption text and the credit (`×× 摄`).
public struct Photo: Equatable, Sendable {
    /// Absolute or page-relative path to a JPEG or PNG file, resolved by the loader.
    public var imagePath: String
    public var image: ImageHeader
    public var title: String?
    public var caption: String?
    public var credit: String?

    public init(imagePath: String, image: ImageHeader, title: String?, caption: String?, credit: String?) {
        self.imagePath = imagePath
        self.image = image
        self.title = title
        self.caption = caption
        self.credit = credit
    }
}

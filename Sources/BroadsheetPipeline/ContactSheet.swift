import BroadsheetCairo
import BroadsheetFrame

/// How big each page of a thumbnail or contact sheet is drawn.
public enum ThumbnailSize: Sendable, Equatable {
    case width(Int)
    case height(Int)
}

extension RenderSession {
    /// One page's thumbnail, or the pages of several pages and editions in rows of `columns` (a contact sheet).
    public func writeThumbnail(_ documents: [LaidOutDocument], to path: String, size: ThumbnailSize, columns: Int = 6) throws {
        try refuseOverwriting(inputs: documents.flatMap(\.inputFiles), with: [path])
        try writeFile(try renderer().thumbnail(documents.flatMap(\.frames), size: size, columns: columns, output: path), to: path)
    }
}

import BroadsheetCairo
import BroadsheetFrame

/// How big each page of a thumbnail or contact sheet is drawn.
public enum ThumbnailSize: Sendable, Equatable {
    case width(Int)
    case height(Int)
}

extension RenderSession {
    /// One page's thumbnail, or several pages in rows of `columns` (a contact sheet).
    public func writeThumbnail(_ frames: [PageFrame], to path: String, size: ThumbnailSize, columns: Int = 6) throws {
        let (width, height): (Int?, Int?) = switch size {
        case .width(let width): (width, nil)
        case .height(let height): (nil, height)
        }
        try PageRenderer().writeContactSheet(frames, to: path, pageWidth: width, pageHeight: height, columns: columns)
    }
}

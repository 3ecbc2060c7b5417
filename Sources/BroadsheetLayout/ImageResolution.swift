import BroadsheetGeometry
import BroadsheetImage
import BroadsheetFrame

/// The effective resolution of a placed image: its pixels over the size it is printed at. Newsprint
/// wants 200 ppi (Archant; cjk-newspaper-print §3.1); less prints soft or blocky.
public struct ImageResolution: Equatable, Sendable {
    public var path: String
    /// The visible part of the image on the page, in points: x, y, width, height.
    public var rect: [Double]
    /// Pixels per inch on the page, the lower of the two directions.
    public var pixelsPerInch: Double
    /// Below the minimum asked for.
    public var isLow: Bool

    /// Every image of a frame, in order.
    public static func check(_ items: [FrameItem], minimum: Double) -> [ImageResolution] {
        items.compactMap { item in
            guard case let .image(image) = item else { return nil }
            let header = image.image.header
            let ppi = min(Double(header.width) / (image.imageRect.width / 72), Double(header.height) / (image.imageRect.height / 72))
            return ImageResolution(path: image.image.name, rect: [image.frame.x, image.frame.y, image.frame.width, image.frame.height],
                                   pixelsPerInch: ppi, isLow: ppi < minimum)
        }
    }
}

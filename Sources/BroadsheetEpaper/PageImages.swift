import BroadsheetImage
import Foundation

/// A page's images: the thumbnail, screen and zoom JPEGs, and the IIIF Image API 3.0 level-0 tile
/// pyramid of the zoom image (https://iiif.io/api/image/3.0/#6-compliance-level-and-profile-document):
/// tiles of `tileSize` at each scale factor, at the canonical URIs `{region}/{w},{h}/0/default.jpg`,
/// and `full/{w},{h}/0/default.jpg` at every size `info.json` lists.
///
/// Each scale is drawn by Cairo at its own size rather than shrunk from the zoom image (libvips
/// `dzsave` would shrink): type stays as sharp at 600 pixels as at 2400, and no new library is needed.
struct PageImages {
    let page: EpaperPage
    /// The page drawn at a width and height in pixels.
    let draw: (_ width: Int, _ height: Int) throws -> DecodedImage
    let baseURL: String

    /// The files, and the zoom image for what else is cut from it.
    func files() throws -> (files: [(path: String, data: Data)], zoom: DecodedImage) {
        var files: [(path: String, data: Data)] = []
        var zoom: DecodedImage?
        let service = SiteLayout.iiifImage(page)
        var sizes: [(Int, Int)] = []
        for factor in SiteLayout.scaleFactors.reversed() {
            let width = (SiteLayout.zoomWidth + factor - 1) / factor
            let image = try draw(width, SiteLayout.height(page, width: width))
            if factor == 1 { zoom = image }
            sizes.append((image.width, image.height))
            files.append((SiteLayout.pageImage(page, width: width), try jpeg(image)))
            let region = SiteLayout.tileSize * factor
            let fullHeight = SiteLayout.zoomHeight(page)
            for y in stride(from: 0, to: fullHeight, by: region) {
                for x in stride(from: 0, to: SiteLayout.zoomWidth, by: region) {
                    let (w, h) = (min(region, SiteLayout.zoomWidth - x), min(region, fullHeight - y))
                    let (tileWidth, tileHeight) = ((w + factor - 1) / factor, (h + factor - 1) / factor)
                    let tile = image.cropped(x: x / factor, y: y / factor, width: tileWidth, height: tileHeight)
                    files.append(("\(service)/\(x),\(y),\(w),\(h)/\(tile.width),\(tile.height)/0/default.jpg", try jpeg(tile)))
                }
            }
        }
        files.append(("\(service)/info.json", try info(sizes: sizes.sorted { $0.0 < $1.0 })))
        return (files, zoom!)
    }

    func jpeg(_ image: DecodedImage) throws -> Data {
        guard let data = ImageDecoder.jpeg(image, quality: SiteLayout.jpegQuality) else { throw EpaperError("page \(page.number): the page image cannot be encoded as JPEG") }
        return data
    }

    /// The image service's description (Image API 3.0 §5).
    private func info(sizes: [(Int, Int)]) throws -> Data {
        let info: [String: Any] = [
            "@context": "http://iiif.io/api/image/3/context.json",
            "id": baseURL + SiteLayout.iiifImage(page),
            "type": "ImageService3",
            "protocol": "http://iiif.io/api/image",
            "profile": "level0",
            "width": SiteLayout.zoomWidth,
            "height": SiteLayout.zoomHeight(page),
            "sizes": sizes.map { ["width": $0.0, "height": $0.1] },
            "tiles": [["width": SiteLayout.tileSize, "height": SiteLayout.tileSize, "scaleFactors": SiteLayout.scaleFactors]],
        ]
        return try JSONSerialization.data(withJSONObject: info, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }
}

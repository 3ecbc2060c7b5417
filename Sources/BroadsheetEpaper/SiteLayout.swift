import Foundation

/// Where each file of the digital edition's site goes, and the sizes of its page images: one fact each.
enum SiteLayout {
    /// Page image widths in pixels: thumbnail, screen, zoom, each the zoom width over one of the scale
    /// factors. ALTO coordinates are pixels of the zoom image.
    static let thumbnailWidth = 300
    static let screenWidth = 1200
    static let zoomWidth = 2400
    /// IIIF tiles: square, at these scale factors of the zoom image.
    static let tileSize = 512
    static let scaleFactors = [1, 2, 4, 8]
    static let jpegQuality = 85

    /// A page image is the IIIF service's full image at that width, one file for both.
    static func pageImage(_ page: EpaperPage, width: Int) -> String { "\(iiifImage(page))/full/\(width),\(height(page, width: width))/0/default.jpg" }
    static func pagePDF(_ page: EpaperPage) -> String { "pdf/\(page.key).pdf" }
    static func alto(_ page: EpaperPage) -> String { "alto/\(page.key).xml" }
    static func pageView(_ page: EpaperPage) -> String { "pages/\(page.key).html" }
    static func iiifImage(_ page: EpaperPage) -> String { "iiif/\(page.key)" }
    static func article(_ article: EpaperArticle) -> String { "articles/\(article.id).html" }
    static func articlePhoto(_ article: EpaperArticle, _ index: Int) -> String { "articles/\(article.id)-\(index + 1).jpg" }
    static let index = "index.html"
    static let mets = "mets.xml"
    static let manifest = "manifest.json"
    static let searchIndex = "search.json"
    static let style = "style.css"

    /// Points to pixels of the zoom image.
    static func zoomScale(_ page: EpaperPage) -> Double { Double(zoomWidth) / page.frame.width }
    static func zoomHeight(_ page: EpaperPage) -> Int { height(page, width: zoomWidth) }
    /// The height of the page drawn `width` pixels wide: its images are drawn on canvases this high.
    static func height(_ page: EpaperPage, width: Int) -> Int { Int((page.frame.height * Double(width) / page.frame.width).rounded()) }
}

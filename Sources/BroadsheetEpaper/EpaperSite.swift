import BroadsheetConcurrency
import BroadsheetImage
import BroadsheetPipeline
import Foundation

/// Writes the digital edition of a laid-out page or edition as a static site, whole or not at all:
/// page images and IIIF tiles, page PDFs, ALTO per page, METS and a IIIF manifest for the issue, and
/// the HTML index, page views and article pages.
public struct EpaperSite {
    let session: RenderSession
    let document: LaidOutDocument
    /// Where the site will be served from, ending in `/`: the IIIF ids are absolute.
    let baseURL: String

    public init(session: RenderSession, document: LaidOutDocument, baseURL: String) {
        self.session = session
        self.document = document
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }

    /// Every file of the site by its path in the site; `progress` hears of each page when it is drawn.
    public func files(progress: (@Sendable (String) -> Void)? = nil) throws -> [(path: String, data: Data)] {
        let issue = EpaperIssue(document)
        let html = SiteHTML(issue: issue)
        var files: [(path: String, data: Data)] = []
        let (session, document, baseURL) = (self.session, self.document, self.baseURL)
        let perPage = try concurrently(Array(issue.pages.indices)) { index -> [(path: String, data: Data)] in
            let start = Date()
            let page = issue.pages[index]
            let images = PageImages(page: page, draw: { try session.pixels(document, page: index, width: $0, height: $1) }, baseURL: baseURL)
            var (pageFiles, zoom) = try images.files()
            let scale = SiteLayout.zoomScale(page)
            for article in issue.articles {
                for (number, place) in issue.photoBlocks(of: article).enumerated() where place.page == index {
                    guard let photo = page.photos.first(where: { $0.block == place.block }) else { continue }
                    let crop = zoom.cropped(x: Int(photo.rect.minX * scale), y: Int(photo.rect.minY * scale),
                                            width: Int(photo.rect.width * scale), height: Int(photo.rect.height * scale))
                    pageFiles.append((SiteLayout.articlePhoto(article, number), try images.jpeg(crop)))
                }
            }
            pageFiles.append((SiteLayout.pagePDF(page), try session.pdfData(document, page: index)))
            pageFiles.append((SiteLayout.alto(page), Data(AltoDocument(issue: issue, pageIndex: index, software: BroadsheetVersion.current).xml().utf8)))
            pageFiles.append((SiteLayout.pageView(page), Data(html.pageView(index).utf8)))
            progress?(String(format: "%@: %d files in %.2f s", page.label, pageFiles.count, Date().timeIntervalSince(start)))
            return pageFiles
        }
        files = perPage.flatMap { $0 }
        for article in issue.articles { files.append((SiteLayout.article(article), Data(html.articlePage(article).utf8))) }
        files.append((SiteLayout.index, Data(try html.index().utf8)))
        files.append((SiteLayout.style, Data(SiteHTML.style.utf8)))
        files.append((SiteLayout.searchIndex, try html.searchIndex()))
        files.append((SiteLayout.mets, Data(MetsDocument(issue: issue).xml().utf8)))
        files.append((SiteLayout.manifest, try IIIFManifest(issue: issue, baseURL: baseURL).json()))
        return files
    }

    /// Writes the site into `folder`: into a new folder beside it first, which then takes its place, so
    /// that a failed run leaves the folder as it was.
    public func write(to folder: String, progress: (@Sendable (String) -> Void)? = nil) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).partial-\(getpid())")
        try? manager.removeItem(at: staging)
        do {
            for (path, data) in try files(progress: progress) {
                let url = staging.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            if manager.fileExists(atPath: target.path) {
                let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(getpid())")
                try manager.moveItem(at: target, to: old)
                try manager.moveItem(at: staging, to: target)
                try? manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: staging, to: target)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }
}

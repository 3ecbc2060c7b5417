import BroadsheetCalendar
import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetLayout
import BroadsheetPipeline
import Foundation

/// An issue of the digital edition (数字报): its pages with their text regrouped into blocks, lines
/// and words, and its articles, each with the blocks it stands in on every page.
public struct EpaperIssue: Sendable {
    public var paper: String
    public var date: CalendarDate?
    public var pages: [EpaperPage]
    public var articles: [EpaperArticle]

    /// The photo blocks of an article in order, with their pages: the article page shows them in this order.
    func photoBlocks(of article: EpaperArticle) -> [(page: Int, block: String)] {
        article.parts.flatMap { part in
            part.blocks.filter { block in pages[part.page].photos.contains { $0.block == block } }.map { (part.page, $0) }
        }
    }

    /// The articles with a part on page `index`, in the page's reading order.
    func articles(on index: Int) -> [EpaperArticle] {
        articles.filter { $0.parts.contains { $0.page == index } }
            .sorted { $0.parts.first { $0.page == index }!.order < $1.parts.first { $0.page == index }!.order }
    }
}

public struct EpaperPage: Sendable {
    /// 版次 and 版名.
    public var number: Int
    public var section: String?
    public var frame: PageFrame
    var text: [PlacedTextBlock]
    /// The pictures on the page (without their captions), by block name.
    var photos: [(block: String, rect: Rect)]

    /// `第1版 要闻`.
    var label: String { "第\(number)版" + (section.map { " \($0)" } ?? "") }
    /// The page's name in file names and IDs: `p01`.
    var key: String { String(format: "p%02d", number) }
}

public struct EpaperArticle: Sendable {
    public enum Kind: Sendable { case story, photo }
    /// A name valid as an XML ID and a file name: `art-lead`.
    public var id: String
    public var kind: Kind
    /// The whole story as written (a jumped story's two parts are one article); nil for a photo alone.
    public var story: Story?
    public var photos: [Photo]
    public var parts: [Part]

    /// Where the article stands on one page.
    public struct Part: Sendable {
        public var page: Int
        /// Its blocks on that page, the story's first, and their rectangles in points.
        public var blocks: [String]
        public var rects: [Rect]
        /// The place of its first block in the page's reading order.
        var order: Int
    }

    /// The headline, or a photo's title or caption.
    public var title: String {
        if let story { return story.headline.replacingOccurrences(of: "\n", with: "") }
        return photos.first.flatMap { $0.title ?? $0.caption } ?? "图片"
    }
}

extension EpaperIssue {
    /// The issue of a laid-out page or edition.
    public init(_ document: LaidOutDocument) {
        let pages: [(page: LaidOutPage, number: Int, section: String?)]
        switch document {
        case .page(let page):
            pages = [(page, page.spec.folio?.number ?? 1, page.spec.folio?.section)]
            paper = page.spec.folio?.paper ?? page.spec.masthead?.title ?? page.spec.title
            date = page.spec.date
        case .edition(let edition):
            pages = zip(edition.pages, edition.spec.pages).map { ($0, $1.number, $1.section) }
            paper = edition.spec.paper
            date = edition.spec.date
        }
        var articles: [EpaperArticle] = []
        var byStoryFile: [String: Int] = [:]
        var ids = Set<String>()
        func uniqueID(_ base: String) -> String {
            let clean = "art-" + base.xmlName
            var id = clean
            var counter = 2
            while ids.contains(id) { id = "\(clean)-\(counter)"; counter += 1 }
            ids.insert(id)
            return id
        }
        self.pages = []
        for (index, (page, number, section)) in pages.enumerated() {
            let blocks = page.report.blocks.filter { !$0.rect.isEmpty }
            var storyOfBlock: [String: Int] = [:]
            for (order, block) in blocks.enumerated() where block.kind == "story" {
                let rect = Rect(x: block.rect[0], y: block.rect[1], width: block.rect[2], height: block.rect[3])
                let part = EpaperArticle.Part(page: index, blocks: [block.name], rects: [rect], order: order)
                if let file = block.storyFile, let known = byStoryFile[file] {
                    articles[known].parts.append(part)
                    storyOfBlock[block.name] = known
                    continue
                }
                let story = page.spec.story(named: block.name)
                let base = block.storyFile.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? block.name
                articles.append(EpaperArticle(id: uniqueID(base), kind: .story, story: story, photos: [], parts: [part]))
                if let file = block.storyFile { byStoryFile[file] = articles.count - 1 }
                storyOfBlock[block.name] = articles.count - 1
            }
            var photos: [(block: String, rect: Rect)] = []
            for (order, block) in blocks.enumerated() where block.kind == "photo" {
                let rect = Rect(x: block.rect[0], y: block.rect[1], width: block.rect[2], height: block.rect[3])
                // The picture itself, without the caption below it in the block.
                let picture = page.frame.items.lazy.compactMap { item -> Rect? in
                    guard case .image(let image) = item, rect.contains(image.frame, tolerance: 1) else { return nil }
                    return image.frame
                }.first
                photos.append((block.name, picture ?? rect))
                let photo = page.spec.photo(named: block.name)
                if let owner = block.standsWith.flatMap({ storyOfBlock[$0] }),
                   let part = articles[owner].parts.lastIndex(where: { $0.page == index }) {
                    articles[owner].parts[part].blocks.append(block.name)
                    articles[owner].parts[part].rects.append(rect)
                    if let photo { articles[owner].photos.append(photo) }
                } else {
                    articles.append(EpaperArticle(id: uniqueID("\(String(format: "p%02d", number))-\(block.name)"), kind: .photo, story: nil,
                                                  photos: photo.map { [$0] } ?? [],
                                                  parts: [.init(page: index, blocks: [block.name], rects: [rect], order: order)]))
                }
            }
            self.pages.append(EpaperPage(number: number, section: section, frame: page.frame, text: PageText.blocks(page.frame), photos: photos))
        }
        self.articles = articles
    }
}

extension PageSpec {
    /// The story of the block or automatic item `name`.
    func story(named name: String) -> Story? {
        for block in blocks where block.name == name { if case .story(let story, _) = block.content { return story } }
        for item in autoItems where item.name == name { if case .story(let story) = item.content { return story } }
        return nil
    }

    /// The photo of the block or automatic item `name`.
    func photo(named name: String) -> Photo? {
        for block in blocks where block.name == name { if case .photo(let photo) = block.content { return photo } }
        for item in autoItems where item.name == name { if case .photo(let photo) = item.content { return photo } }
        return nil
    }
}

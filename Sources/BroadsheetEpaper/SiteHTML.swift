import BroadsheetDocument
import Foundation

/// The site's HTML: the issue index (page thumbnails), a page view with a hot zone over each article,
/// and an article page from the source text; plain HTML and CSS, a few lines of script for search,
/// nothing fetched from the network.
struct SiteHTML {
    let issue: EpaperIssue

    private var title: String { issue.paper + (issue.date.map { " \($0)" } ?? "") }

    private func document(_ title: String, depth: Int, body: String) -> String {
        let up = String(repeating: "../", count: depth)
        return """
        <!DOCTYPE html>
        <html lang="zh">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title.xmlEscaped)</title><link rel="stylesheet" href="\(up)\(SiteLayout.style)"></head>
        <body>
        <header><a href="\(up)\(SiteLayout.index)">\(self.title.xmlEscaped)</a></header>
        \(body)
        </body>
        </html>

        """
    }

    /// The issue index; the search index goes inside it too, so that searching works from the files alone.
    func index() throws -> String {
        let articles = String(decoding: try searchIndex(), as: UTF8.self).replacingOccurrences(of: "</", with: "<\\/")
        let pages = issue.pages.map { page in
            """
            <li><a class="page" href="\(SiteLayout.pageView(page))"><img src="\(SiteLayout.pageImage(page, width: SiteLayout.thumbnailWidth))" alt="\(page.label.xmlEscaped)" width="\(SiteLayout.thumbnailWidth)"><span>\(page.label.xmlEscaped)</span></a></li>
            """
        }.joined(separator: "\n")
        return document(title, depth: 0, body: """
        <main>
        <form id="search" role="search"><input type="search" id="query" placeholder="搜索本期文章" aria-label="search"></form>
        <ol id="results"></ol>
        <ol class="pages">
        \(pages)
        </ol>
        </main>
        <script id="articles" type="application/json">\(articles)</script>
        <script>
        const box = document.getElementById('query'), list = document.getElementById('results');
        const articles = JSON.parse(document.getElementById('articles').textContent);
        box.addEventListener('input', () => {
          const q = box.value.trim();
          list.replaceChildren(...(q ? articles.filter(a => (a.title + a.text).includes(q)) : []).map(a => {
            const li = document.createElement('li'), link = document.createElement('a');
            link.href = a.url; link.textContent = a.title + '（' + a.pages.join('、') + '）';
            li.append(link); return li;
          }));
        });
        </script>
        """)
    }

    func pageView(_ index: Int) -> String {
        let page = issue.pages[index]
        let scale = Double(SiteLayout.screenWidth) / page.frame.width
        let height = Int((page.frame.height * scale).rounded())
        var zones = ""
        var list = ""
        for article in issue.articles(on: index) {
            let parts = article.parts.filter { $0.page == index }
            let polygons = parts.flatMap(\.rects).map { rect in
                let (x0, y0, x1, y1) = (rect.minX * scale, rect.minY * scale, rect.maxX * scale, rect.maxY * scale)
                return "<polygon points=\"\(x0.coordinate),\(y0.coordinate) \(x1.coordinate),\(y0.coordinate) \(x1.coordinate),\(y1.coordinate) \(x0.coordinate),\(y1.coordinate)\"/>"
            }.joined()
            zones += "<a id=\"\(article.id)\" class=\"zone\" href=\"../\(SiteLayout.article(article))\"><title>\(article.title.xmlEscaped)</title>\(polygons)</a>\n"
            var jumps = ""
            for other in article.parts where other.page != index {
                let target = issue.pages[other.page]
                let words = other.page > index ? "下转第\(target.number)版" : "上接第\(target.number)版"
                jumps += " <a class=\"jump\" href=\"\(target.key).html#\(article.id)\">\(words)</a>"
            }
            list += "<li><a href=\"../\(SiteLayout.article(article))\">\(article.title.xmlEscaped)</a>\(jumps)</li>\n"
        }
        let previous = index > 0 ? "<a rel=\"prev\" href=\"\(issue.pages[index - 1].key).html\">上一版</a>" : ""
        let next = index + 1 < issue.pages.count ? "<a rel=\"next\" href=\"\(issue.pages[index + 1].key).html\">下一版</a>" : ""
        return document(page.label, depth: 1, body: """
        <main class="pageview">
        <div class="sheet" style="max-width:\(SiteLayout.screenWidth)px">
        <img src="../\(SiteLayout.pageImage(page, width: SiteLayout.screenWidth))" alt="\(page.label.xmlEscaped)" width="\(SiteLayout.screenWidth)" height="\(height)">
        <svg viewBox="0 0 \(SiteLayout.screenWidth) \(height)" preserveAspectRatio="none">
        \(zones)</svg>
        </div>
        <nav>
        <h1>\(page.label.xmlEscaped)</h1>
        <p>\(previous) \(next) <a href="../\(SiteLayout.pagePDF(page))">PDF</a> <a href="../\(SiteLayout.pageImage(page, width: SiteLayout.zoomWidth))">大图</a></p>
        <ol class="articles">
        \(list)</ol>
        </nav>
        </main>
        """)
    }

    func articlePage(_ article: EpaperArticle) -> String {
        var body = ""
        if let story = article.story {
            if let kicker = story.kicker { body += "<p class=\"kicker\">\(kicker.xmlEscaped)</p>\n" }
            body += "<h1>\(story.headline.xmlEscaped.replacingOccurrences(of: "\n", with: "<br>"))</h1>\n"
            if let subhead = story.subhead { body += "<p class=\"subhead\">\(subhead.xmlEscaped)</p>\n" }
            if let byline = story.byline { body += "<p class=\"byline\">\(byline.xmlEscaped)</p>\n" }
        } else {
            body += "<h1>\(article.title.xmlEscaped)</h1>\n"
        }
        for (index, photo) in article.photos.enumerated() {
            let caption = [photo.title, photo.caption, photo.credit].compactMap { $0 }.joined(separator: " ")
            body += "<figure><img src=\"../\(SiteLayout.articlePhoto(article, index))\" alt=\"\(caption.xmlEscaped)\"><figcaption>\(caption.xmlEscaped)</figcaption></figure>\n"
        }
        for element in article.story?.body ?? [] {
            switch element {
            case .paragraph(let text), .continuation(let text): body += "<p>\(text.xmlEscaped)</p>\n"
            case .subheading(let text): body += "<h2>\(text.xmlEscaped)</h2>\n"
            }
        }
        let pages = article.parts.map { part in
            let page = issue.pages[part.page]
            return "<a href=\"../\(SiteLayout.pageView(page))#\(article.id)\">\(page.label.xmlEscaped)</a>"
        }.joined(separator: " ")
        return document(article.title, depth: 1, body: "<main class=\"article\">\n<article>\n\(body)</article>\n<p class=\"pages\">见报：\(pages)</p>\n</main>")
    }

    /// Every article's title, text and pages, for the index's search box.
    func searchIndex() throws -> Data {
        let entries: [[String: Any]] = issue.articles.map { article in
            [
                "id": article.id,
                "title": article.title,
                "url": SiteLayout.article(article),
                "pages": article.parts.map { issue.pages[$0.page].label },
                "text": (article.story?.body.map(\.text) ?? article.photos.compactMap(\.caption)).joined(separator: "\n"),
            ]
        }
        return try JSONSerialization.data(withJSONObject: entries, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    static let style = """
    body { margin: 0; font-family: "Noto Serif CJK SC", "Noto Serif CJK TC", "Noto Serif CJK JP", serif; color: #111; background: #f4f1ea; }
    header { padding: .6em 1em; background: #a4161a; } header a { color: #fff; text-decoration: none; font-weight: bold; font-size: 1.2em; }
    main { padding: 1em; }
    ol.pages { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1.2em; }
    ol.pages a { display: flex; flex-direction: column; align-items: center; color: #111; text-decoration: none; }
    ol.pages img { border: 1px solid #aaa; background: #fff; max-width: 100%; height: auto; }
    #search input { font-size: 1em; padding: .3em .5em; width: 20em; max-width: 90%; }
    .pageview { display: flex; gap: 1.5em; align-items: flex-start; }
    .sheet { position: relative; flex: 1 1 auto; }
    .sheet img { display: block; width: 100%; height: auto; background: #fff; border: 1px solid #aaa; }
    .sheet svg { position: absolute; inset: 0; width: 100%; height: 100%; }
    .zone polygon { fill: rgba(164, 22, 26, 0); stroke: none; cursor: pointer; }
    .zone:hover polygon, .zone:focus polygon, .zone:target polygon { fill: rgba(164, 22, 26, .12); stroke: #a4161a; stroke-width: 2; }
    nav { flex: 0 0 18em; } nav ol { padding-left: 1.2em; } nav li { margin: .4em 0; }
    .jump { font-size: .85em; color: #a4161a; margin-left: .4em; }
    .article { max-width: 42em; margin: 0 auto; background: #fff; padding: 1.5em 2em; line-height: 1.8; }
    .article h1 { font-family: "Noto Sans CJK SC", sans-serif; line-height: 1.3; } .kicker, .subhead { font-family: "Noto Sans CJK SC", sans-serif; }
    .article p { text-indent: 2em; } .article .kicker, .article .subhead, .article .byline, .article .pages { text-indent: 0; }
    .byline { color: #555; } figure { margin: 1em 0; } figure img { max-width: 100%; } figcaption { font-size: .9em; color: #444; }
    """
}

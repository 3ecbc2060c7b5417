import Foundation

/// The issue as a IIIF Presentation 3.0 manifest (https://iiif.io/api/presentation/3.0/): a canvas per
/// page in the zoom image's pixels, painted with the page image and its level-0 image service; the
/// page's ALTO as `seeAlso`; each article's region a `linking` annotation to its article page.
struct IIIFManifest {
    let issue: EpaperIssue
    let baseURL: String

    func json() throws -> Data {
        let title = issue.paper + (issue.date.map { " \($0)" } ?? "")
        let canvases: [[String: Any]] = issue.pages.enumerated().map { index, page in
            let canvas = baseURL + "canvas/\(page.key)"
            let (width, height) = (SiteLayout.zoomWidth, SiteLayout.zoomHeight(page))
            let scale = SiteLayout.zoomScale(page)
            let links: [[String: Any]] = issue.articles(on: index).flatMap { article in
                article.parts.filter { $0.page == index }.flatMap(\.rects).enumerated().map { number, rect in
                    let region = [rect.minX, rect.minY, rect.width, rect.height].map { Int(($0 * scale).rounded()) }
                    return [
                        "id": canvas + "/links/\(article.id)-\(number + 1)",
                        "type": "Annotation",
                        "motivation": "linking",
                        "label": ["zh": [article.title]],
                        "body": ["id": baseURL + SiteLayout.article(article), "type": "Text", "format": "text/html"],
                        "target": canvas + "#xywh=" + region.map(String.init).joined(separator: ","),
                    ]
                }
            }
            return [
                "id": canvas,
                "type": "Canvas",
                "label": ["zh": [page.label]],
                "width": width,
                "height": height,
                "thumbnail": [["id": baseURL + SiteLayout.pageImage(page, width: SiteLayout.thumbnailWidth), "type": "Image", "format": "image/jpeg"]],
                "seeAlso": [["id": baseURL + SiteLayout.alto(page), "type": "Dataset", "format": "application/xml",
                             "profile": "http://www.loc.gov/standards/alto/v4/alto.xsd", "label": ["en": ["ALTO 4.4"]]]],
                "rendering": [["id": baseURL + SiteLayout.pagePDF(page), "type": "Text", "format": "application/pdf", "label": ["zh": ["\(page.label) PDF"]]]],
                "items": [[
                    "id": canvas + "/page", "type": "AnnotationPage",
                    "items": [[
                        "id": canvas + "/page/image", "type": "Annotation", "motivation": "painting", "target": canvas,
                        "body": [
                            "id": baseURL + "\(SiteLayout.iiifImage(page))/full/\(width),\(height)/0/default.jpg",
                            "type": "Image", "format": "image/jpeg", "width": width, "height": height,
                            "service": [["id": baseURL + SiteLayout.iiifImage(page), "type": "ImageService3", "profile": "level0"]],
                        ] as [String: Any],
                    ] as [String: Any]],
                ] as [String: Any]],
                "annotations": [["id": canvas + "/links", "type": "AnnotationPage", "items": links] as [String: Any]],
            ]
        }
        let manifest: [String: Any] = [
            "@context": "http://iiif.io/api/presentation/3/context.json",
            "id": baseURL + SiteLayout.manifest,
            "type": "Manifest",
            "label": ["zh": [title]],
            "behavior": ["paged"],
            "viewingDirection": "left-to-right",
            "seeAlso": [["id": baseURL + SiteLayout.mets, "type": "Dataset", "format": "application/xml", "profile": "http://www.loc.gov/METS/"]],
            "items": canvases,
        ]
        return try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }
}

import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetText

/// A page as ALTO 4.4 (Library of Congress, https://www.loc.gov/standards/alto/): each article a
/// `ComposedBlock` of its headline, byline, paragraph and caption `TextBlock`s and its photos'
/// `Illustration`s; the page's furniture as text blocks of their own; `String`s with the boxes of the
/// glyphs in the zoom image, in its pixels. Text block and illustration IDs carry the layout report's block names.
struct AltoDocument {
    let issue: EpaperIssue
    let pageIndex: Int
    let software: String

    var page: EpaperPage { issue.pages[pageIndex] }

    func xml() -> String {
        let scale = SiteLayout.zoomScale(page)
        var styles: [String: String] = [:]
        var styleOrder: [String] = []
        func style(_ string: PlacedString) -> String {
            let bold = string.face.style.lowercased().contains("bold") || string.face.style.lowercased().contains("black")
            let key = "\(string.face.family)|\(string.size.coordinate)|\(bold)"
            if let id = styles[key] { return id }
            let id = "font\(styles.count)"
            styles[key] = id
            styleOrder.append("<TextStyle ID=\"\(id)\" FONTFAMILY=\"\(string.face.family.xmlEscaped)\" FONTSIZE=\"\(string.size.coordinate)\"\(bold ? " FONTSTYLE=\"bold\"" : "")/>")
            return id
        }
        func box(_ rect: Rect) -> String {
            "HPOS=\"\((rect.minX * scale).coordinate)\" VPOS=\"\((rect.minY * scale).coordinate)\" WIDTH=\"\((rect.width * scale).coordinate)\" HEIGHT=\"\((rect.height * scale).coordinate)\""
        }
        let prefix = page.key
        var counter = 0
        func nextID(_ kind: String) -> String { counter += 1; return "\(prefix)-\(kind)\(counter)" }
        func textBlock(_ block: PlacedTextBlock, indent: String) -> String {
            // A block's text blocks are named after the layout report's block: `p01-lead-tb12`.
            let id = nextID(block.tag.map { "\($0.block.xmlName)-tb" } ?? "tb")
            var out = "\(indent)<TextBlock ID=\"\(id)\" \(box(block.box))\(block.tag.map { " TAGREFS=\"\(Self.tagID($0.part))\"" } ?? "")>\n"
            for line in block.lines {
                out += "\(indent)  <TextLine ID=\"\(nextID("tl"))\" \(box(line.box))>\n"
                for (index, string) in line.strings.enumerated() {
                    if index > 0 {
                        // The space between two strings.
                        let left = line.strings[index - 1].box.maxX
                        out += "\(indent)    <SP WIDTH=\"\((max(0, string.box.minX - left) * scale).coordinate)\" HPOS=\"\((left * scale).coordinate)\" VPOS=\"\((string.box.minY * scale).coordinate)\"/>\n"
                    }
                    let subs = string.hyphenatedWord.map { " SUBS_TYPE=\"\($0.part.rawValue)\" SUBS_CONTENT=\"\($0.word.xmlEscaped)\"" } ?? ""
                    out += "\(indent)    <String ID=\"\(nextID("s"))\" CONTENT=\"\(string.text.xmlEscaped)\" \(box(string.box)) STYLEREFS=\"\(style(string))\"\(subs)/>\n"
                }
                if let hyphen = line.hyphen {
                    out += "\(indent)    <HYP CONTENT=\"-\" HPOS=\"\((hyphen.minX * scale).coordinate)\" VPOS=\"\((hyphen.minY * scale).coordinate)\" WIDTH=\"\((hyphen.width * scale).coordinate)\"/>\n"
                }
                out += "\(indent)  </TextLine>\n"
            }
            return out + "\(indent)</TextBlock>\n"
        }

        var body = ""
        var order: [String] = []
        var placedBlocks = Set<Int>()
        for article in issue.articles(on: pageIndex) {
            guard let part = article.parts.first(where: { $0.page == pageIndex }) else { continue }
            let area = part.rects.dropFirst().reduce(part.rects[0]) { $0.union($1) }
            order.append("\(prefix)-\(article.id)")
            body += "      <ComposedBlock ID=\"\(prefix)-\(article.id)\" TYPE=\"\(article.kind == .story ? "article" : "illustration")\" \(box(area))>\n"
            for (index, block) in page.text.enumerated() where block.tag.map({ part.blocks.contains($0.block) }) == true {
                placedBlocks.insert(index)
                body += textBlock(block, indent: "        ")
            }
            for photo in page.photos where part.blocks.contains(photo.block) {
                body += "        <Illustration ID=\"\(nextID("\(photo.block.xmlName)-il"))\" TYPE=\"photo\" \(box(photo.rect))/>\n"
            }
            body += "      </ComposedBlock>\n"
        }
        for (index, block) in page.text.enumerated() where !placedBlocks.contains(index) {
            order.append("\(prefix)-tb\(counter + 1)")
            body += textBlock(block, indent: "      ")
        }
        let readingOrder = order.enumerated().map { "      <ElementRef ID=\"\(prefix)-ro\($0.offset + 1)\" REF=\"\($0.element)\"/>" }.joined(separator: "\n")
        let width = SiteLayout.zoomWidth
        let height = SiteLayout.zoomHeight(page)
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <alto xmlns="http://www.loc.gov/standards/alto/ns-v4#" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.loc.gov/standards/alto/ns-v4# http://www.loc.gov/alto/v4/alto-4-4.xsd">
          <Description>
            <MeasurementUnit>pixel</MeasurementUnit>
            <sourceImageInformation>
              <fileName>../\(SiteLayout.pageImage(page, width: width))</fileName>
            </sourceImageInformation>
            <Processing ID="processing">
              <processingStepDescription>set by Broadsheet: coordinates of the glyphs as typeset, not recognised</processingStepDescription>
              <processingSoftware>
                <softwareName>Broadsheet</softwareName>
                <softwareVersion>\(software.xmlEscaped)</softwareVersion>
              </processingSoftware>
            </Processing>
          </Description>
          <Styles>
            \(styleOrder.joined(separator: "\n    "))
          </Styles>
          <Tags>
        \(Self.tags)
          </Tags>
          <ReadingOrder>
            <OrderedGroup ID="\(prefix)-reading-order">
        \(readingOrder)
            </OrderedGroup>
          </ReadingOrder>
          <Layout>
            <Page ID="\(prefix)" PHYSICAL_IMG_NR="\(pageIndex + 1)" PRINTED_IMG_NR="\(page.number)" WIDTH="\(width)" HEIGHT="\(height)">
              <PrintSpace HPOS="0" VPOS="0" WIDTH="\(width)" HEIGHT="\(height)">

        """ + body + """
              </PrintSpace>
            </Page>
          </Layout>
        </alto>

        """
    }

    /// The parts of an article as ALTO structure tags, which text blocks point to.
    static func tagID(_ part: TextTag.Part) -> String {
        switch part {
        case .kicker: "kicker"
        case .headline: "headline"
        case .subhead: "subhead"
        case .byline: "byline"
        case .jumpLine: "jumpline"
        case .body: "paragraph"
        case .caption: "caption"
        }
    }

    static let tags = [("kicker", "引题 (kicker)"), ("headline", "主题 (headline)"), ("subhead", "副题 (subhead)"),
                       ("byline", "byline"), ("jumpline", "转版 (continued on / from)"), ("paragraph", "paragraph"), ("caption", "caption")]
        .map { "    <StructureTag ID=\"\($0.0)\" TYPE=\"structure\" LABEL=\"\($0.1)\"/>" }.joined(separator: "\n")
}

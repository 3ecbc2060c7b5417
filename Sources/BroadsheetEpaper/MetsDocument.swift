/// The issue as METS 1.12 (https://www.loc.gov/standards/mets/): every page's files (zoom image,
/// ALTO, PDF) and the physical structure of pages; the logical structure of articles, each pointing
/// into the ALTO of every page it stands on (a jumped story's two parts in order).
struct MetsDocument {
    let issue: EpaperIssue

    func xml() -> String {
        let title = issue.paper + (issue.date.map { " \($0)" } ?? "")
        var files = ""
        var physical = ""
        for (index, page) in issue.pages.enumerated() {
            let key = page.key
            files += """
                  <mets:file ID="\(key)-image" MIMETYPE="image/jpeg"><mets:FLocat LOCTYPE="URL" xlink:href="\(SiteLayout.pageImage(page, width: SiteLayout.zoomWidth))"/></mets:file>

            """
            physical += """
                  <mets:div ID="phys-\(key)" TYPE="page" ORDER="\(index + 1)" ORDERLABEL="\(page.number)" LABEL="\(page.label.xmlEscaped)">
                    <mets:fptr FILEID="\(key)-image"/>
                    <mets:fptr FILEID="\(key)-alto"/>
                    <mets:fptr FILEID="\(key)-pdf"/>
                  </mets:div>

            """
        }
        let altos = issue.pages.map { "      <mets:file ID=\"\($0.key)-alto\" MIMETYPE=\"text/xml\"><mets:FLocat LOCTYPE=\"URL\" xlink:href=\"\(SiteLayout.alto($0))\"/></mets:file>" }
        let pdfs = issue.pages.map { "      <mets:file ID=\"\($0.key)-pdf\" MIMETYPE=\"application/pdf\"><mets:FLocat LOCTYPE=\"URL\" xlink:href=\"\(SiteLayout.pagePDF($0))\"/></mets:file>" }
        var logical = ""
        for (order, article) in issue.articles.enumerated() {
            let areas = article.parts.map { part in
                "          <mets:area FILEID=\"\(issue.pages[part.page].key)-alto\" BEGIN=\"\(issue.pages[part.page].key)-\(article.id)\" BETYPE=\"IDREF\"/>"
            }.joined(separator: "\n")
            logical += """
                  <mets:div ID="log-\(article.id)" TYPE="\(article.kind == .story ? "article" : "illustration")" ORDER="\(order + 1)" LABEL="\(article.title.xmlEscaped)">
                    <mets:fptr>
                      <mets:seq>
            \(areas)
                      </mets:seq>
                    </mets:fptr>
                  </mets:div>

            """
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.loc.gov/METS/ http://www.loc.gov/standards/mets/mets.xsd" OBJID="\(title.xmlEscaped)" LABEL="\(title.xmlEscaped)" TYPE="newspaper issue">
          <mets:metsHdr\(issue.date.map { " CREATEDATE=\"\($0.isoDateTime)\"" } ?? "")>
            <mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE"><mets:name>Broadsheet</mets:name></mets:agent>
          </mets:metsHdr>
          <mets:fileSec>
            <mets:fileGrp USE="IMAGE">
        \(files)    </mets:fileGrp>
            <mets:fileGrp USE="ALTO">
        \(altos.joined(separator: "\n"))
            </mets:fileGrp>
            <mets:fileGrp USE="PDF">
        \(pdfs.joined(separator: "\n"))
            </mets:fileGrp>
          </mets:fileSec>
          <mets:structMap TYPE="PHYSICAL">
            <mets:div ID="phys-issue" TYPE="issue" LABEL="\(title.xmlEscaped)">
        \(physical)    </mets:div>
          </mets:structMap>
          <mets:structMap TYPE="LOGICAL">
            <mets:div ID="log-issue" TYPE="issue" LABEL="\(title.xmlEscaped)">
        \(logical)    </mets:div>
          </mets:structMap>
        </mets:mets>

        """
    }
}

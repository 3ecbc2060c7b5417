import ArgumentParser
import BroadsheetEpaper
import BroadsheetPipeline
import Foundation

struct Epaper: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "epaper",
        abstract: "Write the digital edition (数字报) of an edition or page as a static site.",
        discussion: """
        The site holds page images (300, 1200 and 2400 pixels wide) with a IIIF Image API 3.0 level-0 tile \
        pyramid, page PDFs, ALTO 4.4 per page, METS and a IIIF Presentation 3.0 manifest for the issue, \
        and HTML: an index of pages, page views with clickable articles, and article pages. It is written \
        whole or not at all.
        """)

    @Argument(help: "An edition file, or page files making one issue in their order. Default: the built-in example page.")
    var documents: [String] = []

    @Option(name: .shortAndLong, help: "The site's folder.")
    var output: String

    @Option(help: "The address the site will be served from: IIIF identifiers are absolute.")
    var baseURL = "http://localhost:8080/"

    @OptionGroup var policy: PolicyOptions

    func validate() throws {
        guard let url = URL(string: baseURL), ["http", "https"].contains(url.scheme ?? "") else {
            throw ValidationError("--base-url must be an http or https address")
        }
    }

    func run() throws {
        try runReportingErrors(run)
    }

    private func run(_ session: RenderSession) throws {
        let laidOut: LaidOutDocument
        if documents.count <= 1 {
            laidOut = try session.layOutDocument(documents.first, policy: policy.runPolicy)
        } else {
            var pages: [LaidOutPage] = []
            for path in documents {
                guard case .page(let page) = try session.layOutDocument(path, policy: policy.runPolicy) else {
                    throw RunFailure("\(path): an edition file goes alone; give it, or page files")
                }
                pages.append(page)
            }
            laidOut = .edition(LaidOutEdition(pages: pages))
        }
        try session.check(laidOut, policy: policy.runPolicy)
        try EpaperSite(session: session, document: laidOut, baseURL: baseURL).write(to: output) { line in
            FileHandle.standardError.write(Data("\(line)\n".utf8))
        }
        print("wrote \(output)")
    }
}

import BroadsheetCairo
import BroadsheetDocument
import BroadsheetGeometry
import BroadsheetPDF
import BroadsheetPipeline
import BroadsheetText
import Foundation

/// Hostile text set with the real shapers and drawn by the real renderer: the input's text (see
/// `FuzzText`) goes straight into a story's headline and body — past the loaders, which refuse
/// control characters, so that Pango, HarfBuzz and Cairo meet every character themselves — laid out
/// through the pipeline with Pango on Broadsheet's fonts, beside a vertical headline, then written to
/// a PDF and a PNG in memory. Every character must be accounted for and every position finite.
enum RenderTarget {
    /// The pipeline with Pango on the project's fonts, built once per process.
    static let session = RenderSession(home: BroadsheetHome(root: FuzzFixtures.root), warn: { _ in })

    static func run(_ input: some Collection<UInt8>) throws -> [DocumentError] {
        var reader = FuzzText(input, maximumLength: 20_000)
        let language = LanguageTag.allCases[Int(reader.byte()) % LanguageTag.allCases.count]
        let headline = String(reader.text().prefix(60))
        let body = reader.text()
        let story = Story(headline: headline.isEmpty ? "标题" : headline, body: body.isEmpty ? [] : [.paragraph(body)], language: language,
                          file: FuzzFixtures.story)
        let blocks = [
            Block(name: "story", area: GridArea(column: 0, columns: 3, line: 0, lines: 40), content: .story(story, StoryStyle()), sourceLine: nil),
            Block(name: "vertical", area: GridArea(column: 3, columns: 3, line: 0, lines: 40),
                  content: .story(story, StoryStyle(verticalHeadline: true)), sourceLine: nil),
        ]
        let page = PageSpec(file: FuzzFixtures.page, grid: StoryTarget.grid, language: language, title: headline, date: nil,
                            masthead: nil, blocks: blocks)
        // A headline that cannot be set at all (a vertical one wider than its block) is a located input error.
        var errors: [DocumentError] = []
        try FuzzFixtures.expectingLocatedErrors(file: FuzzFixtures.story, text: nil, errors: &errors) {
            let laidOut = try session.layOut(page)
            try LayoutChecks.finite(laidOut.frame)
            try LayoutChecks.accounts(for: story, laidOut.report.blocks[0])
            _ = try PDFWriter().pdf([laidOut.frame], output: "fuzz.pdf")
            _ = try PageRenderer().png([laidOut.frame], dpi: 12, output: "fuzz.png")
        }
        return errors
    }
}

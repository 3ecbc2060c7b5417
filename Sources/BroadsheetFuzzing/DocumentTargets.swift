import BroadsheetDocument
import BroadsheetFormats
import BroadsheetGeometry
import BroadsheetLayout
import BroadsheetPipeline
import BroadsheetText
import Foundation

/// The page, grid and edition loaders: the input is read as a page file, a grid file and an edition
/// file; a page or edition that loads is laid out, and so is a page on a grid that loads.
enum YAMLTarget {
    static func run(_ input: Data) throws -> [DocumentError] {
        var errors: [DocumentError] = []
        guard let text = try FuzzFixtures.decode(input, file: FuzzFixtures.page, errors: &errors) else { return errors }
        try FuzzFixtures.expectingLocatedErrors(file: FuzzFixtures.page, text: text, errors: &errors) {
            try LayoutChecks.layOut(try PageLoader.parse(text, file: FuzzFixtures.page, gridDirectory: FuzzFixtures.grids))
        }
        try FuzzFixtures.expectingLocatedErrors(file: FuzzFixtures.edition, text: text, errors: &errors) {
            let edition = try EditionLoader.parse(text, file: FuzzFixtures.edition, gridDirectory: FuzzFixtures.grids)
            for page in try FuzzFixtures.session.layOut(edition).pages { try LayoutChecks.finite(page.frame) }
        }
        try FuzzFixtures.expectingLocatedErrors(file: FuzzFixtures.grid, text: text, errors: &errors) {
            let grid = try GridLoader.parse(text, file: FuzzFixtures.grid, defaultName: "fuzz")
            let masthead = grid.lines > 1 ? Masthead(title: "浙江法制报", lines: 1) : nil
            let area = GridArea(column: 0, columns: grid.columns, line: masthead == nil ? 0 : 1, lines: grid.lines - (masthead == nil ? 0 : 1))
            let story = try StoryParser.load(path: FuzzFixtures.story)
            try LayoutChecks.layOut(PageSpec(file: FuzzFixtures.grid, grid: grid, language: .simplifiedChinese, title: "fuzz", date: nil,
                                             masthead: masthead, blocks: [Block(name: "story", area: area, content: .story(story, StoryStyle()), sourceLine: nil)]))
        }
        return errors
    }
}

/// The story parser: a story that parses is laid out in a block too small for it, in a block with
/// a vertical headline, and as a galley; without its byline (which is spaced out before it is set)
/// it must account for every character of its body.
enum StoryTarget {
    static let grid = try! GridLoader.load(path: FuzzFixtures.grids + "/tabloid-6col.yaml")

    static func run(_ input: Data) throws -> [DocumentError] {
        var errors: [DocumentError] = []
        guard let text = try FuzzFixtures.decode(input, file: FuzzFixtures.story, errors: &errors) else { return errors }
        try FuzzFixtures.expectingLocatedErrors(file: FuzzFixtures.story, text: text, errors: &errors) {
            let story = try StoryParser.parse(text, file: FuzzFixtures.story)
            var withoutByline = story
            withoutByline.byline = nil
            let blocks = [
                Block(name: "small", area: GridArea(column: 0, columns: 3, line: 0, lines: 20),
                      content: .story(withoutByline, StoryStyle()), sourceLine: nil),
                Block(name: "vertical", area: GridArea(column: 3, columns: 3, line: 0, lines: 60),
                      content: .story(story, StoryStyle(verticalHeadline: true)), sourceLine: nil),
            ]
            try LayoutChecks.layOut(PageSpec(file: FuzzFixtures.page, grid: grid, language: .simplifiedChinese, title: "fuzz", date: nil,
                                             masthead: nil, blocks: blocks))
            let galley = try FuzzFixtures.session.galley(withoutByline, grid: grid, GalleyRequest(columns: 2))
            for page in galley.pages { try LayoutChecks.finite(page) }
            try LayoutChecks.accounts(for: withoutByline, galley.report.blocks[0])
        }
        return errors
    }
}

import BroadsheetComposer
import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetText
import Foundation

/// A copy editor's galley proof (长条校样): one story set in a grid's body style, in N basic columns
/// per page, headline on top, on as many pages as the text needs — never overset.
public struct GalleyLayout {
    let shaper: TextShaper
    let hyphenator: (any Hyphenator)?

    public init(shaper: TextShaper, hyphenator: (any Hyphenator)? = nil) {
        self.shaper = shaper
        self.hyphenator = hyphenator
    }

    /// Margin around the galley's columns.
    static let margin = Length.mm(12)

    /// The galley's pages, its report, and a dump of every composed body line (see `ComposedLine.dump`).
    public func layout(_ story: Story, grid spec: GridSpec, columns: Int, language: LanguageTag,
                       composition: CompositionSettings) throws -> (pages: [PageFrame], report: LayoutReport, dump: String) {
        let pageSpec = Self.galleyGrid(spec, columns: columns)
        let grid = pageSpec.pageGrid
        let house = HouseStyle(bodySize: grid.bodySize)
        let page = PageSpec(file: story.file, grid: pageSpec, language: language, title: story.headline, date: nil,
                            masthead: nil, blocks: [], composition: composition)
        var setter = TextSetter(shaper: shaper, hyphenator: hyphenator, composition: Composition(page: page, story: story))
        let name = URL(fileURLWithPath: story.file).deletingPathExtension().lastPathComponent
        let rect = grid.rect(for: GridArea(column: 0, columns: columns, line: 0, lines: spec.lines))
        var items: [FrameItem] = []
        let headerLines = try HeadlineStack(grid: grid, house: house).layout(
            story, size: house.headlineSize(columns: columns), rect: rect, firstLine: 0, setter: &setter, items: &items, block: name).lines
        let body = try StoryBody(story, width: grid.columnWidth, house: house, setter: &setter, block: name)

        var pages: [[FrameItem]] = []
        var remaining = body.flow[...]
        var firstRow = min(headerLines, spec.lines - 1)
        repeat {
            for (column, rows) in Self.columnLengths(remaining.count, columns: columns, rows: spec.lines - firstRow).enumerated() {
                for (row, flowLine) in remaining.prefix(rows).enumerated() {
                    let set = body.paragraphs[flowLine.paragraph]
                    items += TextSetter.runs(flowLine.line, of: set.shaped, left: grid.columnX(column),
                                             baseline: IdeographicEmBox.baseline(frameTop: grid.lineY(firstRow + row), size: grid.bodySize),
                                             color: .black).map(FrameItem.glyphs)
                }
                remaining = remaining.dropFirst(rows)
            }
            pages.append(items)
            items = []
            firstRow = 0
        } while !remaining.isEmpty

        var report = LayoutReport()
        report.blocks = [LayoutReport.BlockReport(name: name, kind: "galley", rect: [rect.minX, rect.minY, rect.width, rect.height],
                                                  linesPerColumn: [body.flow.count], oversetCharacters: 0,
                                                  placedCharacters: body.flow.reduce(0) { $0 + $1.line.characterCount })]
        report.glyphProblems = setter.problems
        let frames = pages.enumerated().map { number, items in
            PageFrame(width: grid.trim.width, height: grid.trim.height,
                      items: items + folio(name, page: number + 1, of: pages.count, grid: grid, setter: &setter),
                      metadata: .init(title: story.headline, date: nil))
        }
        report.fonts = frames.flatMap(\.faces).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        let dump = body.flow.map { body.paragraphs[$0.paragraph].shaped }.enumerated()
            .map { index, shaped in body.flow[index].line.dump(of: shaped) }.joined(separator: "\n") + "\n"
        return (frames, report, dump)
    }

    /// Lines in each column of a page of `rows` rows: full columns while the text lasts beyond the
    /// page, else the lines left shared evenly, the first columns taking one line more where they do
    /// not divide.
    static func columnLengths(_ lines: Int, columns: Int, rows: Int) -> [Int] {
        guard lines < columns * rows else { return Array(repeating: rows, count: columns) }
        return (0..<columns).map { lines / columns + ($0 < lines % columns ? 1 : 0) }
    }

    /// The galley page: the grid's body style and lines, `columns` basic columns, a margin all round.
    static func galleyGrid(_ spec: GridSpec, columns: Int) -> GridSpec {
        var page = spec
        page.columns = columns
        let typeArea = page.pageGrid.typeArea
        page.trimWidth = Length(points: typeArea.width) + margin * 2
        page.trimHeight = Length(points: typeArea.height) + margin * 2
        page.topMargin = margin
        page.name = "\(spec.name) galley, \(columns) column\(columns == 1 ? "" : "s")"
        return page
    }

    /// The slug under the columns: the story file and the page number, so proofs can be put in order.
    private func folio(_ name: String, page: Int, of count: Int, grid: PageGrid, setter: inout TextSetter) -> [FrameItem] {
        guard let line = try? setter.headline("\(name)　\(page)/\(count)", role: "hei", size: 6.5,
                                              width: grid.typeArea.width, alignment: .right, block: name) else { return [] }
        return line.runs(left: grid.typeArea.minX, top: grid.typeArea.maxY + Self.margin.points / 3, color: .black)
    }
}

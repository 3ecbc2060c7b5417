import BroadsheetComposer
import BroadsheetText
import Testing

/// How Japanese reduces a line (jlreq §3.8.3), on real copy in a 12-character tabloid column without
/// hanging marks (as on grids with column rules): the spaces beside a run of digits stay fixed, so the
/// run keeps its whole cells.
@Suite("Japanese line reduction")
struct JapaneseReductionTests {
    /// Pen positions in ems of the clusters of `line`.
    static func cells(_ line: ComposedLine) -> [Double] {
        line.placements.map { ($0.x + $0.shift) / TabloidColumn.em }
    }

    @Test("the spaces beside digits stay fixed: a date line keeps every character on the grid (令和3年8月27日)")
    func digitSpacesStayFixed() throws {
        let text = try TabloidColumn.paragraph("ja/suzuki-para-gold-call.md", containing: "令和3年8月27日")
        let (lines, shaped) = try TabloidColumn.compose(text, .japanese, hanging: false)
        let first = try #require(TabloidColumn.texts(lines, shaped).first)
        // Shrinking the spaces around 3 and 8 by ⅛ em each once fitted 理 too, with 年 a quarter and
        // 月 日 half an em off the grid.
        #expect(first == "令和3年8月27日、菅総", "\(first)")
        #expect(TabloidColumn.offGrid(lines[0], shaped).isEmpty, "\(TabloidColumn.offGrid(lines[0], shaped))")
        let cells = Self.cells(lines[0])
        let year = try #require(lines[0].placements.firstIndex { shaped.clusters[$0.cluster].text == "年" })
        let month = try #require(lines[0].placements.firstIndex { shaped.clusters[$0.cluster].text == "月" })
        #expect(abs(cells[year] - 4) < 0.01 && abs(cells[month] - 6) < 0.01, "年 at \(cells[year]), 月 at \(cells[month])")
    }
}

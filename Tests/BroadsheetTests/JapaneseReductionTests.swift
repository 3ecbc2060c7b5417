import BroadsheetComposer
import BroadsheetText
import Testing

/// How Japanese reduces a line (jlreq §3.8.3), on real copy in a 12-character tabloid column without
/// hanging marks (as on grids with column rules): a full stop mid-line keeps its half em, and the
/// spaces beside a run of digits stay fixed, so the run keeps its whole cells.
@Suite("Japanese line reduction")
struct JapaneseReductionTests {
    /// Pen positions in ems of the clusters of `line`.
    static func cells(_ line: ComposedLine) -> [Double] {
        line.placements.map { ($0.x + $0.shift) / TabloidColumn.em }
    }

    @Test("a full stop mid-line keeps its half em; the line is adjusted elsewhere (おります。引き続き)")
    func fullStopKeepsItsSpace() throws {
        let text = try TabloidColumn.paragraph("ja/kumamoto-quake-ccs.md", containing: "引き続き")
        let (lines, shaped) = try TabloidColumn.compose(text, .japanese, hanging: false)
        let texts = TabloidColumn.texts(lines, shaped)
        for (line, string) in zip(lines, texts) {
            let cells = Self.cells(line)
            for (position, placement) in line.placements.enumerated().dropLast()
            where CharacterClass(shaped.clusters[placement.cluster].text.first ?? " ") == .stop {
                #expect(cells[position + 1] - cells[position] > 0.99, "\(string): the stop is set \(cells[position + 1] - cells[position]) em wide")
            }
        }
        // Squeezing the stop once set おります。引き続き、被害状 with 引 and 続 half an em off the grid.
        let line = try #require(texts.firstIndex { $0.hasPrefix("おります。引き続き") })
        #expect(texts[line] == "おります。引き続き、被害", "\(texts[line])")
        #expect(TabloidColumn.offGrid(lines[line], shaped).isEmpty, "\(TabloidColumn.offGrid(lines[line], shaped))")
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

    @Test("Chinese still squeezes a mid-line full stop when a line must shrink (clreq §3.5.3)")
    func chineseStopsStillShrink() throws {
        let shaped = try FixedPitchShaper().shape("他说。疫情就是战情广，要把", style: TextStyle(role: "song", size: 9, language: .simplifiedChinese))
        let lines = LineComposer(options: .init(hangingPunctuation: false)).compose(shaped, width: 10 * 9)
        #expect(TabloidColumn.texts(lines, shaped).first == "他说。疫情就是战情广，")
        #expect(abs(Self.cells(lines[0])[3] - 2.5) < 0.01)
    }
}

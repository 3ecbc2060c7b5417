import BroadsheetComposer
import BroadsheetText
import Testing

/// Issue 12: the ideographs of real copy stay on the character grid (clreq §3.2.5) in a 12-character
/// tabloid-6col column.
@Suite("Character grid on real copy")
struct CharacterGridTests {
    @Test("the interpunct · of a transliterated name takes a full cell (clreq §3.1.2), so the name stays on the grid")
    func interpunctTakesACell() throws {
        let text = try TabloidColumn.paragraph("zh-Hans/nasa-moon-base.md", containing: "杰夫·贝佐斯")
        let (lines, shaped) = try TabloidColumn.compose(text, .simplifiedChinese, hanging: false)
        let dot = try #require(shaped.clusters.first { $0.text == "·" })
        #expect(abs(dot.advance - TabloidColumn.em) < 0.01)
        let placements = lines.flatMap(\.placements)
        let name = try #require(placements.indices.first { shaped.clusters[placements[$0].cluster].text == "·" })
        #expect(abs(placements[name + 1].x - placements[name - 1].x - 2 * TabloidColumn.em) < 0.01, "夫·贝 is not two cells")
        let line = try #require(lines.first { TabloidColumn.texts([$0], shaped)[0].contains("杰夫·贝佐斯") })
        #expect(TabloidColumn.offGrid(line, shaped).isEmpty, "\(TabloidColumn.texts([line], shaped)[0])")
    }
}

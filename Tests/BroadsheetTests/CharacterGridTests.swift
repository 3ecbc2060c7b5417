import BroadsheetComposer
import BroadsheetFormats
import BroadsheetText
import Foundation
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
        for l in lines { print("LINE", TabloidColumn.texts([l], shaped)[0], l.gapAdjustment / 9, TabloidColumn.offGrid(l, shaped).count) }
        let line = try #require(lines.first { TabloidColumn.texts([$0], shaped)[0].contains("杰夫·贝佐斯") })
        #expect(TabloidColumn.offGrid(line, shaped).isEmpty, "\(TabloidColumn.texts([line], shaped)[0])")
    }

    @Test("a number with a decimal point or per cent sign is set half width: 3.8% fills two cells")
    func halfWidthNumber() throws {
        let text = try TabloidColumn.paragraph("zh-Hans/cpi-may.md", containing: "3.8%")
        let shaped = try TestSupport.pangoShaper().shape(text, style: TextStyle(role: "song", size: TabloidColumn.em, language: .simplifiedChinese))
        let start = try #require(shaped.clusters.indices.first { index in
            shaped.clusters[index...].prefix(4).map(\.text).joined() == "3.8%"
        })
        let width = shaped.clusters[start..<start + 4].reduce(0) { $0 + $1.advance }
        #expect(abs(width - 2 * TabloidColumn.em) < 0.01)
    }

    @Test("a number starting a line shrinks only the space it has: no cluster overlaps the one before it")
    func lineStartNumberKeepsItsPlace() throws {
        let story = try StoryParser.load(path: TestSupport.root.appendingPathComponent("Tests/Copy/tuning/zh-Hans/cpi-may.md").path)
        for paragraph in story.body.map(\.text) {
            let (lines, shaped) = try TabloidColumn.compose(paragraph, .simplifiedChinese, hanging: false)
            for (line, string) in zip(lines, TabloidColumn.texts(lines, shaped)) {
                for (before, after) in zip(line.placements, line.placements.dropFirst()) {
                    #expect(after.x >= before.x + before.width - 0.01, "\(string)")
                }
            }
        }
    }

    @Test("a line short of the measure spreads where it moves fewest ideographs off the grid, no gap between CJK characters over 0.15 em")
    func spreadKeepsTheGrid() throws {
        let text = try TabloidColumn.paragraph("zh-Hans/cpi-may.md", containing: "美国汽车协会(AAA)说")
        let (lines, shaped) = try TabloidColumn.compose(text, .simplifiedChinese, hanging: false)
        // Spread evenly over its 10 gaps, 4.56美元，创四年来的新 had 7 of its 8 ideographs off the grid.
        let line = try #require(lines.first { TabloidColumn.texts([$0], shaped)[0].hasPrefix("4.56美元，创四年来的新") })
        #expect(line.gapAdjustment > 0)
        #expect(TabloidColumn.offGrid(line, shaped).count <= 3, "\(TabloidColumn.offGrid(line, shaped))")
        for line in lines {
            for (before, after) in zip(line.placements, line.placements.dropFirst()) {
                let pair = [before, after].map { CharacterClass(shaped.clusters[$0.cluster].text.first ?? " ") }
                guard !pair.contains(.latin) && !pair.contains(.space) else { continue }
                #expect(after.x - before.x - before.width <= 0.15 * TabloidColumn.em + 1e-6,
                        "a loose gap before \(shaped.clusters[after.cluster].text) in \(TabloidColumn.texts([line], shaped)[0])")
            }
        }
    }

    @Test("a line too long gives up the blanks that keep the grid: 说：“ closes up before the interpunct of 贾里德·艾萨克曼 shrinks")
    func squeezeKeepsTheGrid() throws {
        let text = try TabloidColumn.paragraph("zh-Hans/nasa-moon-base.md", containing: "艾萨克曼说")
        let (lines, shaped) = try TabloidColumn.compose(text, .simplifiedChinese, hanging: false)
        let line = try #require(lines.first { TabloidColumn.texts([$0], shaped)[0].contains("德·艾萨克曼说：“") })
        #expect(TabloidColumn.offGrid(line, shaped).isEmpty, "\(TabloidColumn.texts([line], shaped)[0]): \(TabloidColumn.offGrid(line, shaped))")
    }

    @Test("ASCII parentheses around or beside CJK text are set full width (clreq §3.1.2), each in a cell: 协会(AAA)说 reads 协会（AAA）说")
    func parenthesesTakeCells() throws {
        let text = try TabloidColumn.paragraph("zh-Hans/cpi-may.md", containing: "美国汽车协会(AAA)说")
        let shaped = try TestSupport.pangoShaper().shape(text, style: TextStyle(role: "song", size: TabloidColumn.em, language: .simplifiedChinese))
        #expect(shaped.clusters.map(\.text).joined().contains("协会（AAA）说"))
        for cluster in shaped.clusters where cluster.text == "（" || cluster.text == "）" {
            #expect(abs(cluster.advance - TabloidColumn.em) < 0.01)
        }
        let latin = try TestSupport.pangoShaper().shape("a (b) c", style: TextStyle(role: "song", size: TabloidColumn.em, language: .simplifiedChinese))
        #expect(latin.clusters.map(\.text).joined() == "a (b) c")
    }

    @Test("a line too long may close up the spaces beside a Latin run nearest its start when that keeps the grid: （CDC）星期四说")
    func squeezeFromTheStart() throws {
        let text = try TabloidColumn.paragraph("zh-Hans/who-ebola-drc.md", containing: "(CDC)星期四说")
        let (lines, shaped) = try TabloidColumn.compose(text, .simplifiedChinese, hanging: false)
        let line = try #require(lines.first { TabloidColumn.texts([$0], shaped)[0].hasPrefix("（CDC）星期四说") })
        // Squeezed from its end back, 星期四说 and 不过 left the grid; the spaces and ） close up instead.
        #expect(TabloidColumn.offGrid(line, shaped).count <= 2, "\(TabloidColumn.texts([line], shaped)[0]): \(TabloidColumn.offGrid(line, shaped))")
    }

    @Test("the tuning copy's galleys keep at least 95 % of their ideographs on the grid in each language",
          arguments: [("zh-Hans", LanguageTag.simplifiedChinese), ("zh-Hant", .traditionalChinese), ("ja", .japanese)])
    func tuningCopyOnTheGrid(folder: String, language: LanguageTag) throws {
        let stories = try FileManager.default.contentsOfDirectory(atPath: TestSupport.root.appendingPathComponent("Tests/Copy/tuning/\(folder)").path)
        var ideographs = 0, offGrid = 0
        for name in stories where name.hasSuffix(".md") {
            let story = try StoryParser.load(path: TestSupport.root.appendingPathComponent("Tests/Copy/tuning/\(folder)/\(name)").path)
            for paragraph in story.body.map(\.text) {
                let (lines, shaped) = try TabloidColumn.compose(paragraph, language, hanging: language.defaultComposition.hangingPunctuation ?? false)
                for line in lines {
                    ideographs += line.placements.filter { CharacterClass(shaped.clusters[$0.cluster].text.first ?? " ") == .ideograph }.count
                    offGrid += TabloidColumn.offGrid(line, shaped).count
                }
            }
        }
        #expect(Double(ideographs - offGrid) / Double(ideographs) >= 0.95, "\(offGrid) of \(ideographs) ideographs off the grid")
    }
}

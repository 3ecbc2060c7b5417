import BroadsheetComposer
import BroadsheetDocument
import BroadsheetFormats
@testable import BroadsheetLayout
import BroadsheetText
import Foundation
import Testing

/// Running text as page layout sets it (Composition), on real copy in 12-character tabloid columns:
/// each language's paragraph indent, and word spaces that give way before syllables are spread.
@Suite("Paragraph indent and word spaces")
struct ParagraphIndentTests {
    static func composition(_ language: LanguageTag) throws -> Composition {
        let grid = try GridLoader.load(path: TestSupport.grids + "/tabloid-6col.yaml")
        return Composition(page: PageSpec(file: "test.yaml", grid: grid, language: language, title: "", date: nil,
                                          masthead: nil, blocks: [], composition: CompositionSettings()))
    }

    @Test("a paragraph's first line is indented two characters in Chinese, one in Japanese and Korean",
          arguments: [("zh-Hans/cpi-may.md", LanguageTag.simplifiedChinese, 2.0), ("zh-Hant/anti-drug-awards.md", .traditionalChinese, 2),
                      ("ja/kumamoto-quake-ccs.md", .japanese, 1), ("ko/kiribati-police.md", .korean, 1)])
    func indent(story: String, language: LanguageTag, ems: Double) throws {
        let options = try Self.composition(language).body(size: TabloidColumn.em)
        let path = TestSupport.root.appendingPathComponent("Tests/Copy/tuning/\(story)").path
        for paragraph in try StoryParser.load(path: path).body.map(\.text) where paragraph.first?.isLetter == true {
            let shaped = try TestSupport.pangoShaper().shape(paragraph, style: TextStyle(role: "song", size: TabloidColumn.em, language: language))
            let lines = LineComposer(options: options).compose(shaped, width: TabloidColumn.width)
            let first = try #require(lines.first?.placements.first)
            #expect(abs(first.x + first.shift - ems * TabloidColumn.em) < 0.01, "\(paragraph.prefix(10)) starts at \(first.x)")
            #expect(lines.dropFirst().allSatisfy { ($0.placements.first?.x ?? 0) < 0.01 })
        }
    }

    @Test("a Korean line 0.1 em too long takes the word from the next line by narrowing its word spaces (유엔은 21일 공개한 '2021)")
    func wordSpacesGiveWay() throws {
        let options = try Self.composition(.korean).body(size: TabloidColumn.em)
        let text = try TabloidColumn.paragraph("ko/child-mortality-report.md", containing: "유엔은 21일")
        let shaped = try TestSupport.pangoShaper().shape(text, style: TextStyle(role: "song", size: TabloidColumn.em, language: .korean))
        let lines = LineComposer(options: options).compose(shaped, width: TabloidColumn.width)
        let first = try #require(TabloidColumn.texts(lines, shaped).first)
        #expect(first.trimmingCharacters(in: .whitespaces).hasSuffix("'2021"), "\(first)")
        // Lines of English words (the report's title) justify between words, as English does.
        let syllables = /\p{Hangul}\p{Hangul}/
        for (line, string) in zip(lines, TabloidColumn.texts(lines, shaped)) where !line.endsParagraph && string.contains(syllables) {
            #expect(line.gapAdjustment <= 0.25 * TabloidColumn.em, "\(string) spread \(line.gapAdjustment / TabloidColumn.em) em a gap")
            #expect(line.end <= TabloidColumn.width + 0.01, "\(string) ends at \(line.end)")
        }
    }
}

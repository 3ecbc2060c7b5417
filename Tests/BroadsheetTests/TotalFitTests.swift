import BroadsheetComposer
import BroadsheetText
import Foundation
import Testing

/// Issue 12 on real copy (Tests/Copy/tuning), in 12-character columns of 9 pt (tabloid-6col) with a
/// language's indent: total fit, closing marks after a hung mark, and zh-Hans setting without hanging.
@Suite("Total fit and line ends")
struct TotalFitTests {
    @Test("total fit: a paragraph first fit set with a loose line (均价格推高到每加仑, +0.375 em a gap) has none")
    func noLooseLine() throws {
        let text = try TabloidColumn.paragraph("zh-Hans/cpi-may.md", containing: "美国汽车协会")
        let (lines, shaped) = try TabloidColumn.compose(text, .simplifiedChinese, hanging: false)
        for (line, string) in zip(lines, TabloidColumn.texts(lines, shaped)) where !line.endsParagraph {
            #expect(line.gapAdjustment <= 0.15 * TabloidColumn.em + 1e-9, "\(string) spread \(line.gapAdjustment / TabloidColumn.em) em a gap")
            #expect(abs(line.end - TabloidColumn.width) < 0.01 || line.hangs, "\(string) ends at \(line.end)")
        }
    }

    @Test("a hung 。 followed by ” (with a stray space between) re-breaks: no line starts with the closing mark",
          arguments: [("zh-Hans/nasa-moon-base.md", "登陆火星做准备", LanguageTag.simplifiedChinese),
                      ("ja/suzuki-para-gold-call.md", "本当にありがとうございました", LanguageTag.japanese)])
    func closingMarkAfterHungMark(story: String, containing: String, language: LanguageTag) throws {
        let (lines, shaped) = try TabloidColumn.compose(try TabloidColumn.paragraph(story, containing: containing), language, hanging: true)
        for string in TabloidColumn.texts(lines, shaped) {
            let first = try #require(string.first { $0 != " " })
            #expect(KinsokuLevel.basic.mayStart(CharacterClass(first), language: language), "line starts with \(first): \(string)")
        }
    }

    @Test("in running text a stray ASCII space beside a full-width mark or between ideographs takes no width; in a credit it keeps it")
    func straySpaceTakesNoWidth() throws {
        let style = TextStyle(role: "song", size: 9, language: .simplifiedChinese)
        let body = try TestSupport.pangoShaper().shape("国独立250周年。 同时庆祝 活动", style: style)
        let line = try #require(LineComposer().compose(body, width: 40 * 9).first)
        let spaces = line.placements.filter { body.clusters[$0.cluster].text == " " }
        #expect(spaces.count == 2 && spaces.allSatisfy { $0.width == 0 }, "\(spaces.map(\.width))")
        var options = LineComposer.Options()
        options.alignment = .right
        let credit = try TestSupport.pangoShaper().shape("林云龙 蒋成杰 摄", style: style)
        let creditLine = try #require(LineComposer(options: options).compose(credit, width: 40 * 9).first)
        #expect(creditLine.placements.filter { credit.clusters[$0.cluster].text == " " }.allSatisfy { $0.width > 1 })
    }

    @Test("a stray space before ” or after “ is no break")
    func straySpace() throws {
        let shaped = try FixedPitchShaper().shape("他说：“ 我们准备好了。 ”然后", style: TextStyle(role: "song", size: 9, language: .simplifiedChinese))
        for width in 3...14 {
            let lines = LineComposer().compose(shaped, width: Double(width) * 9)
            for string in TabloidColumn.texts(lines, shaped) {
                #expect(!string.hasPrefix("”") && !string.hasPrefix(" ”"), "width \(width): \(string)")
                #expect(!string.trimmingCharacters(in: .whitespaces).hasSuffix("“"), "width \(width): \(string)")
            }
        }
    }

    @Test("zh-Hans by default hangs nothing, and every line but a paragraph's last is flush within the measure")
    func simplifiedChineseHangsNothing() throws {
        let hanging = try #require(LanguageTag.simplifiedChinese.defaultComposition.hangingPunctuation)
        #expect(!hanging)
        for paragraph in try TestSupport.paragraphs(ofStory: "lead.md") {
            let (lines, shaped) = try TabloidColumn.compose(paragraph, .simplifiedChinese, hanging: hanging)
            for (line, string) in zip(lines, TabloidColumn.texts(lines, shaped)) {
                #expect(!line.hangs, "\(string)")
                let ink = line.placements.map { $0.x + $0.width }.max() ?? 0
                #expect(ink <= TabloidColumn.width + 0.01, "\(string) reaches \(ink)")
                if !line.endsParagraph { #expect(abs(line.end - TabloidColumn.width) < 0.01, "\(string) ends at \(line.end)") }
            }
        }
    }
}

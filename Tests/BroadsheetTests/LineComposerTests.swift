import BroadsheetComposer
import BroadsheetPango
import BroadsheetText
import Testing

@Suite("Line composer")
struct LineComposerTests {
    let size = 9.0
    let bodyWidth = 12 * 9.0

    func style(_ size: Double = 9) -> TextStyle { TextStyle(role: "song", size: size, language: .simplifiedChinese) }

    func lineTexts(_ lines: [ComposedLine], _ shaped: ShapedText) -> [String] {
        lines.map { $0.placements.map { shaped.clusters[$0.cluster].text }.joined() }
    }

    @Test("a line-start-forbidden mark travels down with the character before it (push-out)")
    func pushOut() throws {
        let shaped = try FixedPitchShaper().shape("省委书记主持会议。研究部署", style: style())
        let lines = LineComposer(options: .init(firstLineIndent: 0)).compose(shaped, width: 8 * size)
        #expect(lineTexts(lines, shaped) == ["省委书记主持会", "议。研究部署"])
        // The first line holds 7 ems in 8: the slack goes into its 6 gaps.
        #expect(abs(lines[0].end - 8 * size) < 1e-9)
        #expect(abs(lines[0].gapAdjustment - size / 6) < 1e-9)
    }

    @Test("an opening quote never ends a line")
    func openingQuoteStaysWithItsText() throws {
        let shaped = try FixedPitchShaper().shape("把原来的“一图一码”迭代", style: style())
        let lines = LineComposer().compose(shaped, width: 5 * size)
        // Total fit spreads one line (把原来) where first fit spread two (把原来的, “一图一).
        #expect(lineTexts(lines, shaped) == ["把原来", "的“一图一", "码”迭代"])
    }

    @Test("the first line is indented 2 em and the last line is set at natural width")
    func indentAndLastLine() throws {
        let shaped = try FixedPitchShaper().shape(String(repeating: "疫", count: 30), style: style())
        let lines = LineComposer(options: .init(firstLineIndent: 2 * size)).compose(shaped, width: bodyWidth)
        #expect(lines.map(\.placements.count) == [10, 12, 8])
        #expect(lines[0].placements[0].x == 2 * size)
        #expect(lines[2].endsParagraph && abs(lines[2].end - 8 * size) < 1e-9)
        #expect(!lines[0].endsParagraph)
    }

    @Test("Han–Latin spacing is ¼ em, flexed so Latin runs fill whole cells; a number is never split")
    func hanLatinSpacing() throws {
        func xs(_ text: String) throws -> [Double] {
            let shaped = try FixedPitchShaper().shape(text, style: style())
            return LineComposer(options: .init(alignment: .left)).compose(shaped, width: 100 * size)[0].placements.map { $0.x / size }
        }
        // Half-width digits in pairs already fill whole cells: no space (clreq §3.2.5).
        #expect(try xs("第6396期") == [0, 1, 1.5, 2, 2.5, 3])
        // An odd digit takes ¼ em on each side: 1 + ¼ + ½ + ¼ = 2 ems.
        #expect(try xs("约3倍") == [0, 1.25, 2])
        // A 3-em word gets ½ em a side, so the Han character after it lands on the 5th cell.
        #expect(try xs("用Python写").last == 5)
        // Set from its end, text stands on no grid: a lone digit keeps the nominal ¼ em, not the ½ em
        // that would fill its cell (a page reference, 2版).
        let reference = try FixedPitchShaper().shape("2版", style: style())
        let flushRight = LineComposer(options: .init(alignment: .right)).compose(reference, width: 10 * size)[0].placements
        #expect(abs((flushRight[1].x - flushRight[0].x) / size - 0.75) < 1e-9)
        #expect(try xs("2版") == [0, 1])
        let shaped = try FixedPitchShaper().shape("第6396期今日12版", style: style())
        let narrow = LineComposer(options: .init(alignment: .justified)).compose(shaped, width: 3 * size)
        let texts = lineTexts(narrow, shaped)
        #expect(texts.contains { $0.contains("6396") })
        #expect(!texts.contains { $0.hasSuffix("63") || $0.hasSuffix("639") })
    }

    @Test("justification never spreads space inside a Latin word")
    func noSpaceInsideLatin() throws {
        let shaped = try FixedPitchShaper().shape("国内统一刊号CN33-0019邮发代号", style: style())
        let lines = LineComposer().compose(shaped, width: 11 * size)
        let first = lines[0]
        let latin = first.placements.filter { CharacterClass(shaped.clusters[$0.cluster].text.first!) == .latin }
        for (a, b) in zip(latin, latin.dropFirst()) { #expect(abs(b.x - (a.x + a.width)) < 1e-9) }
    }

    @Test("real body text: every line obeys clreq's basic rules and all but paragraph ends are flush", arguments: ["lead.md", "supervision.md"])
    func realParagraphs(story: String) throws {
        let shaper = try TestSupport.pangoShaper()
        var checkedLines = 0
        for paragraph in try TestSupport.paragraphs(ofStory: story) {
            let shaped = try shaper.shape(paragraph, style: style())
            #expect(shaped.problems.isEmpty)
            let lines = LineComposer(options: .init(firstLineIndent: 2 * size)).compose(shaped, width: bodyWidth)
            #expect(lines.reduce(0) { $0 + $1.characterCount } == paragraph.count, "no character lost")
            for line in lines {
                let first = shaped.clusters[line.placements.first!.cluster].text.first!
                let last = shaped.clusters[line.placements.last!.cluster].text.first!
                #expect(KinsokuLevel.basic.mayStart(CharacterClass(first), language: .simplifiedChinese), "line starts with \(first)")
                #expect(KinsokuLevel.basic.mayEnd(CharacterClass(last)), "line ends with \(last)")
                if !line.endsParagraph { #expect(abs(line.end - bodyWidth) < 0.01) }
                #expect(line.end <= bodyWidth + 0.01)
                checkedLines += 1
            }
        }
        #expect(checkedLines > 60)
    }

    @Test("a unit wider than the line with no permitted break (a code) is cut, and says so")
    func forcedBreak() throws {
        let shaped = try FixedPitchShaper().shape("ZJFZB20211216CN330019ABCDEFGHIJKLMNOP", style: style())
        let lines = LineComposer().compose(shaped, width: 6 * size)
        #expect(lines.count > 1)
        #expect(lines.dropLast().allSatisfy { $0.forcedBreak })
        #expect(lines.reduce(0) { $0 + $1.characterCount } == 37)
    }
}

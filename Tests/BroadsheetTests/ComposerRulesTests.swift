import BroadsheetComposer
import BroadsheetText
import Testing

/// Each clreq rule the composer implements, pinned with a short piece of real news text (the
/// example page's) on the fixed-pitch shaper, so positions are exact multiples of the em.
@Suite("Composer rules")
struct ComposerRulesTests {
    let em = 9.0

    func compose(_ text: String, width ems: Double, _ options: LineComposer.Options = .init()) throws -> ([ComposedLine], ShapedText) {
        let shaped = try FixedPitchShaper().shape(text, style: TextStyle(role: "song", size: em, language: options.language))
        return (LineComposer(options: options).compose(shaped, width: ems * em), shaped)
    }

    func texts(_ lines: [ComposedLine], _ shaped: ShapedText) -> [String] {
        lines.map { $0.placements.map { shaped.clusters[$0.cluster].text }.joined() }
    }

    /// Pen positions in ems of the clusters of line `index`.
    func positions(_ lines: [ComposedLine], _ index: Int = 0) -> [Double] {
        lines[index].placements.map { ($0.x + $0.shift) / em }
    }

    @Test("push in first (先挤进): a comma that may not start a line is kept by compressing the line's marks")
    func pushIn() throws {
        let (lines, shaped) = try compose("他指出，疫情就是战情，广大公安", width: 10)
        #expect(texts(lines, shaped).first == "他指出，疫情就是战情，")
        // The mid-line comma gives up its blank half, the line-end comma too: 10 ems exactly.
        #expect(positions(lines) == [0, 1, 2, 3, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5])
        #expect(lines[0].end == 10 * em)
    }

    @Test("push out (后推出): with nothing to compress, the character before the comma goes down")
    func pushOut() throws {
        let (lines, shaped) = try compose("广大公安干警，要把", width: 6, .init(hangingPunctuation: false))
        #expect(texts(lines, shaped) == ["广大公安干", "警，要把"])
        #expect(abs(lines[0].gapAdjustment - em / 4) < 1e-9)
        #expect(abs(lines[0].end - 6 * em) < 1e-9)
    }

    @Test("hanging: with hanging on, a comma after a full line hangs past the edge and the line stays on the grid")
    func hanging() throws {
        let (lines, shaped) = try compose("广大公安干警，要把", width: 6, .init(hangingPunctuation: true))
        #expect(texts(lines, shaped) == ["广大公安干警，", "要把"])
        #expect(lines[0].hangs)
        #expect(positions(lines) == [0, 1, 2, 3, 4, 5, 6])
    }

    @Test("adjacent marks: ”“ and ”， together take 1.5 em (全角)")
    func adjacentPunctuation() throws {
        let (lines, _) = try compose("聚焦“不外溢”“降总量”，早清零", width: 40, .init(alignment: .left))
        // ” gives up its blank right half, “ keeps its own: the pair is 1.5 em.
        let x = positions(lines)
        #expect(x[6] == 6 && x[7] == 6.5 && x[8] == 7.5)
        // ”， likewise: ” half, ， full.
        #expect(x[11] == 10.5 && x[12] == 11 && x[13] == 12)
    }

    @Test("line end: a full stop at the end of a line is set half width (GB/T 15834 §5.1.10)")
    func lineEndStop() throws {
        let (lines, shaped) = try compose("确保疫情不外溢。降总量", width: 7.5, .init(hangingPunctuation: false))
        #expect(texts(lines, shaped).first == "确保疫情不外溢。")
        #expect(lines[0].end == 7.5 * em)
    }

    @Test("a paragraph never ends in a lone character (clreq §3.4.4)")
    func loneCharacter() throws {
        let (lines, shaped) = try compose("坚决打赢疫情防控遭遇战阻击战歼灭战。", width: 17, .init(hangingPunctuation: false))
        #expect(texts(lines, shaped) == ["坚决打赢疫情防控遭遇战阻击战歼", "灭战。"])
        let (kept, keptShaped) = try compose("坚决打赢疫情防控遭遇战阻击战歼灭战。", width: 17,
                                             .init(avoidsLoneCharacter: false, hangingPunctuation: false))
        #expect(texts(kept, keptShaped).last == "战。")
    }

    @Test("the punctuation styles: 全角, 开明, 半角 and none")
    func punctuationStyles() throws {
        let text = "省委书记、代省长王浩，省领导出席。会议"
        func widths(_ style: PunctuationStyle) throws -> [Double] {
            let (lines, _) = try compose(text, width: 40, .init(alignment: .left, punctuation: style))
            return lines[0].placements.map { $0.width / em }
        }
        #expect(try widths(.quanjiao)[4] == 1 && widths(.quanjiao)[10] == 1)
        #expect(try widths(.kaiming)[4] == 0.5 && widths(.kaiming)[10] == 0.5 && widths(.kaiming)[16] == 1)
        #expect(try widths(.banjiao)[4] == 0.5 && widths(.banjiao)[16] == 0.5)
        #expect(try widths(.none)[16] == 1)
        // none: no line-end trim either.
        let (plain, _) = try compose("确保疫情不外溢。", width: 7.5, .init(punctuation: .none))
        #expect(plain.count == 2)
    }

    @Test("an opening bracket at line start gives up its blank half: in headlines (optical edge) and 开明, not in 全角 body text")
    func openingBracketAtLineStart() throws {
        let (headline, _) = try compose("（社区）感染风险清零", width: 20, .init(alignment: .left, opticalEdges: true))
        #expect(positions(headline)[0] == -0.5 && positions(headline)[1] == 0.5)
        let (kaiming, _) = try compose("（社区）感染风险清零", width: 20, .init(alignment: .left, punctuation: .kaiming))
        #expect(positions(kaiming)[1] == 0.5)
        let (quanjiao, _) = try compose("（社区）感染风险清零", width: 20, .init(alignment: .left, punctuation: .quanjiao))
        #expect(positions(quanjiao)[0] == 0 && positions(quanjiao)[1] == 1)
    }

    @Test("kinsoku levels: the GB level keeps a solidus off the line end, strict keeps —— off the line start")
    func kinsokuLevels() throws {
        let solidus = "管控区／防范区"
        let (basic, basicShaped) = try compose(solidus, width: 4, .init(kinsoku: .basic, hangingPunctuation: false))
        #expect(texts(basic, basicShaped).first == "管控区／")
        let (gb, gbShaped) = try compose(solidus, width: 4, .init(kinsoku: .gb, hangingPunctuation: false))
        #expect(texts(gb, gbShaped).first == "管控")
        let dash = "嫩林铁路——漠河"
        let (loose, looseShaped) = try compose(dash, width: 4, .init(kinsoku: .basic))
        #expect(texts(loose, looseShaped)[1].hasPrefix("——"))
        let (strict, strictShaped) = try compose(dash, width: 4, .init(kinsoku: .strict))
        #expect(!texts(strict, strictShaped).contains { $0.hasPrefix("—") })
        #expect(!texts(strict, strictShaped).contains { $0.hasSuffix("—") && !$0.hasSuffix("——") })
        let (none, noneShaped) = try compose("会议。他强调", width: 2, .init(kinsoku: .none, hangingPunctuation: false))
        #expect(texts(none, noneShaped)[1].hasPrefix("。"))
    }

    @Test("a 2-em dash or ellipsis is one unit, never split (clreq §3.1.5)")
    func unbreakableDash() throws {
        let (lines, shaped) = try compose("唯一一条铁路——嫩林铁路……", width: 7)
        for line in texts(lines, shaped) {
            #expect(!(line.hasSuffix("—") && !line.hasSuffix("——")))
            #expect(!(line.hasSuffix("…") && !line.hasSuffix("……")))
        }
    }

    @Test("a number keeps the unit after it: 30岁 is not split")
    func numberWithUnit() throws {
        let (lines, shaped) = try compose("乐清民警30岁因公牺牲", width: 5)
        #expect(!texts(lines, shaped).contains { $0.hasSuffix("30") })
    }

    @Test("Japanese: small kana and ー never start a line")
    func japaneseNonStarters() throws {
        let (lines, shaped) = try compose("ちょっと練習したばっかり", width: 3, .init(language: .japanese, hangingPunctuation: false))
        for line in texts(lines, shaped).dropFirst() {
            #expect(!["ょ", "っ", "ゃ", "ゅ", "ー"].contains(line.first.map(String.init) ?? ""), "\(line)")
        }
    }

    @Test("Korean broken between words (korean-breaking: words) splits no word and justifies with word spaces")
    func korean() throws {
        let options = LineComposer.Options(cjkLatinSpacing: 0, punctuation: .none, language: .korean, koreanBreaking: .words)
        let (lines, shaped) = try compose("시민의 일상에 도움이 되는 좋은 소식을", width: 8, options)
        let words = Set("시민의 일상에 도움이 되는 좋은 소식을".split(separator: " ").map(String.init))
        for line in texts(lines, shaped) {
            for word in line.split(separator: " ") { #expect(words.contains(String(word)), "\(word) is a split word") }
        }
        // Justified: the slack went into the word spaces only, the syllables stay solid.
        let first = lines[0]
        for (a, b) in zip(first.placements, first.placements.dropFirst())
            where shaped.clusters[a.cluster].text != " " && shaped.clusters[b.cluster].text != " " {
            #expect(abs(b.x - (a.x + a.width)) < 1e-9)
        }
    }
}

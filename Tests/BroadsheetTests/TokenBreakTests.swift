import BroadsheetComposer
import BroadsheetHyphenation
import BroadsheetText
import Testing

/// Issue 12 causes 3 and 4 on text from the copy (Tests/Copy), on the fixed-pitch shaper (CJK one
/// em, Latin half an em): over-long tokens break at their permitted places, Latin words hyphenate
/// at pattern points, no line holds one character, and Latin runs fill whole cells.
@Suite("Over-long tokens and Latin runs on the grid")
struct TokenBreakTests {
    let em = 9.0

    func compose(_ text: String, width ems: Double, hyphenator: (any Hyphenator)? = nil,
                 _ options: LineComposer.Options = .init()) throws -> ([ComposedLine], [String]) {
        var shaped = try FixedPitchShaper().shape(text, style: TextStyle(role: "song", size: em, language: options.language))
        var options = options
        if let hyphenator {
            shaped.hyphen = try FixedPitchShaper().shape("-", style: shaped.style).clusters.first
            options.hyphenator = hyphenator
        }
        let lines = LineComposer(options: options).compose(shaped, width: ems * em)
        return (lines, lines.map { $0.placements.map { shaped.clusters[$0.cluster].text }.joined() })
    }

    @Test("a URL (the source of nasa-moon-base.md) breaks after / . - only, never forced, no one-character line")
    func url() throws {
        let (lines, texts) = try compose("据美国之音报道https://www.voachinese.com/a/nasa-details-plans-for-base-on-the-moon-20260527/8154592.html全文", width: 12)
        #expect(lines.allSatisfy { !$0.forcedBreak })
        for (line, text) in zip(lines, texts).dropLast() where text.last?.isASCII == true {
            #expect("/.-".contains(text.last!), "\(text) ends inside the URL at no permitted place")
            #expect(!line.hyphenated)
        }
        #expect(texts.allSatisfy { $0.count > 1 }, "lines: \(texts)")
    }

    @Test("an ISO timestamp breaks after - : T, and leaves no one-digit line")
    func timestamp() throws {
        let (lines, texts) = try compose("发布时间2026-05-27T14:30:00Z", width: 7)
        #expect(lines.allSatisfy { !$0.forcedBreak })
        #expect(texts.allSatisfy { $0.count > 1 }, "\(texts)")
        #expect(texts.dropLast().allSatisfy { "-T年间".contains($0.last!) || $0.last!.isCJK }, "\(texts)")
    }

    @Test("an acronym in parentheses in Korean never puts ) at a line start")
    func koreanParenthesis() throws {
        let (_, texts) = try compose("세계보건기구(WHO)는 성명에서", width: 5, .init(language: .korean, koreanBreaking: .syllables))
        #expect(!texts.contains { $0.hasPrefix(")") }, "\(texts)")
    }

    @Test("libhyphen's English patterns: celebrations (reflecting-pool.md's source) hyphenates cel-e-bra-tions")
    func patterns() throws {
        let hyphenator = try PatternHyphenator()
        #expect(hyphenator.hyphenationPoints(in: "celebrations") == [2, 3, 6])
        #expect(hyphenator.hyphenationPoints(in: "DRC") == [])
    }

    @Test("a missing dictionary is a typed error naming it")
    func missingDictionary() {
        #expect(throws: HyphenationError.missingDictionary(path: "/nonexistent/hyph.dic")) {
            try PatternHyphenator(dictionary: "/nonexistent/hyph.dic")
        }
    }

    @Test("a Latin word longer than the line hyphenates at a pattern point")
    func hyphenatedWord() throws {
        let (lines, texts) = try compose("庆祝celebrations活动", width: 5, hyphenator: try PatternHyphenator())
        let broken = try #require(lines.firstIndex { $0.hyphenated }, "\(texts)")
        #expect(["庆祝cel", "庆祝cele", "庆祝celebra"].contains(texts[broken]) || ["cel", "cele", "celebra"].contains { texts[broken].hasSuffix($0) },
                "\(texts)")
        #expect(lines.allSatisfy { !$0.forcedBreak })
    }

    @Test("40% before 。 (cpi-may.md) fills whole cells: the ideographs after it stay on the grid, mid-line and at a line start")
    func percentBeforeStop() throws {
        for text in ["上涨超过40%。报告还显示", "40%。报告还显示"] {
            let (lines, _) = try compose(text, width: 40, .init(alignment: .left))
            let x = lines[0].placements.suffix(5).map { ($0.x + $0.shift) / em }
            #expect(x.allSatisfy { abs($0 - $0.rounded()) < 1e-9 }, "\(text): \(x)")
        }
    }
}

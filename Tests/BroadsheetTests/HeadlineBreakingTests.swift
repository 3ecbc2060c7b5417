import BroadsheetComposer
import BroadsheetFormats
import BroadsheetGeometry
import BroadsheetSegmentation
import BroadsheetText
import Foundation
import Testing

/// Headlines of real copy (Tests/Copy/tuning), set as a page sets them: kinsoku at both line edges,
/// breaks between words, and balanced lines.
@Suite("Headline breaking")
struct HeadlineBreakingTests {
    struct Headline: CustomStringConvertible, Sendable {
        var text: String
        var language: LanguageTag
        var description: String { text }
    }

    static let headlines: [Headline] = {
        let folder = TestSupport.root.appendingPathComponent("Tests/Copy/tuning")
        return LanguageTag.allCases.flatMap { language in
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(language.rawValue).path)) ?? []
            return files.sorted().compactMap { file -> [Headline]? in
                guard let story = try? StoryParser.load(path: folder.appendingPathComponent("\(language.rawValue)/\(file)").path) else { return nil }
                return [story.kicker, story.headline, story.subhead].compactMap { $0 }.map { Headline(text: $0, language: language) }
            }.flatMap { $0 }
        }
    }()

    struct SetLine {
        var text: String
        var width: Double
    }

    /// The lines of `headline` as the headline stack sets it, over `columns` columns of tabloid-6col at
    /// the house size for that width.
    static func lines(_ headline: Headline, columns: Int, minimumLines: Int = 1) throws -> [SetLine] {
        let grid = try GridLoader.load(path: TestSupport.grids + "/tabloid-6col.yaml").pageGrid
        let width = Double(columns) * grid.columnWidth + Double(columns - 1) * grid.columnGap
        let size = [2: 18.0, 3: 22, 4: 26][columns]!
        // A space in a Chinese or Japanese headline is a pause, set as an ideographic space.
        let text = headline.language == .korean ? headline.text
            : headline.text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: "\u{3000}")
        let shaped = try TestSupport.pangoShaper().shape(text, style: TextStyle(role: "biaosong", size: size, language: headline.language))
        var options = LineComposer.Options(alignment: .center, cjkLatinSpacing: headline.language == .korean ? 0 : 0.25,
                                           language: headline.language)
        options.opticalEdges = true
        return try HeadlineComposer(options: options).compose(shaped, width: width, minimumLines: minimumLines).map { line in
            SetLine(text: line.placements.map { shaped.clusters[$0.cluster].text }.joined().trimmingCharacters(in: .whitespaces),
                    width: line.end - line.start)
        }
    }

    /// Marks that never start a headline line: the clreq basic level, and the half-width marks and
    /// hyphen pasted copy uses.
    static func mayStart(_ text: String, _ language: LanguageTag) -> Bool {
        guard let first = text.first else { return false }
        return KinsokuLevel.basic.mayStart(CharacterClass(first), language: language) && !",.;:!?)]}%-".contains(first)
    }

    static func mayEnd(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return KinsokuLevel.basic.mayEnd(CharacterClass(last)) && !"([{".contains(last)
    }

    @Test("every tuning-copy headline at 2, 3 and 4 columns: kinsoku at both edges, no short line, a last line of at least 35 %",
          arguments: headlines)
    func balancedAndKinsoku(_ headline: Headline) throws {
        for columns in 2...4 {
            let lines = try Self.lines(headline, columns: columns)
            let shown = lines.map(\.text).joined(separator: "|")
            for line in lines {
                #expect(Self.mayStart(line.text, headline.language), "\(columns) columns: \(shown)")
                #expect(Self.mayEnd(line.text), "\(columns) columns: \(shown)")
            }
            for line in lines.dropFirst() { #expect(line.text.count > 2, "\(columns) columns: \(shown)") }
            let longest = lines.map(\.width).max() ?? 0
            #expect(lines.last!.width >= 0.35 * longest, "\(columns) columns: \(shown)")
        }
    }

    @Test("lines break between words: 不确定性 and 峰会上 stay whole, a Japanese particle stays with its phrase")
    func wordsStayWhole() throws {
        let cases: [(Headline, Int, String)] = [
            (Headline(text: "以防控工作体系和机制的迭代升级 更好应对疫情的不确定性", language: .simplifiedChinese), 2, "不确定性"),
            (Headline(text: "特朗普总统、欧洲领导人及人工智能企业领袖在G7峰会上就全球人工智能规则展开讨论", language: .simplifiedChinese), 3, "峰会上"),
            (Headline(text: "梅西成为男子世界杯足球赛最佳射手", language: .simplifiedChinese), 2, "世界杯"),
            (Headline(text: "熊本県熊本地方を震源とする地震について(1)", language: .japanese), 2, "震源とする"),
        ]
        for (headline, columns, word) in cases {
            let lines = try Self.lines(headline, columns: columns).map(\.text)
            #expect(lines.count > 1, "\(lines)")
            #expect(lines.contains { $0.contains(word) }, "\(word) split: \(lines.joined(separator: "|"))")
        }
    }

    @Test("a headline asked for one more line (copy-fitting) breaks between phrases and stays balanced: お祝い stays whole")
    func oneMoreLine() throws {
        let cases: [(Headline, String, String)] = [
            (Headline(text: "小平選手へのお祝いの電話", language: .japanese), "小平選手への", "お祝いの電話"),
            (Headline(text: "OpenAI秘密提交IPO申请", language: .simplifiedChinese), "OpenAI", "申请"),
        ]
        for (headline, first, last) in cases {
            let natural = try Self.lines(headline, columns: 4)
            let asked = try Self.lines(headline, columns: 4, minimumLines: natural.count + 1)
            #expect(asked.count == natural.count + 1, "\(asked.map(\.text))")
            #expect(asked.first?.text.hasPrefix(first) == true && asked.last?.text.hasSuffix(last) == true, "\(asked.map(\.text))")
            let longest = asked.map(\.width).max() ?? 0
            #expect(asked.allSatisfy { $0.width >= 0.35 * longest }, "\(asked.map(\.text))")
        }
        let japanese = try Self.lines(Headline(text: "小平選手へのお祝いの電話", language: .japanese), columns: 4, minimumLines: 2).map(\.text)
        #expect(japanese == ["小平選手への", "お祝いの電話"])
    }

    @Test("a headline written in pause-delimited segments (公文标题) breaks at its pauses, with a line more if it must")
    func breaksAtPauses() throws {
        let text = "认真贯彻落实省委省政府部署要求 坚持量化闭环高效 坚决打赢疫情防控阻击战"
        let segments = text.split(separator: " ").map(String.init)
        // At 2 columns the first segment is wider than the measure and must break within itself.
        for columns in 3...4 {
            let lines = try Self.lines(Headline(text: text, language: .simplifiedChinese), columns: columns).map(\.text)
            for line in lines {
                let parts = line.split(separator: "\u{3000}").map(String.init)
                #expect(parts.allSatisfy { segments.contains($0) }, "\(columns) columns: \(lines.joined(separator: "|"))")
            }
        }
    }

    @Test("Korean headlines break at spaces only")
    func koreanAtSpaces() throws {
        for headline in Self.headlines where headline.language == .korean {
            for columns in 2...4 {
                let lines = try Self.lines(headline, columns: columns).map(\.text)
                #expect(lines.joined(separator: " ") == headline.text.split(separator: " ").joined(separator: " "), "\(lines)")
            }
        }
    }

    @Test("ICU segments Chinese and Japanese by its dictionaries")
    func segmentation() throws {
        let chinese = try WordBoundaries("更好应对疫情的不确定性", locale: "zh_Hans").offsets
        #expect(!chinese.contains(9), "不确|定性 is no word boundary")
        #expect(chinese.contains(4) && chinese.contains(6))
        let japanese = try WordBoundaries("内閣総理大臣談話", locale: "ja").offsets
        #expect(!japanese.isEmpty && !japanese.contains(1))
    }

    @Test("a headline of 1,000 characters (the limit) of real text sets every character, each line within the measure")
    func longestHeadline() throws {
        let text = String(try TestSupport.paragraphs(ofStory: "lead.md").joined().prefix(1_000))
        let shaped = try TestSupport.pangoShaper().shape(text, style: TextStyle(role: "biaosong", size: 18, language: .simplifiedChinese))
        let width = 10 * 18.0
        let started = Date()
        let lines = try HeadlineComposer(options: LineComposer.Options(alignment: .center)).compose(shaped, width: width)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(lines.reduce(0) { $0 + $1.characterCount } == text.count)
        #expect(lines.allSatisfy { $0.end - $0.start <= width + 0.01 })
    }
}

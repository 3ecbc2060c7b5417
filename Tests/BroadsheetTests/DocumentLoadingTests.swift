import BroadsheetCalendar
import BroadsheetGeometry
import BroadsheetText
import Foundation
import Testing
@testable import BroadsheetDocument
@testable import BroadsheetFormats
@testable import BroadsheetImage

// MARK: - Fixtures shared by this file

/// The package root, found from this file's path (Tests/BroadsheetTests/DocumentLoadingTests.swift).
private let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // BroadsheetTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root
private let gridDirectory = packageRoot.appendingPathComponent("Layouts/grids").path
private let exampleFolder = packageRoot.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16")
private let examplePage = exampleFolder.appendingPathComponent("page.yaml").path

/// Points per millimetre, from the definition of the PostScript point (1/72 in) and 25.4 mm/in.
private let pointsPerMillimetre = 72.0 / 25.4

private func approximately(_ a: Double, _ b: Double, within tolerance: Double = 1e-6) -> Bool {
    abs(a - b) <= tolerance
}

/// The 1-based number of the first line of `text` that contains `needle` (the test's own count,
/// independent of the loader's YAML marks).
private func lineNumber(of needle: String, in text: String) -> Int? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.firstIndex(where: { $0.contains(needle) }).map { $0 + 1 }
}

/// A fresh directory under the system temporary directory, removed by `remove()`.
private struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("broadsheet-document-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// A valid, minimal story file.
private let minimalStory = """
    ---
    headline: 测试标题
    ---

    正文第一段。
    """

/// The 8-byte PNG signature followed by a 13-byte IHDR chunk of `width` × `height`.
private func pngHeader(width: UInt32, height: UInt32) -> [UInt8] {
    func be32(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
    return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        + be32(13) + Array("IHDR".utf8) + be32(width) + be32(height)
        + [8, 2, 0, 0, 0] + [0, 0, 0, 0]  // bit depth, colour type, methods, (dummy) CRC
}

// MARK: - The shipped example and grids

@Suite("DocumentLoading: shipped example page and grids")
struct DocumentLoadingExampleTests {
    @Test func examplePageLoadsOnTheTabloidGrid() throws {
        let page = try PageLoader.load(path: examplePage, gridDirectory: gridDirectory)
        #expect(page.file == examplePage)
        #expect(page.grid.name == "tabloid-6col")
        #expect(page.grid.columns == 6)
        #expect(page.grid.lines == 73)
        #expect(page.language == .simplifiedChinese)
        #expect(page.title == "浙江法制报 2021年12月16日 第1版")
        #expect(page.date == CalendarDate(year: 2021, month: 12, day: 16))
    }

    @Test func exampleBlocksComeInFileOrderOnTheirGridAreas() throws {
        let page = try PageLoader.load(path: examplePage, gridDirectory: gridDirectory)
        #expect(page.blocks.map(\.name) == ["lead", "supervision", "导读", "photo"])
        // page.yaml counts columns and lines from 1; GridArea counts from 0.
        #expect(page.blocks.map(\.area) == [
            GridArea(column: 0, columns: 6, line: 12, lines: 27),
            GridArea(column: 0, columns: 3, line: 40, lines: 33),
            GridArea(column: 3, columns: 3, line: 40, lines: 10),
            GridArea(column: 3, columns: 3, line: 51, lines: 22),
        ])
        let text = try String(contentsOfFile: examplePage, encoding: .utf8)
        #expect(page.blocks.map(\.sourceLine) == [
            lineNumber(of: "- story: stories/lead.md", in: text),
            lineNumber(of: "- story: stories/supervision.md", in: text),
            lineNumber(of: "- teasers: 导读", in: text),
            lineNumber(of: "- photo: photo.png", in: text),
        ])
    }

    @Test func exampleStoryBlocksCarryTheirStoriesAndStyles() throws {
        let page = try PageLoader.load(path: examplePage, gridDirectory: gridDirectory)
        try #require(page.blocks.count == 4)

        guard case let .story(lead, leadStyle) = page.blocks[0].content else {
            Issue.record("block 1 is not a story: \(page.blocks[0].content)"); return
        }
        #expect(lead.headline == "以防控工作体系和机制的迭代升级 更好应对疫情的不确定性")
        #expect(lead.kicker == "袁家军主持召开会议专题研究部署完善疫情防控工作体系和机制")
        #expect(lead.subhead == "王浩出席")
        #expect(lead.file == exampleFolder.appendingPathComponent("stories/lead.md").path)
        #expect(leadStyle.headlineSize == .pt(30))
        #expect(leadStyle.bodyColumns == nil)

        guard case let .story(supervision, supervisionStyle) = page.blocks[1].content else {
            Issue.record("block 2 is not a story: \(page.blocks[1].content)"); return
        }
        #expect(supervision.headline.hasPrefix("认真贯彻落实省委省政府部署要求"))
        #expect(supervision.subhead == nil)
        #expect(supervisionStyle.headlineSize == .pt(20))
    }

    @Test func exampleTeaserBoxKeepsItsForcedLineBreaks() throws {
        let page = try PageLoader.load(path: examplePage, gridDirectory: gridDirectory)
        try #require(page.blocks.count == 4)
        guard case let .teasers(box) = page.blocks[2].content else {
            Issue.record("block 3 is not a teaser box: \(page.blocks[2].content)"); return
        }
        #expect(box.title == "导读")
        #expect(box.teasers.map(\.page) == ["2版", "6版"])
        #expect(box.teasers.first?.kicker == "“永远把笑脸留给别人，压力留给自己”")
        #expect(box.teasers.first?.headline == "30岁乐清民警因公牺牲，\n他最后一天的时间线让人泪目")
        #expect(box.teasers.last?.headline == "我省确定首批合法性审查与行政裁决\n“最佳实践”培育试点单位")
    }

    @Test func examplePhotoIsAPNGOf1200By780() throws {
        let page = try PageLoader.load(path: examplePage, gridDirectory: gridDirectory)
        try #require(page.blocks.count == 4)
        guard case let .photo(photo) = page.blocks[3].content else {
            Issue.record("block 4 is not a photo: \(page.blocks[3].content)"); return
        }
        #expect(photo.image.header == ImageHeader(format: .png, width: 1200, height: 780))
        #expect(photo.image.name == exampleFolder.appendingPathComponent("photo.png").path)
        #expect(photo.title == "选举防疫“两不误”")
        #expect(photo.credit == "林云龙 蒋成杰 摄")
        #expect(photo.caption?.hasPrefix("12月15日，杭州市、镇两级人民代表大会换届选举投票日。") == true)
        #expect(photo.caption?.hasSuffix("确保换届选举和疫情防控“两不误”。") == true)
    }

    @Test func exampleMastheadFields() throws {
        let page = try PageLoader.load(path: examplePage, gridDirectory: gridDirectory)
        let masthead = try #require(page.masthead)
        #expect(masthead.title == "浙江法制报")
        #expect(masthead.lines == 11)
        #expect(masthead.date == CalendarDate(year: 2021, month: 12, day: 16))
        #expect(masthead.weekday == "星期四")
        #expect(masthead.lunarDate == "农历辛丑年十一月十三")
        #expect(masthead.issue == "第6396期")
        #expect(masthead.pagesToday == "今日12版")
        #expect(masthead.websites == ["平安浙江网：www.pazjw.gov.cn", "浙江法治在线：http://zifzol.zj.gov.cn"])
        #expect(masthead.hotline == "新闻热线：0571-85310548 13857101115")
        #expect(masthead.serialNumber == "国内统一刊号：CN33-0019")
        #expect(masthead.postalCode == "邮发代号：31-25")
        #expect(masthead.digitalEdition == "数字报网址：http://zjfzb.zjol.com.cn")
        #expect(masthead.email == "邮箱：zjfzbxw@126.com")
        #expect(masthead.wechat == "“浙江法制报”微信")
    }

    @Test func tabloidGridMatchesItsPublishedNumbers() throws {
        let grid = try GridLoader.load(path: gridDirectory + "/tabloid-6col.yaml")
        #expect(grid.name == "tabloid-6col")
        #expect(approximately(grid.trimWidth.millimetres, 265))
        #expect(approximately(grid.trimHeight.millimetres, 375))
        #expect(approximately(grid.bleed.millimetres, 3))
        #expect(grid.columns == 6)
        #expect(grid.columnCharacters == 12)
        #expect(grid.columnGapCharacters == 1)
        #expect(grid.lines == 73)
        #expect(grid.bodyRole == "song")
        #expect(grid.bodySize == .pt(9))      // 小五
        #expect(grid.linePitch == .pt(13.5))
        #expect(approximately(try #require(grid.topMargin).millimetres, 13))
        #expect(grid.columnRules)
        // 6 × 12 + 5 × 1 = 77 characters of 9 pt = 693 pt ≈ 244.5 mm.
        #expect(approximately(grid.pageGrid.typeArea.width, 693))
        #expect(approximately(Length(points: grid.pageGrid.typeArea.width).millimetres, 244.5, within: 0.05))
        #expect(grid.pageGrid.typeArea.width <= grid.trimWidth.points)
    }

    @Test func broadsheetGridMatchesItsPublishedNumbers() throws {
        let grid = try GridLoader.load(path: gridDirectory + "/broadsheet-8col.yaml")
        #expect(grid.name == "broadsheet-8col")
        #expect(grid.columns == 8)
        #expect(grid.columnCharacters == 13)
        #expect(grid.columnGapCharacters == 1)
        #expect(grid.lines == 103)
        #expect(grid.bodySize == .pt(9))
        #expect(grid.linePitch == .pt(13.5))
        #expect(approximately(grid.trimWidth.millimetres, 390))
        #expect(approximately(grid.trimHeight.millimetres, 550))
        // 8 × 13 + 7 × 1 = 111 characters of 9 pt = 999 pt ≈ 352.4 mm, inside the 390 mm trim.
        #expect(approximately(grid.pageGrid.typeArea.width, 999))
        #expect(approximately(Length(points: grid.pageGrid.typeArea.width).millimetres, 352.4, within: 0.05))
        #expect(Length(points: grid.pageGrid.typeArea.width).millimetres <= 390)
        let top = try #require(grid.topMargin)
        #expect(grid.pageGrid.typeArea.height + top.points <= grid.trimHeight.points)
    }
}

// MARK: - Stories

@Suite("DocumentLoading: story files")
struct DocumentLoadingStoryTests {
    @Test func leadStoryFrontMatterAndParagraphs() throws {
        let path = exampleFolder.appendingPathComponent("stories/lead.md").path
        let story = try StoryParser.load(path: path)
        #expect(story.file == path)
        #expect(story.kicker == "袁家军主持召开会议专题研究部署完善疫情防控工作体系和机制")
        #expect(story.headline == "以防控工作体系和机制的迭代升级 更好应对疫情的不确定性")
        #expect(story.subhead == "王浩出席")
        #expect(story.byline == "《浙江日报》记者 刘乐平")
        #expect(story.body.count == 5)
        #expect(story.body.allSatisfy { if case .paragraph = $0 { true } else { false } })
        #expect(story.body.first?.text.hasPrefix("15日上午，省委书记袁家军主持召开会议，") == true)
        #expect(story.body[1].text.hasPrefix("省委副书记、代省长王浩，"))
        #expect(story.body.last?.text.hasSuffix("打响疫情防控人民战争。") == true)
        #expect(!story.body.contains { $0.text.contains("\n") || $0.text.isEmpty })

        // Every non-empty body line of the file is one paragraph here: the character count is theirs.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let bodyLines = text.components(separatedBy: "\n---\n").dropFirst().joined()
            .split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(bodyLines.count == 5)
        #expect(story.bodyCharacterCount == bodyLines.reduce(0) { $0 + $1.count })
    }

    @Test func supervisionStoryHasNoSubhead() throws {
        let story = try StoryParser.load(path: exampleFolder.appendingPathComponent("stories/supervision.md").path)
        #expect(story.kicker == "王昌荣率省委督导工作组深入上虞一线督导检查")
        #expect(story.headline == "认真贯彻落实省委省政府部署要求 坚持量化闭环高效 坚决打赢疫情防控阻击战")
        #expect(story.subhead == nil)
        #expect(story.byline == "周国勇 裴凯军")
        #expect(story.body.count == 4)
        #expect(story.body.first?.text.hasPrefix("连日来，根据省委委派，") == true)
        #expect(story.body.last?.text.hasSuffix("力争早日实现村（社区）感染风险清零目标。") == true)
    }

    /// Real sentences of the example, hard-wrapped inside paragraphs as an editor might type them.
    private static let wrappedStory = """
        ---
        kicker: 王昌荣率省委督导工作组深入上虞一线督导检查
        headline: |-
          认真贯彻落实省委省政府部署要求
          坚决打赢疫情防控阻击战
        subhead: "  "
        byline: 周国勇 裴凯军
        ---

        连日来，根据省委委派，省委常委、政法委书记王昌荣率省委督导工作组，
        蹲点督导上虞区新冠肺炎疫情防控工作。
        ## 社区传播风险清零  
        社区传播风险清零，是防疫工作重中之重。“你这里管多少人，
        物资保障有没有问题？”



          把原来的“一图一码一指数”迭代升级为
        “一码两图一指数”，提升健康码
        App的精准度。
        \t
        Zhejiang Legal
        Daily, page one
        ##没有空格的井号不是小标题
        """

    @Test func wrappedStoryIsSplitAtBlankLinesAndSubheads() throws {
        let story = try StoryParser.parse(Self.wrappedStory, file: "wrapped.md")
        #expect(story.file == "wrapped.md")
        #expect(story.kicker == "王昌荣率省委督导工作组深入上虞一线督导检查")
        #expect(story.headline == "认真贯彻落实省委省政府部署要求\n坚决打赢疫情防控阻击战")
        #expect(story.subhead == nil, "a blank subhead is no subhead")
        #expect(story.byline == "周国勇 裴凯军")
        #expect(story.body == [
            .paragraph("连日来，根据省委委派，省委常委、政法委书记王昌荣率省委督导工作组，蹲点督导上虞区新冠肺炎疫情防控工作。"),
            .subheading("社区传播风险清零"),
            .paragraph("社区传播风险清零，是防疫工作重中之重。“你这里管多少人，物资保障有没有问题？”"),
            .paragraph("把原来的“一图一码一指数”迭代升级为“一码两图一指数”，提升健康码App的精准度。"),
            .paragraph("Zhejiang Legal Daily, page one ##没有空格的井号不是小标题"),
        ])
    }

    @Test func windowsLineEndingsParseLikeUnixOnes() throws {
        let unix = try StoryParser.parse(Self.wrappedStory, file: "s.md")
        let crlf = Self.wrappedStory.replacingOccurrences(of: "\n", with: "\r\n")
        let windows = try StoryParser.parse(crlf, file: "s.md")
        #expect(windows == unix)
        #expect(!windows.body.contains { $0.text.contains("\r") })
    }

    @Test func byteOrderMarkBeforeTheFrontMatterIsAccepted() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write("s.md", bytes: [0xEF, 0xBB, 0xBF] + Array(minimalStory.utf8))
        let story = try StoryParser.load(path: path)
        #expect(story.headline == "测试标题")
        #expect(story.body == [.paragraph("正文第一段。")])
    }

    static let joins: [([String], String)] = [
        (["省委督导工作组，", "蹲点督导上虞区"], "省委督导工作组，蹲点督导上虞区"),
        (["以防控工作体系和机制的迭代", "升级更好应对"], "以防控工作体系和机制的迭代升级更好应对"),
        (["The quick", "brown fox"], "The quick brown fox"),
        (["Zhejiang", "Legal", "Daily"], "Zhejiang Legal Daily"),
        (["提升健康码", "App精准度"], "提升健康码App精准度"),
        (["COVID-19", "疫情防控"], "COVID-19疫情防控"),
        (["把原来的", "“一图一码一指数”"], "把原来的“一图一码一指数”"),
        (["“三情”", "联动"], "“三情”联动"),
        (["平安浙江网：www.pazjw.gov.cn", "浙江法治在线"], "平安浙江网：www.pazjw.gov.cn浙江法治在线"),
        (["村（社区）", "感染风险清零"], "村（社区）感染风险清零"),
        (["只有一行。"], "只有一行。"),
        ([], ""),
    ]

    @Test(arguments: joins)
    func joinLinesSpacesOnlyBetweenLatinWords(lines: [String], joined: String) {
        #expect(StoryParser.joinLines(lines) == joined)
    }
}

// MARK: - Lengths

@Suite("DocumentLoading: lengths")
struct DocumentLoadingLengthTests {
    static let lengths: [(String, Double)] = [
        ("9pt", 9.0),
        ("13.5pt", 13.5),
        (" 9pt ", 9.0),
        ("3mm", 3.0 * 72.0 / 25.4),
        ("265mm", 265.0 * 72.0 / 25.4),
        ("1cm", 10.0 * 72.0 / 25.4),
        ("0.5in", 36.0),
        ("12", 12.0),
        ("小五", 9.0),
        ("五号", 10.5),
        ("五", 10.5),
        ("初号", 42.0),
        ("小四", 12.0),
        ("六号", 7.5),
    ]

    @Test(arguments: lengths)
    func parsesUnitsAndChineseTypeSizes(text: String, points: Double) throws {
        let length = try #require(Length(parsing: text))
        #expect(approximately(length.points, points, within: 1e-9))
    }

    @Test(arguments: ["", "pt", "mm", "abc", "nine pt", "9px", "9 pt pt", "小", "大五", "九号", "infpt", "nanmm", "1e999mm"])
    func rejectsGarbage(text: String) {
        #expect(Length(parsing: text) == nil)
    }

    @Test func millimetresRoundTrip() {
        #expect(approximately(Length.mm(25.4).points, 72))
        #expect(approximately(Length.pt(72).millimetres, 25.4))
    }
}

// MARK: - Errors

@Suite("DocumentLoading: located errors")
struct DocumentLoadingErrorTests {
    /// A page on the tabloid grid with an 11-line masthead; `blocks` is appended after `blocks:`.
    private static func page(grid: String = "tabloid-6col", mastheadLines: Int = 11, blocks: String) -> String {
        """
        # a test page
        grid: \(grid)
        masthead:
          title: 浙江法制报
          lines: \(mastheadLines)
        blocks:
        \(blocks)
        """
    }

    private static func storyBlock(_ file: String, column: Int, columns: Int, line: Int, lines: Int,
                                   extra: String = "") -> String {
        """
          - story: \(file)
            column: \(column)
            columns: \(columns)
            line: \(line)
            lines: \(lines)\(extra)
        """
    }

    /// Writes `page` and the minimal story `stories/a.md` / `stories/b.md`, then loads the page.
    private static func loadPage(_ page: String, in folder: ScratchFolder) throws -> PageSpec {
        try folder.write("stories/a.md", minimalStory)
        try folder.write("stories/b.md", minimalStory)
        let path = try folder.write("page.yaml", page)
        return try PageLoader.load(path: path, gridDirectory: gridDirectory)
    }

    @Test func minimalScratchPageLoads() throws {
        // The baseline the error tests vary: it must load, or their errors prove nothing.
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let spec = try Self.loadPage(Self.page(blocks: Self.storyBlock("stories/a.md", column: 1, columns: 6, line: 12, lines: 62)), in: folder)
        #expect(spec.blocks.map(\.area) == [GridArea(column: 0, columns: 6, line: 11, lines: 62)])
        #expect(spec.title == "浙江法制报")
    }

    @Test(arguments: [
        ("grid: tabloid-6col", "date: 2021-13-45"),
        ("grid: tabloid-6col", "date: Dec 16"),
        ("  lines: 11", "  date: 2021-02-29"),  // the masthead's
    ])
    func impossibleDateIsLocatedOnItsLine(after: String, line dateLine: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = Self.page(blocks: Self.storyBlock("stories/a.md", column: 1, columns: 6, line: 12, lines: 10))
            .replacingOccurrences(of: after, with: after + "\n" + dateLine)
        let error = try #require(throws: DocumentError.self) { try Self.loadPage(text, in: folder) }
        let written = dateLine.split(separator: " ").dropFirst().joined(separator: " ")
        #expect(error.file == folder.path("page.yaml"))
        #expect(error.line == lineNumber(of: dateLine, in: text))
        #expect(error.message.hasPrefix("'date' '\(written)' is not a date ("))
    }

    @Test func unknownGridNamesTheKnownGrids() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = Self.page(grid: "tabloid-5col", blocks: Self.storyBlock("stories/a.md", column: 1, columns: 6, line: 12, lines: 10))
        let error = try #require(throws: DocumentError.self) { try Self.loadPage(text, in: folder) }
        #expect(error.file == folder.path("page.yaml"))
        #expect(error.line == 2)
        #expect(error.line == lineNumber(of: "grid: tabloid-5col", in: text))
        #expect(error.message.contains("unknown grid 'tabloid-5col'"))
        #expect(error.message.contains("tabloid-6col"))
        #expect(error.message.contains("broadsheet-8col"))
        #expect(error.description == "\(folder.path("page.yaml")):2: \(error.message)")
    }

    @Test(arguments: [
        (3, 5, 20, 10),  // columns 3–7 of 6
        (1, 6, 60, 20),  // lines 60–79 of 73
        (7, 1, 20, 1),   // column 7 of 6
    ])
    func blockOutsideTheGrid(column: Int, columns: Int, line: Int, lines: Int) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = Self.page(blocks: Self.storyBlock("stories/a.md", column: column, columns: columns, line: line, lines: lines))
        let error = try #require(throws: DocumentError.self) { try Self.loadPage(text, in: folder) }
        #expect(error.file == folder.path("page.yaml"))
        #expect(error.line == lineNumber(of: "- story: stories/a.md", in: text))
        #expect(error.message.contains("block 'a'"))
        #expect(error.message.contains("outside the grid 'tabloid-6col'"))
        #expect(error.message.contains("6 columns × 73 lines"))
    }

    @Test func blockEndingOnTheLastColumnAndLineFits() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        // columns 5–6, lines 47–73: the bottom-right corner of the 6 × 73 grid.
        let spec = try Self.loadPage(Self.page(blocks: Self.storyBlock("stories/a.md", column: 5, columns: 2, line: 47, lines: 27)), in: folder)
        #expect(spec.blocks.first?.area == GridArea(column: 4, columns: 2, line: 46, lines: 27))
    }

    @Test func overlappingBlocksNameBothAndPointAtTheSecond() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = Self.page(blocks: [
            Self.storyBlock("stories/a.md", column: 1, columns: 4, line: 12, lines: 30),
            Self.storyBlock("stories/b.md", column: 4, columns: 3, line: 41, lines: 10),  // shares column 4, line 41
        ].joined(separator: "\n"))
        let error = try #require(throws: DocumentError.self) { try Self.loadPage(text, in: folder) }
        #expect(error.file == folder.path("page.yaml"))
        #expect(error.line == lineNumber(of: "- story: stories/b.md", in: text))
        #expect(error.message.contains("block 'b' overlaps block 'a'"))
    }

    @Test func abuttingBlocksDoNotOverlap() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = Self.page(blocks: [
            Self.storyBlock("stories/a.md", column: 1, columns: 4, line: 12, lines: 30),  // lines 12–41
            Self.storyBlock("stories/b.md", column: 5, columns: 2, line: 12, lines: 62),  // beside it
        ].joined(separator: "\n"))
        let spec = try Self.loadPage(text, in: folder)
        #expect(spec.blocks.map(\.name) == ["a", "b"])
    }

    @Test func blockInsideTheMastheadLines() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        // The masthead takes lines 1–11; a block on line 11 is inside it.
        let text = Self.page(blocks: Self.storyBlock("stories/a.md", column: 2, columns: 3, line: 11, lines: 20))
        let error = try #require(throws: DocumentError.self) { try Self.loadPage(text, in: folder) }
        #expect(error.file == folder.path("page.yaml"))
        #expect(error.line == lineNumber(of: "- story: stories/a.md", in: text))
        #expect(error.message.contains("block 'a'"))
        #expect(error.message.contains("line 11"))
        #expect(error.message.contains("inside the masthead (lines 1–11)"))

        // One line lower it is accepted.
        let below = Self.page(blocks: Self.storyBlock("stories/a.md", column: 2, columns: 3, line: 12, lines: 20))
        #expect(try Self.loadPage(below, in: folder).blocks.first?.area.line == 11)
    }

    @Test func missingStoryFile() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = Self.page(blocks: Self.storyBlock("stories/nope.md", column: 1, columns: 6, line: 12, lines: 10))
        let error = try #require(throws: DocumentError.self) { try Self.loadPage(text, in: folder) }
        #expect(error.file == folder.path("page.yaml"))
        #expect(error.line == lineNumber(of: "stories/nope.md", in: text))
        #expect(error.message.contains("story file 'stories/nope.md' not found"))
        #expect(error.message.contains(folder.path("stories/nope.md")))
    }

    private static func photoPage(_ image: String) -> String {
        page(blocks: """
              - photo: \(image)
                column: 5
                columns: 2
                line: 56
                lines: 18
                title: 选举防疫“两不误”
                credit: 林云龙 蒋成杰 摄
            """)
    }

    @Test func missingImageFile() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = Self.photoPage("images/missing.jpg")
        let error = try #require(throws: DocumentError.self) { try Self.loadPage(text, in: folder) }
        #expect(error.file == folder.path("page.yaml"))
        #expect(error.line == lineNumber(of: "- photo: images/missing.jpg", in: text))
        #expect(error.message.contains("image file 'images/missing.jpg' not found"))
    }

    @Test func imageThatIsNeitherPNGNorJPEG() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let image = try folder.write("photo.png", "GIF89a — this is not a picture at all\n")
        let error = try #require(throws: DocumentError.self) { try Self.loadPage(Self.photoPage("photo.png"), in: folder) }
        #expect(error.file == image)
        #expect(error.line == nil)
        #expect(error.message.contains("not a PNG or JPEG"))
    }

    @Test func truncatedPNG() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        // The signature and the start of the IHDR chunk, cut before width and height.
        let image = try folder.write("photo.png", bytes: Array(pngHeader(width: 1200, height: 780).prefix(18)))
        let error = try #require(throws: DocumentError.self) { try Self.loadPage(Self.photoPage("photo.png"), in: folder) }
        #expect(error.file == image)
        #expect(error.line == nil)
        #expect(error.message.contains("truncated PNG"))
    }

    @Test func handMadePNGAndJPEGHeadersAreRead() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        // Headers only: `parse` reads them; `read` would refuse the files as truncated.
        #expect(try ImageHeader.parse(pngHeader(width: 640, height: 427), file: "a.png") == ImageHeader(format: .png, width: 640, height: 427))
        // SOI, an APP0 segment of 16 bytes, then SOF0: length 17, precision 8, height 300, width 451.
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF\0".utf8) + [1, 1, 0, 0, 1, 0, 1, 0, 0]
            + [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0x2C, 0x01, 0xC3, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
        #expect(try ImageHeader.parse(jpeg, file: "b.jpg") == ImageHeader(format: .jpeg, width: 451, height: 300))
        // A JPEG that ends before its frame header.
        let cut = try folder.write("c.jpg", bytes: Array(jpeg.prefix(20)))
        let error = try #require(throws: ImageError.self) {
            try SourceImage(name: cut, bytes: try Data(contentsOf: URL(fileURLWithPath: cut)))
        }
        #expect(error.file == cut)
        #expect(error.message.contains("JPEG"))
    }

    @Test func malformedPageYAMLIsLocatedOnItsLine() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = """
            grid: tabloid-6col
            title: 浙江法制报
            masthead:
              title: 浙江法制报: 第1版
              lines: 11
            """
        let error = try #require(throws: DocumentError.self) { try Self.loadPage(text, in: folder) }
        #expect(error.file == folder.path("page.yaml"))
        #expect(error.line == 4)
        #expect(error.message.contains("malformed YAML"))
    }

    @Test func malformedFrontMatterYAMLIsLocatedOnItsFileLine() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write("story.md", """
            ---
            kicker: 引题
            headline: 以防控工作体系: 和机制的迭代升级
            ---

            正文。
            """)
        let error = try #require(throws: DocumentError.self) { try StoryParser.load(path: path) }
        #expect(error.file == path)
        #expect(error.line == 3)
        #expect(error.message.contains("malformed YAML"))
    }

    @Test func storyWithoutFrontMatter() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("stories/a.md", "以防控工作体系和机制的迭代升级\n\n15日上午，省委书记袁家军主持召开会议。\n")
        let path = try folder.write("page.yaml", Self.page(blocks: Self.storyBlock("stories/a.md", column: 1, columns: 6, line: 12, lines: 10)))
        let error = try #require(throws: DocumentError.self) { try PageLoader.load(path: path, gridDirectory: gridDirectory) }
        #expect(error.file == folder.path("stories/a.md"))
        #expect(error.line == 1)
        #expect(error.message.contains("'---'"))
        #expect(error.message.contains("front matter"))
    }

    @Test func unclosedFrontMatter() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write("s.md", "---\nheadline: 以防控工作体系和机制的迭代升级\n\n15日上午，省委书记袁家军主持召开会议。\n")
        let error = try #require(throws: DocumentError.self) { try StoryParser.load(path: path) }
        #expect(error.file == path)
        #expect(error.line == 1)
        #expect(error.message.contains("never closed"))
    }

    @Test(arguments: [
        "---\nkicker: 袁家军主持召开会议\nbyline: 刘乐平\n---\n\n正文。\n",
        "---\nheadline: \"  \"\n---\n\n正文。\n",
        "---\nheadline:\n---\n\n正文。\n",
    ])
    func storyWithoutHeadline(text: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write("s.md", text)
        let error = try #require(throws: DocumentError.self) { try StoryParser.load(path: path) }
        #expect(error.file == path)
        #expect(error.line == 1)
        #expect(error.message.contains("lacks a 'headline'"))
    }

    @Test func unknownKeyInABlockIsATypo() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = Self.page(blocks: Self.storyBlock("stories/a.md", column: 1, columns: 6, line: 12, lines: 27,
                                                     extra: "\n    headline-szie: 30pt"))
        let error = try #require(throws: DocumentError.self) { try Self.loadPage(text, in: folder) }
        #expect(error.file == folder.path("page.yaml"))
        #expect(error.line == lineNumber(of: "headline-szie", in: text))
        #expect(error.message.contains("unknown key 'headline-szie'"))
        #expect(error.message.contains("headline-size"), "the message lists the known keys")
    }

    @Test func unknownKeyInFrontMatterIsLocatedOnItsFileLine() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write("s.md", "---\nheadline: 标题\nsubtitle: 王浩出席\n---\n\n正文。\n")
        let error = try #require(throws: DocumentError.self) { try StoryParser.load(path: path) }
        #expect(error.file == path)
        #expect(error.line == 3)
        #expect(error.message.contains("unknown key 'subtitle'"))
        #expect(error.message.contains("subhead"))
    }

    @Test func invalidUTF8InAPageNamesTheByteOffset() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let prefix = "grid: tabloid-6col\ntitle: 浙江法制报"
        let offset = prefix.utf8.count  // 18 + 1 + 7 + 3 × 5 = 41
        #expect(offset == 41)
        let path = try folder.write("page.yaml", bytes: Array(prefix.utf8) + [0xFF, 0xFE] + Array("\n".utf8))
        let error = try #require(throws: DocumentError.self) { try PageLoader.load(path: path, gridDirectory: gridDirectory) }
        #expect(error.file == path)
        #expect(error.message.contains("UTF-8"))
        #expect(error.message.contains("offset 41"))
    }

    @Test func invalidUTF8InAStoryNamesTheByteOffset() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        // "标" is E6 A0 87; the story breaks off after E6 A0, in the middle of the character.
        let prefix = "---\nheadline: 标题\n---\n\n正文"
        let bytes = Array(prefix.utf8) + [0xE6, 0xA0] + Array("。\n".utf8)
        let path = try folder.write("s.md", bytes: bytes)
        let error = try #require(throws: DocumentError.self) { try StoryParser.load(path: path) }
        #expect(error.file == path)
        #expect(error.message.contains("offset \(prefix.utf8.count)"))
        #expect(prefix.utf8.count == 4 + 17 + 4 + 1 + 6)
    }

    @Test func missingPageFile() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let error = try #require(throws: DocumentError.self) {
            try PageLoader.load(path: folder.path("absent.yaml"), gridDirectory: gridDirectory)
        }
        #expect(error.file == folder.path("absent.yaml"))
        #expect(error.line == nil)
        #expect(error.message.contains("not found"))
    }

    @Test func duplicateKeyInAPage() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write("page.yaml", "grid: tabloid-6col\ntitle: 浙江法制报\ntitle: 第1版\n")
        let error = try #require(throws: DocumentError.self) { try PageLoader.load(path: path, gridDirectory: gridDirectory) }
        #expect(error.file == path)
        #expect(error.message.contains("'title'"))
        let line = try #require(error.line)
        #expect(line == 2 || line == 3)
    }

    @Test func misspeltPlacementKeyIsNamed() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = Self.page(blocks: """
              - story: stories/a.md
                column: 1
                colums: 6
                line: 12
                lines: 10
            """)
        let error = try #require(throws: DocumentError.self) { try Self.loadPage(text, in: folder) }
        #expect(error.file == folder.path("page.yaml"))
        #expect(error.message.contains("unknown key 'colums'"))
        #expect(error.line == lineNumber(of: "colums: 6", in: text))
    }

    @Test func jpegWithLargeMetadataBeforeItsFrameHeader() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        // Two maximal APP2 (ICC profile) segments, 2 × 65 537 bytes, then the SOF0 frame header of a
        // 451 × 300 picture: a valid JPEG whose size lies beyond the first 64 KiB.
        var bytes: [UInt8] = [0xFF, 0xD8]
        for _ in 0..<2 { bytes += [0xFF, 0xE2, 0xFF, 0xFF] + [UInt8](repeating: 0, count: 0xFFFF - 2) }
        bytes += [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0x2C, 0x01, 0xC3, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xFF, 0xD9]
        let path = try folder.write("big.jpg", bytes: bytes)
        let image = try SourceImage(name: path, bytes: try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(image.header == ImageHeader(format: .jpeg, width: 451, height: 300))
    }

    @Test func gridWhoseTypeAreaIsWiderThanTheTrim() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        // 8 columns of 13 characters and 7 gaps = 111 × 9 pt = 352.4 mm: too wide for a 265 mm trim.
        let text = """
            trim-width: 265mm
            trim-height: 375mm
            columns: 8
            column-chars: 13
            lines: 73
            line-pitch: 13.5pt
            """
        let path = try folder.write("narrow.yaml", text)
        let error = try #require(throws: DocumentError.self) { try GridLoader.load(path: path) }
        #expect(error.file == path)
        #expect(error.line == 3, "the error points at 'columns'")
        #expect(error.message.contains("352 mm"))
        #expect(error.message.contains("trim width"))
    }

    @Test func gridWhoseLinePitchIsBelowTheBodySize() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = """
            trim-width: 265mm
            trim-height: 375mm
            columns: 6
            column-chars: 12
            lines: 73
            body-size: 五号
            line-pitch: 9pt
            """
        let path = try folder.write("tight.yaml", text)
        let error = try #require(throws: DocumentError.self) { try GridLoader.load(path: path) }
        #expect(error.file == path)
        #expect(error.line == 7)
        #expect(error.message.contains("line pitch"))
    }

    @Test func gridLackingARequiredKey() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write("partial.yaml", "trim-width: 265mm\ntrim-height: 375mm\ncolumns: 6\nlines: 73\nline-pitch: 13.5pt\n")
        let error = try #require(throws: DocumentError.self) { try GridLoader.load(path: path) }
        #expect(error.file == path)
        #expect(error.message.contains("'column-chars'"))
    }
}

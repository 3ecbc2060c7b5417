import BroadsheetDocument
import BroadsheetFormats
import BroadsheetPipeline
import Foundation
import Testing

/// Control characters, pathological clusters and legacy encodings in real copy: set or refused with
/// file, line and code point, never a crash.
@Suite("Hostile text")
struct HostileTextTests {
    /// A project with a page holding a story, a photo with caption and credit, a teaser box and a masthead.
    func project(story: String = "---\nheadline: 测试\n---\n\n正文。\n", page: String? = nil) throws -> (page: String, folder: URL) {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        try story.write(to: folder.appendingPathComponent("story.md"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16/photo.png"),
                                         to: folder.appendingPathComponent("photo.png"))
        let text = page ?? """
            grid: tabloid-6col
            masthead:
              title: 浙江法制报
              lines: 8
              issue: 第6396期
            blocks:
              - story: story.md
                column: 1
                columns: 4
                line: 9
                lines: 30
              - photo: photo.png
                title: 标题
                caption: 图片说明
                credit: 记者 摄
                column: 5
                columns: 2
                line: 9
                lines: 20
              - teasers: 导读
                items:
                  - headline: 导读标题
                    page: 2版
                column: 1
                columns: 6
                line: 40
                lines: 10
            """
        try text.write(to: folder.appendingPathComponent("page.yaml"), atomically: true, encoding: .utf8)
        return (folder.appendingPathComponent("page.yaml").path, folder)
    }

    static let controls: [Unicode.Scalar] = ["\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}"]

    @Test("a control character in a story's body, headline, kicker, subhead or byline is refused with file, line and code point",
          arguments: ["body", "headline", "kicker", "subhead", "byline"], controls)
    func storyFields(field: String, control: Unicode.Scalar) throws {
        let bad = "前\(Character(control))后"
        let front = ["headline", "kicker", "subhead", "byline"].map { "\($0): \"\($0 == field ? bad : "文字")\"" }
        let story = "---\n" + front.joined(separator: "\n") + "\n---\n\n第一段。\n\n" + (field == "body" ? bad : "正文") + "。\n"
        let (page, folder) = try project(story: story)
        let error = #expect(throws: DocumentError.self) { try PageLoader.load(path: page, gridDirectory: TestSupport.grids) }
        let code = String(format: "U+%04X", control.value)
        #expect(error?.file == folder.appendingPathComponent("story.md").path)
        #expect(error?.line == (field == "body" ? 10 : front.firstIndex { $0.hasPrefix(field) }! + 2), "\(String(describing: error))")
        #expect(error?.message.contains(code) == true, "\(String(describing: error))")
    }

    @Test("a control character in a caption, credit, photo title, teaser or masthead field is refused on its line",
          arguments: [("caption: 图片说明", 14), ("credit: 记者 摄", 15), ("title: 标题", 13), ("headline: 导读标题", 22), ("issue: 第6396期", 5)])
    func pageFields(field: String, line: Int) throws {
        let (clean, _) = try project()
        let text = try String(contentsOfFile: clean, encoding: .utf8)
        let (key, value) = (field.split(separator: ":")[0], field.split(separator: ":")[1].trimmingCharacters(in: .whitespaces))
        let (page, _) = try project(page: text.replacingOccurrences(of: field, with: "\(key): \"\(value)\\u0007\""))
        let error = #expect(throws: DocumentError.self) { try PageLoader.load(path: page, gridDirectory: TestSupport.grids) }
        #expect(error?.file == page && error?.line == line, "\(String(describing: error))")
        #expect(error?.message.contains("U+0007") == true)
    }

    @Test("a NUL in the body makes the command fail with exit 1 and an escaped message, not a crash")
    func nulFromTheCommandLine() throws {
        let (page, folder) = try project(story: "---\nheadline: 测试\n---\n\n正文\u{0}\u{1B}[31m。\n")
        let result = try TestSupport.run(TestSupport.broadsheet, ["render", page, "-o", folder.appendingPathComponent("out.pdf").path])
        #expect(result.status == 1)
        #expect(result.error.contains("U+0000") && !result.error.contains("\u{1B}") && !result.error.contains("\u{0}"), "\(result.error)")
    }

    @Test("a tab in the body is set as a space")
    func tab() throws {
        let story = try StoryParser.parse("---\nheadline: 测试\n---\n\nAlpha\tBeta 正文。\n", file: "story.md")
        #expect(story.body.map(\.text) == ["Alpha Beta 正文。"])
    }

    @Test("one grapheme cluster of 100,000 combining marks loads as stream-safe text and composes in linear time")
    func combiningMarks() throws {
        func seconds(_ marks: Int) throws -> Double {
            let (page, _) = try project(story: "---\nheadline: 测试\n---\n\n测试a" + String(repeating: "\u{301}", count: marks) + "测试。\n")
            let session = RenderSession(home: BroadsheetHome(root: TestSupport.root), fontCache: TestSupport.fontCache, warn: { _ in })
            let loaded = try session.loadPage(page)
            let started = Date()
            _ = try session.layOut(loaded)
            return Date().timeIntervalSince(started)
        }
        let story = try StoryParser.parse("---\nheadline: 测试\n---\n\na" + String(repeating: "\u{301}", count: 100) + "\n", file: "s.md")
        let scalars = story.body[0].text.unicodeScalars
        #expect(story.body[0].text.count == 1 && scalars.filter { $0 == "\u{34F}" }.count == 3)
        let small = try seconds(25_000), large = try seconds(100_000)
        // Quadratic would be 16 times as long; linear about 4.
        #expect(large < max(small, 0.05) * 8, "25,000 marks: \(small) s, 100,000 marks: \(large) s")
    }

    @Test("a story in a legacy encoding or UTF-16 is refused, naming the likely encoding and the iconv command that converts it",
          arguments: [("gbk.md", "GB18030"), ("big5.md", "BIG5"), ("shift-jis.md", "SHIFT_JIS"), ("euc-kr.md", "EUC-KR"),
                      ("utf-16.md", "UTF-16LE"), ("utf-16le-latin.md", "UTF-16LE")])
    func legacyEncoding(file: String, encoding: String) throws {
        let path = TestSupport.root.appendingPathComponent("Tests/BroadsheetTests/Fixtures/encodings/\(file)").path
        let error = #expect(throws: DocumentError.self) { try StoryParser.load(path: path) }
        #expect(error?.file == path)
        #expect(error?.message.contains("iconv -f \(encoding) -t UTF-8") == true, "\(String(describing: error))")
    }
}

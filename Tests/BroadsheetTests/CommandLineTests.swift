import Foundation
import Testing

/// Runs the built `broadsheet` executable as a user would.
@Suite("Command line", .serialized)
struct CommandLineTests {
    var executable: String { TestSupport.broadsheet }

    func writePage(_ folder: URL, blocks: String, story: String = "---\nheadline: 测试\n---\n\n正文。\n") throws -> String {
        try story.write(to: folder.appendingPathComponent("story.md"), atomically: true, encoding: .utf8)
        let page = "grid: tabloid-6col\nblocks:\n" + blocks
        let path = folder.appendingPathComponent("page.yaml")
        try page.write(to: path, atomically: true, encoding: .utf8)
        return path.path
    }

    @Test("render writes the PDF, the PNG and the report of the example page")
    func rendersExample() throws {
        let folder = try TestSupport.temporaryFolder()
        let pdf = folder.appendingPathComponent("p.pdf").path
        let png = folder.appendingPathComponent("p.png").path
        let json = folder.appendingPathComponent("new/p.json").path
        let result = try TestSupport.run(executable, ["render", "-o", pdf, "-o", png, "--dpi", "30", "--report", json])
        #expect(result.status == 0, "\(result.error)")
        #expect(try PNGPixels(path: png).width == Int((751.181 * 30 / 72).rounded()))
        let report = try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any]
        #expect((report?["overset"] as? [Any])?.isEmpty == true)
        #expect(FileManager.default.fileExists(atPath: pdf))
    }

    @Test("thumbnail writes a PNG of the asked width")
    func thumbnail() throws {
        let folder = try TestSupport.temporaryFolder()
        let png = folder.appendingPathComponent("t.png").path
        let result = try TestSupport.run(executable, ["thumbnail", "-o", png, "--width", "300"])
        #expect(result.status == 0, "\(result.error)")
        let pixels = try PNGPixels(path: png)
        #expect(pixels.width == 300 && pixels.height == Int((1062.99 * 300 / 751.181).rounded()))
    }

    @Test("bad input: the error names the file and line, the exit status is non-zero, nothing is written",
          arguments: [
            ("  - story: story.md\n    column: 5\n    columns: 3\n    line: 1\n    lines: 10\n", 3, "outside the grid"),
            ("  - story: nowhere.md\n    column: 1\n    columns: 1\n    line: 1\n    lines: 10\n", 3, "not found"),
            ("  - story: story.md\n    column: 1\n    columns: 2\n    line: 1\n    lines: 10\n  - story: story.md\n    column: 2\n    columns: 2\n    line: 5\n    lines: 10\n", 8, "overlaps"),
            ("  - story: story.md\n    column: [1\n", 5, "malformed YAML"),
          ])
    func badInput(blocks: String, line: Int, problem: String) throws {
        let folder = try TestSupport.temporaryFolder()
        let page = try writePage(folder, blocks: blocks)
        let pdf = folder.appendingPathComponent("out.pdf").path
        let result = try TestSupport.run(executable, ["render", page, "-o", pdf])
        #expect(result.status != 0)
        #expect(result.error.contains("\(page):\(line):"), "\(result.error)")
        #expect(result.error.contains(problem), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }

    @Test("overset fails the run unless allowed, naming the story and the count")
    func overset() throws {
        let folder = try TestSupport.temporaryFolder()
        let body = String(repeating: "疫情防控工作体系和机制的迭代升级。", count: 40)
        let page = try writePage(folder, blocks: "  - story: story.md\n    column: 1\n    columns: 1\n    line: 1\n    lines: 12\n",
                                 story: "---\nheadline: 超长稿件\n---\n\n\(body)\n")
        let pdf = folder.appendingPathComponent("out.pdf").path
        let refused = try TestSupport.run(executable, ["render", page, "-o", pdf])
        #expect(refused.status != 0)
        #expect(refused.error.contains("block 'story'") && refused.error.contains("characters that do not fit"), "\(refused.error)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
        let allowed = try TestSupport.run(executable, ["render", page, "-o", pdf, "--allow-overset"])
        #expect(allowed.status == 0, "\(allowed.error)")
        #expect(FileManager.default.fileExists(atPath: pdf))
    }

    @Test("a character no configured font has is reported by code point and fails the run")
    func missingGlyph() throws {
        let folder = try TestSupport.temporaryFolder()
        let page = try writePage(folder, blocks: "  - story: story.md\n    column: 1\n    columns: 2\n    line: 1\n    lines: 20\n",
                                 story: "---\nheadline: 缺字\n---\n\n这个字\u{2A6A5}没有字形。\n")
        let pdf = folder.appendingPathComponent("out.pdf").path
        let result = try TestSupport.run(executable, ["render", page, "-o", pdf])
        #expect(result.status != 0)
        #expect(result.error.contains("U+2A6A5"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }

    @Test("an edition renders to one PDF labelled with its page numbers, and to a folder of page PDFs and PNGs")
    func edition() throws {
        let folder = try TestSupport.temporaryFolder()
        let edition = try TestSupport.exampleEditionWithAJump().path
        let pdf = folder.appendingPathComponent("edition.pdf").path
        let pages = folder.appendingPathComponent("pages").path + "/"
        let result = try TestSupport.run(executable, ["render", edition, "-o", pdf, "-o", pages, "--dpi", "30", "--allow-underfill"])
        #expect(result.status == 0, "\(result.error)")
        #expect(try TestSupport.run("/usr/bin/pdfinfo", [pdf]).output.range(of: #"Pages:\s+3\n"#, options: .regularExpression) != nil)
        let labels = try TestSupport.run("/usr/bin/qpdf", ["--json=2", "--json-key=pagelabels", pdf]).output
        #expect(labels.filter { !$0.isWhitespace }.contains(#""/St":3"#))
        let files = try FileManager.default.contentsOfDirectory(atPath: pages).sorted()
        #expect(files == ["page-01.pdf", "page-01.png", "page-02.pdf", "page-02.png", "page-03.pdf", "page-03.png"])
        let text = try TestSupport.run("/usr/bin/pdftotext", [folder.appendingPathComponent("pages/page-02.pdf").path, "-"]).output
        #expect(text.filter { !$0.isWhitespace }.contains("上接第1版"))
    }
}

import Foundation
import Testing

/// `render --press`, `proof` and `thumbnail` as a user runs them.
extension CommandLineTests {
    func pdfInfo(_ pdf: String) throws -> String {
        try TestSupport.run("/usr/bin/pdfinfo", ["-box", pdf]).output
    }

    @Test("render --press --marks writes a PDF/X-1a file with page boxes; plain render stays the RGB screen PDF")
    func pressAndScreen() throws {
        let folder = try TestSupport.temporaryFolder()
        let press = folder.appendingPathComponent("press.pdf").path
        let screen = folder.appendingPathComponent("screen.pdf").path
        let png = folder.appendingPathComponent("page.png").path
        let result = try TestSupport.run(executable, ["render", "--press", "--marks", "-o", press, "-o", png, "--dpi", "20"])
        #expect(result.status == 0, "\(result.error)")
        let pressInfo = try pdfInfo(press)
        #expect(pressInfo.contains("PDF subtype:    PDF/X-1:2003"))
        #expect(pressInfo.contains("TrimBox:            31.18    31.18   782.36  1094.17"), "\(pressInfo)")
        #expect(FileManager.default.fileExists(atPath: png))
        #expect(try TestSupport.run(executable, ["render", "-o", screen]).status == 0)
        let screenInfo = try pdfInfo(screen)
        #expect(!screenInfo.contains("PDF/X") && screenInfo.contains("PDF version:     1.5"))
        let content = try QPDFJSON(path: screen).contentStreams.flatMap(QPDFJSON.words)
        #expect(content.contains("rg"), "the screen PDF keeps cairo's RGB")
    }

    @Test("a photo placed below 200 ppi is named in a warning; the press PDF is still written")
    func lowResolutionWarning() throws {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(atPath: TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16/photo.png").path,
                                         toPath: folder.appendingPathComponent("wide.png").path)
        let page = try writePage(folder, blocks: "  - photo: wide.png\n    column: 1\n    columns: 6\n    line: 1\n    lines: 40\n")
        let pdf = folder.appendingPathComponent("out.pdf").path
        let result = try TestSupport.run(executable, ["render", page, "--press", "-o", pdf])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("wide.png") && result.error.contains("ppi, below the 200 ppi"), "\(result.error)")
        #expect(FileManager.default.fileExists(atPath: pdf))
    }

    @Test("a grid with a press: section makes render write the press PDF, with its ink limit")
    func gridPressSection() throws {
        let folder = try TestSupport.temporaryFolder()
        let grid = try String(contentsOfFile: TestSupport.grids + "/tabloid-6col.yaml", encoding: .utf8)
        try (grid + "press:\n  ink-limit: 200%\n  marks: true\n").write(to: folder.appendingPathComponent("press-grid.yaml"), atomically: true, encoding: .utf8)
        let page = try writePage(folder, blocks: "  - story: story.md\n    column: 1\n    columns: 2\n    line: 1\n    lines: 10\n")
        try String(contentsOfFile: page, encoding: .utf8).replacingOccurrences(of: "grid: tabloid-6col", with: "grid: press-grid.yaml")
            .write(toFile: page, atomically: true, encoding: .utf8)
        let pdf = folder.appendingPathComponent("out.pdf").path
        let result = try TestSupport.run(executable, ["render", page, "-o", pdf])
        #expect(result.status == 0, "\(result.error)")
        let info = try pdfInfo(pdf)
        #expect(info.contains("PDF/X-1:2003"))
        let media = try #require(info.split(separator: "\n").first { $0.hasPrefix("MediaBox") }).split(separator: " ").compactMap { Double($0) }
        #expect(media[2] > 751.18 + 2 * 30, "room for marks")
    }

    @Test("proof writes the picture even when overset, and its report carries the overlay's findings")
    func proofCommand() throws {
        let folder = try TestSupport.temporaryFolder()
        let body = String(repeating: "疫情防控工作体系和机制的迭代升级。", count: 40)
        let page = try writePage(folder, blocks: "  - story: story.md\n    column: 1\n    columns: 1\n    line: 1\n    lines: 12\n",
                                 story: "---\nheadline: 超长稿件\n---\n\n\(body)\n")
        let png = folder.appendingPathComponent("proof.png").path
        let json = folder.appendingPathComponent("proof.json").path
        let result = try TestSupport.run(executable, ["proof", page, "-o", png, "--dpi", "50", "--report", json])
        #expect(result.status == 0, "\(result.error)")
        #expect(try PNGPixels(path: png).width == Int((751.181 * 50 / 72).rounded()))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        let proof = try #require(report["proof"] as? [String: Any])
        let blocks = try #require(proof["blocks"] as? [[String: Any]])
        #expect((blocks.first?["overset_characters"] as? Int ?? 0) > 0)
        #expect((proof["baselines_pt"] as? [Double])?.count == 73)
        #expect((proof["columns_pt"] as? [[Double]])?.count == 6)
    }

    @Test("thumbnail takes --height, and several pages make one contact sheet")
    func contactSheet() throws {
        let folder = try TestSupport.temporaryFolder()
        let single = folder.appendingPathComponent("one.png").path
        #expect(try TestSupport.run(executable, ["thumbnail", "-o", single, "--height", "200"]).status == 0)
        let one = try PNGPixels(path: single)
        #expect(one.height == 200 && one.width == Int((200 * 751.181 / 1062.99).rounded()))
        let sheet = folder.appendingPathComponent("sheet.png").path
        let example = TestSupport.examplePage
        let vertical = TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16-vertical/page.yaml").path
        let result = try TestSupport.run(executable, ["thumbnail", example, vertical, example, "-o", sheet, "--width", "100", "--columns", "2"])
        #expect(result.status == 0, "\(result.error)")
        let pixels = try PNGPixels(path: sheet)
        let cellHeight = Int((100 * 1062.99 / 751.181).rounded())
        #expect(pixels.width == 2 * 100 + 12 && pixels.height == 2 * cellHeight + 12)
        #expect(try TestSupport.run(executable, ["thumbnail", "-o", sheet, "--width", "100", "--height", "100"]).status != 0)
    }
}

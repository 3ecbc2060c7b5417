import Foundation
import Testing

/// A real bad input file for each limit and check: `render` must fail naming the file and the
/// problem, and leave the previous output as it was, with nothing new beside it.
enum BadInput: String, CaseIterable, Sendable {
    case storyFileTooLarge, storyTooLong, pageTooLong, tooManyBlocks, tooManyEditionPages, textValueTooLong, absurdGrid
    case yamlAnchors, deepNesting, notUTF8, imageTooLarge, imageTooManyPixels, truncatedPNG, truncatedJPEG
    case wrongExtension, outsideProject, linkOutsideProject, storyIsAPipe

    static let fixtures = TestSupport.root.appendingPathComponent("Tests/Fuzz/project")

    /// The page (in `page/`, which names `story.md` and, for image cases, `photo.png` or `photo.jpg`),
    /// the files beside it, the file the error must name and words of the problem.
    var files: (page: String, others: [String: Data], file: String, problem: String) {
        let story = Data("---\nheadline: 测试\n---\n\n正文。\n".utf8)
        let storyBlock = "  - story: story.md\n    column: 1\n    columns: 2\n    line: 1\n    lines: 20\n"
        let page = "grid: tabloid-6col\nblocks:\n" + storyBlock
        func photoPage(_ name: String) -> String {
            page + "  - photo: \(name)\n    column: 3\n    columns: 2\n    line: 1\n    lines: 20\n"
        }
        let png = (try? Data(contentsOf: Self.fixtures.appendingPathComponent("photo.png"))) ?? Data()
        let jpeg = (try? Data(contentsOf: Self.fixtures.appendingPathComponent("photo.jpg"))) ?? Data()
        let longLine = String(repeating: "字", count: 1_000) + "\n"
        switch self {
        case .storyFileTooLarge:
            return (page, ["page/story.md": Data(("---\nheadline: 大\n---\n\n" + String(repeating: longLine, count: 700)).utf8)],
                    "page/story.md", "file too large")
        case .storyTooLong:
            return (page, ["page/story.md": Data(("---\nheadline: 长\n---\n\n" + String(repeating: longLine, count: 201)).utf8)],
                    "page/story.md:205:", "longer than 200000 characters")
        case .pageTooLong:
            let half = Data(("---\nheadline: 长\n---\n\n" + String(repeating: longLine, count: 120)).utf8)
            let second = "  - story: story.md\n    column: 3\n    columns: 2\n    line: 1\n    lines: 20\n"
            return (page + second, ["page/story.md": half], "page/page.yaml:8:", "more than 200000 characters together")
        case .tooManyBlocks:
            return ("grid: tabloid-6col\nblocks:\n" + String(repeating: "  - {}\n", count: 201), ["page/story.md": story],
                    "page/page.yaml:203:", "at most 200 blocks")
        case .tooManyEditionPages:
            return ("paper: 浙江法制报\npages:\n" + String(repeating: "  - page: page.yaml\n", count: 201), [:],
                    "page/page.yaml:203:", "at most 200 pages")
        case .textValueTooLong:
            return (page, ["page/story.md": Data(("---\nheadline: " + longLine + "kicker: " + longLine.dropLast() + "长\n---\n\n正文。\n").utf8)],
                    "page/story.md:3:", "longer than 1000 characters")
        case .absurdGrid:
            let grid = "trim-width: 265mm\ntrim-height: 375mm\ncolumns: 1000\ncolumn-chars: 12\nlines: 73\nline-pitch: 13.5pt\n"
            return (page.replacingOccurrences(of: "tabloid-6col", with: "grid.yaml"), ["page/story.md": story, "page/grid.yaml": Data(grid.utf8)],
                    "page/grid.yaml:3:", "at most 48 columns")
        case .yamlAnchors:
            var laughs = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            for level in 1..<10 { laughs += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n" }
            return (page + laughs, ["page/story.md": story], "page/page.yaml:8:", "YAML anchors (&name) are not accepted")
        case .deepNesting:
            return (page + "title: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n",
                    ["page/story.md": story], "page/page.yaml:8:", "nested more than 32 deep")
        case .notUTF8:
            return (page, ["page/story.md": Data("---\nheadline: 标题\n---\n\n正文".utf8) + Data([0xE6, 0xA0]) + Data("。\n".utf8)],
                    "page/story.md", "not valid UTF-8 (first bad byte at offset 32)")
        case .imageTooLarge:
            return (photoPage("photo.png"), ["page/story.md": story, "page/photo.png": Self.png(width: 30_000, height: 100)],
                    "page/photo.png", "each side must be 1 to 20000")
        case .imageTooManyPixels:
            return (photoPage("photo.png"), ["page/story.md": story, "page/photo.png": Self.png(width: 15_000, height: 15_000)],
                    "page/photo.png", "at most 100 megapixels")
        case .truncatedPNG:
            return (photoPage("photo.png"), ["page/story.md": story, "page/photo.png": png.prefix(png.count - 20)],
                    "page/photo.png", "truncated PNG")
        case .truncatedJPEG:
            return (photoPage("photo.jpg"), ["page/story.md": story, "page/photo.jpg": jpeg.prefix(jpeg.count / 2)],
                    "page/photo.jpg", "truncated JPEG")
        case .wrongExtension:
            return (photoPage("photo.jpg"), ["page/story.md": story, "page/photo.jpg": png],
                    "page/photo.jpg", "is a PNG image but its name ends in .jpg")
        case .outsideProject:
            return (page.replacingOccurrences(of: "story.md", with: "../outside.md"), ["outside.md": story],
                    "page/page.yaml:3:", "story file '../outside.md' lies outside the project folder")
        case .linkOutsideProject:
            // Made a symbolic link to ../outside.md by the test.
            return (page, ["outside.md": story], "page/page.yaml:3:", "story file 'story.md' lies outside the project folder")
        case .storyIsAPipe:
            // Made a named pipe by the test: reading it would wait for a writer for ever.
            return (page, [:], "page/story.md", "not a regular file")
        }
    }

    /// A PNG of the given size that is complete but for its pixels: signature, IHDR, empty IDAT, IEND.
    static func png(width: UInt32, height: UInt32) -> Data {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let length = UInt32(data.count)
            return [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
                + Array(type.utf8) + data + [0, 0, 0, 0]
        }
        func be32(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        return Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", be32(width) + be32(height) + [8, 2, 0, 0, 0])
                    + chunk("IDAT", []) + chunk("IEND", []))
    }
}

extension CommandLineTests {
    /// Writes the case's files into a fresh folder with a previous `out.pdf`, renders over it.
    func renderBadInput(_ input: BadInput, allowOutside: Bool = false) throws -> (result: (status: Int32, output: String, error: String), folder: URL) {
        let folder = try TestSupport.temporaryFolder()
        let (page, others, _, _) = input.files
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("page"), withIntermediateDirectories: true)
        try Data(page.utf8).write(to: folder.appendingPathComponent("page/page.yaml"))
        for (name, data) in others { try data.write(to: folder.appendingPathComponent(name)) }
        if input == .linkOutsideProject {
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("page/story.md").path, withDestinationPath: "../outside.md")
        }
        if input == .storyIsAPipe { #expect(mkfifo(folder.appendingPathComponent("page/story.md").path, 0o644) == 0) }
        try Data("previous output".utf8).write(to: folder.appendingPathComponent("page/out.pdf"))
        let arguments = ["render", folder.appendingPathComponent("page/page.yaml").path, "-o", folder.appendingPathComponent("page/out.pdf").path,
                         "-o", folder.appendingPathComponent("page/out.png").path, "--dpi", "20"] + (allowOutside ? ["--allow-outside"] : [])
        return (try TestSupport.run(executable, arguments), folder)
    }

    @Test("a bad input file fails the run with its name and the problem, and no output is created or changed", arguments: BadInput.allCases)
    func badInputFile(input: BadInput) throws {
        let (_, others, file, problem) = input.files
        let before = Set(others.keys).union(["page/page.yaml", "page/out.pdf"])
            .union([.linkOutsideProject, .storyIsAPipe].contains(input) ? ["page/story.md"] : [])
        let (result, folder) = try renderBadInput(input)
        #expect(result.status != 0)
        #expect(result.error.contains(folder.appendingPathComponent(file).path), "\(result.error)")
        #expect(result.error.contains(problem), "\(result.error)")
        #expect(try String(contentsOf: folder.appendingPathComponent("page/out.pdf"), encoding: .utf8) == "previous output")
        let after = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix("page") }
        #expect(Set(after) == before, "files created: \(Set(after).subtracting(before))")
    }

    @Test("--allow-outside lets a page name a story outside its project folder")
    func allowOutside() throws {
        let (result, folder) = try renderBadInput(.outsideProject, allowOutside: true)
        #expect(result.status == 0, "\(result.error)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("page/out.png").path))
    }
}

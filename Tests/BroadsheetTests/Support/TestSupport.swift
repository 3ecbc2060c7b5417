import BroadsheetDocument
import BroadsheetPango
import BroadsheetText
import Foundation

/// Paths and shared set-up for the tests: the package root comes from this file's location,
/// never from the working directory.
enum TestSupport {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let grids = root.appendingPathComponent("Layouts/grids").path
    static let examplePage = root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16/page.yaml").path
    static let exampleStories = root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16/stories")
    static let fontCache = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-tests-fontconfig").path

    /// A real Pango shaper on the project's fonts. Pango objects are per thread, so each test makes its own.
    static func pangoShaper() throws -> PangoShaper {
        PangoShaper(library: try FontLibrary(roleMapPath: root.appendingPathComponent("Fonts/roles.yaml").path,
                                             cacheDirectory: fontCache))
    }

    static func paragraphs(ofStory name: String) throws -> [String] {
        let story = try StoryParser.load(path: exampleStories.appendingPathComponent(name).path)
        return story.body.map(\.text)
    }

    /// A fresh empty folder for outputs.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a command, returning its exit status and standard output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}

/// A shaper for exact arithmetic: every wide character advances 1 em, everything else ½ em. Marks
/// carry ink like a Simplified Chinese face: 、，。”） in the left half of the em, “（ in the right half.
struct FixedPitchShaper: TextShaper {
    static let inkLeftHalf: Set<Character> = ["、", "，", "。", "；", "：", "？", "！", "”", "’", "）", "》", "」", "』", "】"]
    static let inkRightHalf: Set<Character> = ["“", "‘", "（", "《", "「", "『", "【"]

    func shape(_ text: String, style: TextStyle) throws -> ShapedText {
        let em = style.size
        let clusters = text.map { character -> ShapedCluster in
            let wide = character.unicodeScalars.first.map { $0.value >= 0x2E80 || [0x2014, 0x2026, 0x201C, 0x201D, 0x2018, 0x2019].contains($0.value) } ?? false
            let advance = wide ? em : em / 2
            let ink: (Double, Double) = Self.inkLeftHalf.contains(character) ? (0.1 * em, 0.4 * em)
                : Self.inkRightHalf.contains(character) ? (0.6 * em, 0.9 * em) : (0.05 * advance, 0.95 * advance)
            return ShapedCluster(text: String(character), glyphs: [ShapedGlyph(id: 1, xOffset: 0, yOffset: 0, advance: advance)],
                                 face: 0, inkLeft: ink.0, inkRight: ink.1)
        }
        return ShapedText(style: style, clusters: clusters,
                          faces: [FontFace(file: "/fixed", index: 0, family: "Fixed", style: "Regular")], problems: [])
    }
}

import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFuzzing
import Foundation
import Testing

/// splitmix64: a seeded generator, so the random text is the same on every run.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension CommandLineTests {
    /// Random text of every script, format characters, combining marks, emoji, RTL; without the
    /// control characters a story file may not hold (but line ends and tabs).
    func randomText(seed: UInt64, length: Int) -> String {
        var generator = SeededGenerator(state: seed)
        var text = FuzzText((0..<length * 3).map { _ in UInt8.random(in: 0...255, using: &generator) }, maximumLength: length)
        let allowed = text.text().unicodeScalars.filter { $0 == "\n" || $0 == "\t" || $0.properties.generalCategory != .control }
        // A line starting with "## " would be a subhead, whose marker is not text.
        return String(String.UnicodeScalarView(allowed)).replacingOccurrences(of: "#", with: "＃")
    }

    @Test("on random text the report accounts for every character: placed in its block or overset")
    func randomTextIsAccountedFor() throws {
        let folder = try TestSupport.temporaryFolder()
        let blocks = [("full", "column: 1\n    columns: 6\n    line: 1\n    lines: 30"),
                      ("small", "column: 1\n    columns: 2\n    line: 31\n    lines: 12"),
                      ("vertical", "column: 3\n    columns: 4\n    line: 31\n    lines: 43\n    vertical-headline: true")]
        var page = "grid: tabloid-6col\nblocks:\n"
        var stories: [String: Story] = [:]
        for (index, (name, placement)) in blocks.enumerated() {
            let body = randomText(seed: UInt64(index + 1), length: 2_500)
            let path = folder.appendingPathComponent("\(name).md").path
            try Data("---\nheadline: 随机文字\n---\n\n\(body)\n".utf8).write(to: URL(fileURLWithPath: path))
            let story = try StoryParser.load(path: path)
            // Nothing but white space is lost between the file and the story.
            // (and the combining grapheme joiners that keep long runs of marks stream-safe).
            #expect(String(String.UnicodeScalarView(story.body.map(\.text).joined().unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{34F}" }))
                    == String(String.UnicodeScalarView(body.unicodeScalars.filter { !$0.properties.isWhitespace })))
            stories[name] = story
            page += "  - story: \(name).md\n    \(placement)\n"
        }
        try Data(page.utf8).write(to: folder.appendingPathComponent("page.yaml"))
        let json = folder.appendingPathComponent("report.json").path
        let result = try TestSupport.run(executable, ["render", folder.appendingPathComponent("page.yaml").path, "-o",
                                                      folder.appendingPathComponent("page.pdf").path, "--report", json,
                                                      "--allow-overset", "--allow-missing-glyphs"])
        #expect(result.status == 0, "\(result.error)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        let reported = try #require(report["blocks"] as? [[String: Any]])
        var oversetSomewhere = false
        for block in reported {
            let name = try #require(block["name"] as? String)
            let placed = try #require(block["placed_characters"] as? Int)
            let overset = try #require(block["overset_characters"] as? Int)
            let story = try #require(stories[name])
            #expect(placed + overset == story.bodyCharacterCount, "block \(name): \(placed) placed + \(overset) overset of \(story.bodyCharacterCount)")
            #expect(placed > 0)
            oversetSomewhere = oversetSomewhere || overset > 0
        }
        #expect(reported.count == blocks.count)
        #expect(oversetSomewhere, "no block overset: the overset count went untested")
    }
}

import BroadsheetComposer
import BroadsheetText
import Foundation
import Testing

/// Paragraphs built to make a line breaker slow — 100,000 characters with no break opportunity, or
/// none that the kinsoku rules allow — compose with every character on exactly one line, in time
/// that stays linear: the bound below is generous for a debug build on a busy machine, while a
/// composer that rescanned the paragraph for each line would take hours.
@Suite("Pathological paragraphs")
struct PathologicalParagraphTests {
    static let paragraphs: [(name: String, text: String)] = [
        ("Latin letters, no break opportunity", String(repeating: "w", count: 100_000)),
        ("closing marks, none may start a line", String(repeating: "」", count: 100_000)),
        ("opening marks, none may end a line", String(repeating: "「", count: 100_000)),
        ("2-em dashes, never split", String(repeating: "——", count: 50_000)),
        ("digits, one number", String(repeating: "7", count: 100_000)),
        ("combining marks, each on its own base", String(repeating: "e\u{301}", count: 50_000)),
    ]

    @Test("100,000 characters compose with each on one line, in linear time", arguments: paragraphs.map(\.name))
    func composes(name: String) throws {
        let text = try #require(Self.paragraphs.first { $0.name == name }).text
        let shaped = try FixedPitchShaper().shape(text, style: TextStyle(role: "song", size: 9, language: .simplifiedChinese))
        let composer = LineComposer(options: .init(firstLineIndent: 18, hangingPunctuation: true))
        let start = Date()
        let lines = composer.compose(shaped, width: 13 * 9)
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < 60, "\(seconds) s")
        let placed = lines.flatMap { $0.placements.map(\.cluster) }
        #expect(placed == Array(shaped.clusters.indices))
        #expect(lines.reduce(0) { $0 + $1.characterCount } == text.count)
        // Lines of 13 ems hold 13 to 26 characters: none was given up early.
        #expect(lines.count <= shaped.clusters.count / 10)
    }
}

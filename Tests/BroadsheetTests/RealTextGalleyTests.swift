import BroadsheetComposer
import BroadsheetDocument
import BroadsheetFormats
import BroadsheetGeometry
import BroadsheetLayout
import BroadsheetPango
import BroadsheetText
import Foundation
import Testing

/// Real news text in Simplified Chinese (the example page), Traditional Chinese (Taiwan Presidential
/// Office) and Japanese (首相官邸), set as 13-character galleys with the real fonts: no line breaks a
/// kinsoku rule, every line but a paragraph's last is flush, and the ideographs stay on the grid.
@Suite("Real-text galleys")
struct RealTextGalleyTests {
    static let stories: [(String, LanguageTag)] = [
        ("Layouts/examples/zjfzb-2021-12-16/stories/lead.md", .simplifiedChinese),
        ("Layouts/examples/zjfzb-2021-12-16/stories/supervision.md", .simplifiedChinese),
        ("Tests/BroadsheetTests/Fixtures/news/zh-Hant-1.md", .traditionalChinese),
        ("Tests/BroadsheetTests/Fixtures/news/ja-1.md", .japanese),
    ]

    @Test("kinsoku, flush edges and the character grid", arguments: stories)
    func galley(path: String, language: LanguageTag) throws {
        let story = try StoryParser.load(path: TestSupport.root.appendingPathComponent(path).path)
        let grid = try GridLoader.load(path: TestSupport.grids + "/broadsheet-8col.yaml")
        let em = grid.bodySize.points
        let width = Double(grid.columnCharacters) * em
        let shaper = try TestSupport.pangoShaper()
        let options = LineComposer.Options(firstLineIndent: language.paragraphIndent * em, language: language,
                                           avoidsLoneCharacter: language.avoidsLoneLastCharacter,
                                           hangingPunctuation: language.defaultComposition.hangingPunctuation ?? false)
        var ideographs = 0, onGrid = 0, lines = 0
        for paragraph in story.body.map(\.text) {
            let shaped = try shaper.shape(paragraph, style: TextStyle(role: "song", size: em, language: language))
            #expect(shaped.problems.isEmpty, "\(shaped.problems)")
            for line in LineComposer(options: options).compose(shaped, width: width) {
                lines += 1
                let text = line.placements.map { shaped.clusters[$0.cluster].text }
                let first = CharacterClass(text.first!.first!), last = CharacterClass(text.last!.first!)
                #expect(KinsokuLevel.basic.mayStart(first, language: language), "starts with \(text.first!): \(text.joined())")
                #expect(KinsokuLevel.basic.mayEnd(last), "ends with \(text.last!): \(text.joined())")
                if !line.endsParagraph { #expect(abs(line.end - width) < 0.5, "\(text.joined()) ends at \(line.end)") }
                #expect(line.end <= width + 0.01)
                for placement in line.placements where CharacterClass(shaped.clusters[placement.cluster].text.first!) == .ideograph {
                    ideographs += 1
                    let cells = (placement.x + placement.shift) / em
                    if abs(cells - cells.rounded()) <= 0.1 { onGrid += 1 }
                }
            }
        }
        #expect(lines > 30)
        // Without hanging (Simplified Chinese), a line whose last mark overflows squeezes a mark before
        // it, and the characters after that mark leave the grid by half an em.
        let gridShare = options.hangingPunctuation ? 0.95 : 0.93
        #expect(Double(onGrid) / Double(ideographs) >= gridShare, "\(onGrid) of \(ideographs) ideographs on the grid")
    }

    @Test("a whole real story composes exactly as the reviewed dump")
    func reviewedDump() throws {
        let story = try StoryParser.load(path: TestSupport.exampleStories.appendingPathComponent("lead.md").path)
        let grid = try GridLoader.load(path: TestSupport.grids + "/tabloid-6col.yaml")
        let galley = try GalleyLayout(shaper: try TestSupport.pangoShaper())
            .layout(story, grid: grid, columns: 1, language: .simplifiedChinese, composition: CompositionSettings())
        let expectedPath = TestSupport.root.appendingPathComponent("Tests/BroadsheetTests/Expected/lead-tabloid-galley.txt")
        let expected = try String(contentsOf: expectedPath, encoding: .utf8)
        if galley.dump != expected {
            let actualPath = FileManager.default.temporaryDirectory.appendingPathComponent("lead-tabloid-galley.actual.txt")
            try galley.dump.write(to: actualPath, atomically: true, encoding: .utf8)
            let differing = zip(galley.dump.split(separator: "\n"), expected.split(separator: "\n")).enumerated()
                .first { $0.element.0 != $0.element.1 }
            Issue.record("composition changed; first difference at line \((differing?.offset ?? 0) + 1): got '\(differing?.element.0 ?? "")', expected '\(differing?.element.1 ?? "")'. Full output: \(actualPath.path) — review it and copy it over \(expectedPath.path) if it is right.")
        }
    }
}

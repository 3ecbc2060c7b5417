import BroadsheetComposer
import BroadsheetFormats
import BroadsheetPipeline
import BroadsheetText
import Foundation

/// Shaping and composition of real body text at 50,000 to 200,000 characters, and a pathological
/// paragraph with no break opportunity: linear time shows as a constant cost per 1000 characters.
func benchmarkComposition(session: RenderSession, runs: Int) throws {
    let paragraphs = try ["lead.md", "supervision.md"].flatMap {
        try StoryParser.load(path: session.home.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16/stories/\($0)").path).body.map(\.text)
    }
    try session.shaping(.simplifiedChinese) { shapers in try benchmarkComposition(paragraphs: paragraphs, shaper: shapers.horizontal, runs: runs) }
}

private func benchmarkComposition(paragraphs: [String], shaper: TextShaper, runs: Int) throws {
    let style = TextStyle(role: "song", size: 9, language: .simplifiedChinese)
    let composer = LineComposer(options: .init(firstLineIndent: 18, hangingPunctuation: true))
    print("characters  paragraphs  lines   shape ms  compose ms  compose ms per 1000 chars")
    for target in [50_000, 100_000, 200_000] {
        var text: [String] = []
        var count = 0
        while count < target {
            let paragraph = paragraphs[text.count % paragraphs.count]
            text.append(paragraph)
            count += paragraph.count
        }
        // One story of `target` characters is a list of paragraphs; one 200,000-character paragraph
        // with no break opportunity is the pathological case, timed last.
        var shaped: [ShapedText] = []
        let shapeTimes = try (0..<runs).map { _ in try measure { shaped = try text.map { try shaper.shape($0, style: style) } } }
        var lines = 0
        let composeTimes = (0..<runs).map { _ in measure { lines = shaped.reduce(0) { $0 + composer.compose($1, width: 117).count } } }
        let compose = median(composeTimes)
        print(String(format: "%10d  %10d  %5d  %9.1f  %10.1f  %10.1f", count, text.count, lines, median(shapeTimes), compose,
                     compose * 1000 / Double(count)))
    }
    let unbroken = String(repeating: "w", count: 200_000)
    let shapedUnbroken = try shaper.shape(unbroken, style: style)
    let unbrokenTime = median((0..<runs).map { _ in measure { _ = composer.compose(shapedUnbroken, width: 117) } })
    print(String(format: "200000 Latin letters with no break opportunity: compose %.1f ms", unbrokenTime))
}

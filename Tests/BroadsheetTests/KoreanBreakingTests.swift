import BroadsheetComposer
import BroadsheetFormats
import BroadsheetText
import Foundation
import Testing

/// Korean in newspaper columns (W3C klreq §3.1): between syllables in narrow measures, between words
/// when asked or in wide ones; and half-width marks keep their kinsoku, on real copy.
@Suite("Korean breaking")
struct KoreanBreakingTests {
    static let em = 9.0

    func paragraphs(_ story: String) throws -> [String] {
        try StoryParser.load(path: TestSupport.root.appendingPathComponent("Tests/Copy/tuning/ko/\(story)").path).body.map(\.text)
    }

    func compose(_ text: String, width: Double, breaking: KoreanBreaking) throws -> ([ComposedLine], ShapedText) {
        let shaped = try TestSupport.pangoShaper().shape(text, style: TextStyle(role: "song", size: Self.em, language: .korean))
        let options = LineComposer.Options(firstLineIndent: 2 * Self.em, cjkLatinSpacing: 0, punctuation: PunctuationStyle.none,
                                           language: .korean, koreanBreaking: breaking)
        return (LineComposer(options: options).compose(shaped, width: width), shaped)
    }

    static func isHangul(_ text: String) -> Bool {
        text.unicodeScalars.first.map { (0xAC00...0xD7A3).contains($0.value) } ?? false
    }

    /// Lines that end inside a word: on a syllable with another syllable next.
    func splitWords(_ lines: [ComposedLine], _ shaped: ShapedText) -> [String] {
        lines.dropLast().compactMap { line in
            guard let last = line.placements.last?.cluster, last + 1 < shaped.clusters.count,
                  Self.isHangul(shaped.clusters[last].text), Self.isHangul(shaped.clusters[last + 1].text) else { return nil }
            return shaped.clusters[last].text + "|" + shaped.clusters[last + 1].text
        }
    }

    @Test("in a 12-character column Korean breaks between syllables and no word gap exceeds ½ em")
    func syllablesInNarrowColumns() throws {
        var split = 0
        for text in try paragraphs("turkey-syria-quake.md") + paragraphs("ev-battery-governors.md") {
            let (lines, shaped) = try compose(text, width: 12 * Self.em, breaking: .automatic)
            for line in lines.dropLast() { #expect(line.gapAdjustment / Self.em <= 0.5 + 1e-9, "a gap of \(line.gapAdjustment / Self.em) em") }
            split += splitWords(lines, shaped).count
        }
        #expect(split > 0, "no line broke between syllables")
    }

    @Test("korean-breaking: words keeps every word whole, and a wide measure keeps words by default")
    func wordsWhenAsked() throws {
        for (width, breaking) in [(12 * Self.em, KoreanBreaking.words), (30 * Self.em, .automatic)] {
            for text in try paragraphs("kiribati-police.md") {
                let (lines, shaped) = try compose(text, width: width, breaking: breaking)
                #expect(splitWords(lines, shaped).isEmpty, "\(breaking) at \(width / Self.em) ems: \(splitWords(lines, shaped))")
            }
        }
    }

    @Test("a half-width comma or closing parenthesis never starts a line, an opening one never ends it")
    func halfWidthKinsoku() throws {
        let text = "국가 항공우주, 핵, 기술 관련 기관을 표적으로 삼아(민감한 기밀) 기술을 훔쳤다, 고 밝혔습니다."
        for characters in 6...14 {
            let (lines, shaped) = try compose(text, width: Double(characters) * Self.em, breaking: .syllables)
            for line in lines {
                let first = line.placements.first.map { shaped.clusters[$0.cluster].text } ?? ""
                let last = line.placements.last.map { shaped.clusters[$0.cluster].text } ?? ""
                #expect(![",", ")", "."].contains(first) && last != "(", "\(characters) characters: a line \(first)…\(last)")
            }
        }
    }
}

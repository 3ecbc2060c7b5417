import BroadsheetComposer
import BroadsheetFormats
import BroadsheetText
import Foundation
import Testing

/// Real copy (Tests/Copy/tuning) set in one tabloid-6col column: 12 characters of 9 pt, each language's indent.
enum TabloidColumn {
    static let em = 9.0
    static let width = 12 * em

    static func paragraph(_ story: String, containing text: String) throws -> String {
        let path = TestSupport.root.appendingPathComponent("Tests/Copy/tuning/\(story)").path
        return try #require(try StoryParser.load(path: path).body.map(\.text).first { $0.contains(text) })
    }

    static func compose(_ text: String, _ language: LanguageTag, hanging: Bool) throws -> ([ComposedLine], ShapedText) {
        let shaped = try TestSupport.pangoShaper().shape(text, style: TextStyle(role: "song", size: em, language: language))
        let options = LineComposer.Options(firstLineIndent: language.paragraphIndent * em, language: language,
                                           avoidsLoneCharacter: language.avoidsLoneLastCharacter, hangingPunctuation: hanging)
        return (LineComposer(options: options).compose(shaped, width: width), shaped)
    }

    static func texts(_ lines: [ComposedLine], _ shaped: ShapedText) -> [String] {
        lines.map { $0.placements.map { shaped.clusters[$0.cluster].text }.joined() }
    }

    /// The ideographs of `line` more than 0.1 em from a whole em of the column (pagecheck's rule).
    static func offGrid(_ line: ComposedLine, _ shaped: ShapedText) -> [String] {
        line.placements.filter { placement in
            let text = shaped.clusters[placement.cluster].text
            let cells = (placement.x + placement.shift) / em
            return CharacterClass(text.first ?? " ") == .ideograph && abs(cells - cells.rounded()) > 0.1
        }.map { shaped.clusters[$0.cluster].text }
    }
}

import BroadsheetComposer
import BroadsheetDocument
import BroadsheetText

/// The line composer on hostile text (see `FuzzText`) with options, size and measure taken from
/// the input's first bytes. Every cluster must stand on exactly one line, in order, or be a space
/// skipped at a break; the lines' character counts must add up to the text's; every position must
/// be finite; a line that is neither forced nor hanging must fit its measure.
enum ComposerTarget {
    static func run(_ input: some Collection<UInt8>) throws -> [DocumentError] {
        var reader = FuzzText(input)
        let options = self.options(&reader)
        let size = [9, 10.5, 0.5, 72][Int(reader.byte()) % 4]
        let widths = [0, 0.001, size * 13, size * 13 + 0.5, Double(reader.number(below: 4_000)) / 10]
        let width = widths[Int(reader.byte()) % widths.count]
        let text = reader.text()
        let shaped = try FuzzShaper().shape(text, style: TextStyle(role: "song", size: size, language: options.language))
        let lines = LineComposer(options: options).compose(shaped, width: width)
        try check(lines, of: shaped, text: text, width: width, indent: options.firstLineIndent)
        return []
    }

    private static func options(_ reader: inout FuzzText) -> LineComposer.Options {
        let flags = reader.byte()
        let alignments: [LineComposer.Alignment] = [.justified, .left, .center, .right]
        return LineComposer.Options(
            alignment: alignments[Int(reader.byte()) % alignments.count],
            firstLineIndent: [0, 18, 4.5, 400][Int(reader.byte()) % 4],
            cjkLatinSpacing: [0.25, 0, 0.5, 1][Int(reader.byte()) % 4],
            punctuation: PunctuationStyle.allCases[Int(reader.byte()) % PunctuationStyle.allCases.count],
            kinsoku: KinsokuLevel.allCases[Int(reader.byte()) % KinsokuLevel.allCases.count],
            language: LanguageTag.allCases[Int(reader.byte()) % LanguageTag.allCases.count],
            avoidsLoneCharacter: flags & 1 != 0, hangingPunctuation: flags & 2 != 0, opticalEdges: flags & 4 != 0)
    }

    static func check(_ lines: [ComposedLine], of shaped: ShapedText, text: String, width: Double, indent: Double) throws {
        var next = 0
        for (number, line) in lines.enumerated() {
            try FuzzFailure.expect(!line.placements.isEmpty, "line \(number) is empty")
            try FuzzFailure.expect([line.start, line.end, line.gapAdjustment].allSatisfy(\.isFinite), "line \(number) has a position that is not finite")
            for placement in line.placements {
                try FuzzFailure.expect(placement.cluster >= next && placement.cluster < shaped.clusters.count,
                                       "line \(number) places cluster \(placement.cluster) out of order (next is \(next))")
                for skipped in next..<placement.cluster {
                    try FuzzFailure.expect(CharacterClass(shaped.clusters[skipped].text.first ?? "x") == .space,
                                           "cluster \(skipped) '\(shaped.clusters[skipped].text.unicodeScalars.map { $0.value })' is on no line")
                }
                try FuzzFailure.expect([placement.x, placement.width, placement.shift].allSatisfy(\.isFinite),
                                       "line \(number) has a placement that is not finite")
                next = placement.cluster + 1
            }
            let available = width - (number == 0 ? indent : 0)
            try FuzzFailure.expect(line.forcedBreak || line.hangs || available <= 0 || line.end <= width + 0.01,
                                   "line \(number) ends at \(line.end), past the measure \(width), without being forced")
        }
        let counted = lines.reduce(0) { $0 + $1.characterCount }
        let onlySpacesAfter = shaped.clusters[next...].allSatisfy { CharacterClass($0.text.first ?? "x") == .space }
        try FuzzFailure.expect(onlySpacesAfter, "clusters after \(next) are on no line")
        try FuzzFailure.expect(lines.isEmpty || counted == text.count,
                               "the lines count \(counted) characters of \(text.count)")
    }
}

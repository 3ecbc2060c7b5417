import BroadsheetText

/// What total fit minimises: the demerits of one candidate line, read from how `setting` would set
/// it. In order of weight: a forced break; a justified line left short (nothing to spread) or spread
/// by more than 0.15 em per gap (a loose line), which only a paragraph with no other way to break
/// may have; a last line holding a lone character (clreq §3.4.4); then, per line, a fixed cost (a line saved is worth ten characters on the grid),
/// spreading (between CJK characters, and beside Latin runs past their grid-filling spaces), each
/// ideograph moved off the character grid (clreq §3.2.5), compression (cheaper than
/// spreading: push in before pushing out, clreq §3.1.4) and a hanging mark.
extension ParagraphAnalysis {
    struct CostContext {
        var available: Double
        var indent: Double
        var justify: Bool
        /// Body text on the character grid (justified), where characters off it cost.
        var onGrid: Bool
        var endsParagraph: Bool
        var isFirstLine: Bool
        var avoidsLoneCharacter: Bool
    }

    func cost(of range: Range<Int>, line: LineEnd, _ context: CostContext) -> Double {
        if line.forced { return 1e9 }
        let visibleEnd = visibleEnd(of: range, hangs: line.hangs)
        let setting = setting(range, visibleEnd: visibleEnd, available: context.available - hyphenWidth(line), justify: context.justify)
        let spread = max(0, setting.adjustment) / em
        let wordSpacing = setting.wordSpacing / em
        var cost = 10 * Self.offGridCost + 100 * spread + 400 * spread * spread + 20 * wordSpacing * wordSpacing
            + setting.squeezed / em + (line.hangs ? 3 : 0) + 20 * setting.hanLatinSpread / em
        if spread > Self.looseSpread { cost += 1e6 * (1 + spread) }
        // A line with nothing to spread (one character, or one word) cannot be made flush.
        let setWidth = zip(setting.widths, setting.gaps).prefix(visibleEnd - range.lowerBound).reduce(0) { $0 + $1.0 + $1.1 }
        if context.justify && setWidth < context.available - hyphenWidth(line) - 0.01 { cost += 1e6 * (2 + (context.available - setWidth) / em) }
        if context.onGrid && language != .korean { cost += Self.offGridCost * Double(offGridIdeographs(range, visibleEnd: visibleEnd, setting, indent: context.indent)) }
        // No line holds one character alone when another break avoids it, a spread line included (clreq §3.4.4).
        if context.endsParagraph && !context.isFirstLine && context.avoidsLoneCharacter && holdsLoneCharacter(range) { cost += Self.loneCharacterCost }
        // A line ending inside a token: a URL or code at a permitted place, a word hyphenated, only
        // where they spare a spread line.
        if line.insideToken { cost += line.hyphenated ? Self.hyphenCost : Self.tokenBreakCost }
        if !context.endsParagraph && holdsLoneCharacter(range) && range.count == 1 { cost += Self.loneCharacterCost }
        return cost
    }

    static let loneCharacterCost = 1e7
    /// An ideograph off the grid weighs more than the difference between spreading and compressing a
    /// line: spread on the grid, a line one cell short moves 5 ideographs off it; compressed ½ em
    /// early in the line, one a character too long moves 8 to 10. (On Tests/Copy any weight from 3
    /// to 6 sets the same galleys within 0.2 %; 1 left zh-Hans under 95 %.)
    static let offGridCost = 4.0
    static let tokenBreakCost = 30.0
    static let hyphenCost = 50.0

    /// pagecheck counts a line loose when a gap between two CJK characters exceeds 0.15 em.
    static let looseSpread = 0.15 + 1e-6

    /// Ideographs whose place on the line is more than 0.1 em from a whole em of the column.
    private func offGridIdeographs(_ range: Range<Int>, visibleEnd: Int, _ setting: LineSetting, indent: Double) -> Int {
        offGridIdeographs(range, widths: setting.widths, gaps: setting.gaps, visible: visibleEnd - range.lowerBound, indent: indent)
    }

    /// The ideographs among the first `visible` clusters of a line set with `widths` and `gaps`, starting
    /// `indent` from the column's edge, that stand off the character grid.
    func offGridIdeographs(_ range: Range<Int>, widths: [Double], gaps: [Double], visible: Int, indent: Double = 0) -> Int {
        var x = indent
        var count = 0
        for position in 0..<visible {
            x += gaps[position]
            if classes[range.lowerBound + position] == .ideograph && isOffGrid(x) { count += 1 }
            x += widths[position]
        }
        return count
    }

    /// More than 0.1 em from a whole em (pagecheck's character grid).
    func isOffGrid(_ x: Double) -> Bool {
        let cells = x / em
        // The nearest whole em by truncation, half away from zero: much cheaper than rounded() in this,
        // the composer's hottest test.
        let nearest = Double(Int(cells + (cells < 0 ? -0.5 : 0.5)))
        return abs(cells - nearest) > 0.1 + 1e-9
    }

    /// One character, with or without its punctuation (clreq §3.4.4).
    private func holdsLoneCharacter(_ range: Range<Int>) -> Bool {
        range.lazy.filter { !classes[$0].isFullWidthPunctuation && classes[$0] != .space }.count == 1
    }

    /// The end of the clusters set within the line: before its trailing spaces and a hung mark.
    func visibleEnd(of range: Range<Int>, hangs: Bool) -> Int {
        var end = range.upperBound
        while end > range.lowerBound && classes[end - 1] == .space { end -= 1 }
        return hangs ? end - 1 : end
    }
}

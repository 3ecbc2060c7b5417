import BroadsheetText


/// Positioning the clusters of a chosen line: line-start and line-end trims, then shrinking by
/// clreq §3.5.3's priorities or stretching by §3.5.4's, never inside a Latin word or a number.
extension ParagraphAnalysis {
    struct LineSetting {
        var widths: [Double]
        var shifts: [Double]
        /// Space before each cluster of the line (index 0: none).
        var gaps: [Double]
        var adjustment: Double
        /// What the line gave up to fit (its natural width less the measure), and the space added to
        /// each word space.
        var squeezed = 0.0
        var wordSpacing = 0.0
        /// Space added beside Latin runs in all (clreq §3.2.5's flex, up to ½ em a side).
        var hanLatinSpread = 0.0
    }

    func setting(_ range: Range<Int>, visibleEnd: Int, available: Double, justify: Bool) -> LineSetting {
        let visible = range.lowerBound..<visibleEnd
        var widths = range.map { self.widths[$0] }
        var shifts = range.map { leftTrims[$0] }
        var gaps = range.map { spacing(before: $0, lineStart: range.lowerBound) }
        guard !visible.isEmpty else { return LineSetting(widths: widths, shifts: shifts, gaps: gaps, adjustment: 0) }
        let first = 0, lastVisible = visibleEnd - 1 - range.lowerBound
        let startTrimmed = startTrim(range.lowerBound)
        widths[first] -= startTrimmed
        shifts[first] += startTrimmed
        let endTrimmed = endTrim(visibleEnd - 1)
        widths[lastVisible] -= endTrimmed
        for index in trailing(range, visibleEnd) { widths[index] = 0; gaps[index] = 0 }

        let natural = widths[...lastVisible].reduce(0, +) + gaps[...lastVisible].reduce(0, +)
        var slack = available - natural
        var adjustment = 0.0
        let squeezed = max(0, -slack)
        var wordSpacing = 0.0
        var hanLatinSpread = 0.0
        if slack < -1e-9 {
            // Shrink by clreq §3.5.3's priorities, the rightmost marks of a level first; or, where that
            // keeps more ideographs on the character grid (§3.2.5), the marks and Han–Latin spaces nearest
            // the line's end, or its start, first whatever their priority, mid-line stops still last.
            let visible = lastVisible + 1
            var blanks = range.map { self.blanks[$0] }
            blanks[first].left -= startTrimmed
            blanks[lastVisible].right -= endTrimmed
            var chosen: (widths: [Double], shifts: [Double], gaps: [Double], slack: Double)?
            var fewest = Int.max
            for (passes, fromStart) in Self.squeezeOrders where fewest > 0 {
                let squeezed = squeeze(range, lastVisible: lastVisible, widths: widths, shifts: shifts, gaps: gaps, blanks: blanks,
                                       slack: slack, passes: passes, fromStart: fromStart)
                let count = offGridIdeographs(range, widths: squeezed.widths, gaps: squeezed.gaps, visible: visible)
                if count < fewest { (chosen, fewest) = (squeezed, count) }
            }
            let squeezed = chosen!
            (widths, shifts, gaps, slack) = (squeezed.widths, squeezed.shifts, squeezed.gaps, squeezed.slack)
            adjustment = slack
        } else if justify && slack > 1e-9 {
            // Slack first undoes compression: the line-end mark takes back its half em, then adjacent
            // marks theirs, right to left. Each keeps the characters after it on the grid (clreq §3.2.5)
            // where spreading the slack between every character would move them all.
            let restored = min(slack, endTrimmed)
            widths[lastVisible] += restored
            slack -= restored
            for index in stride(from: lastVisible, through: 0, by: -1) where slack > 1e-9 && style == .quanjiao {
                let trims = pairTrims[range.lowerBound + index]
                let right = min(slack, index == lastVisible ? 0 : trims.right)
                let left = min(slack - right, index == first ? 0 : trims.left)
                widths[index] += right + left
                shifts[index] -= left
                slack -= right + left
            }
            if language != .korean, slack > 1e-9, let spread = spreadOnGrid(range, lastVisible: lastVisible, slack: slack, widths: widths, gaps: gaps) {
                for (gap, extra) in zip(spread.gaps, spread.extra) {
                    gaps[gap.position] += extra
                    if gap.betweenCJK { adjustment = max(adjustment, extra) }
                    else if gap.wordSpace { wordSpacing = max(wordSpacing, extra) }
                    else { hanLatinSpread += extra }
                }
                slack = 0
            }
            var wordSpaces: [Int] = []
            var spreadable: [Int] = []
            for index in 1...max(1, lastVisible) where index <= lastVisible {
                switch spreadKind(before: range.lowerBound + index) {
                case .wordSpace: wordSpaces.append(index); spreadable.append(index)
                case .besideLatin, .betweenCJK: spreadable.append(index)
                case .none: continue
                }
            }
            if !wordSpaces.isEmpty && slack > 1e-9 {
                // Korean broken between words justifies between words only; elsewhere (and Korean broken
                // between syllables) a word space takes at most ½ em (clreq §3.5.4), the rest goes between characters.
                let each = language == .korean && !breaksBetweenSyllables
                    ? slack / Double(wordSpaces.count) : min(slack / Double(wordSpaces.count), em / 2)
                for index in wordSpaces { gaps[index] += each }
                wordSpacing = each
                slack -= each * Double(wordSpaces.count)
            }
            if !spreadable.isEmpty && slack > 1e-9 {
                let each = slack / Double(spreadable.count)
                for index in spreadable { gaps[index] += each }
                adjustment = each
            }
        }
        return LineSetting(widths: widths, shifts: shifts, gaps: gaps, adjustment: adjustment, squeezed: squeezed,
                           wordSpacing: wordSpacing, hanLatinSpread: hanLatinSpread)
    }

    /// The orders in which a line too long for its measure may shrink, tried in turn: clreq §3.5.3's
    /// priorities, then any priority but stops from the line's end back, then from its start on.
    private static let squeezeOrders: [(passes: [[ShrinkPriority]], fromStart: Bool)] = [
        (ShrinkPriority.allCases.filter { $0 != .fixed }.map { [$0] }, false),
        ([[.interpunct, .bracket, .pause, .hanLatin], [.stop]], false),
        ([[.interpunct, .bracket, .pause, .hanLatin], [.stop]], true),
    ]

    /// A line too long for its measure shrunk in `passes`: in each, from the line's end back (or from
    /// its start on), every mark of the pass's priorities gives up its blanks and every Han–Latin space
    /// what it may.
    private func squeeze(_ range: Range<Int>, lastVisible: Int, widths: [Double], shifts: [Double], gaps: [Double],
                         blanks: [PunctuationBlank], slack: Double, passes: [[ShrinkPriority]], fromStart: Bool)
        -> (widths: [Double], shifts: [Double], gaps: [Double], slack: Double) {
        var (widths, shifts, gaps, slack) = (widths, shifts, gaps, slack)
        let order = fromStart ? Array(0...lastVisible) : Array(stride(from: lastVisible, through: 0, by: -1))
        for levels in passes where slack < -1e-9 {
            for index in order where slack < -1e-9 {
                for level in levels where slack < -1e-9 {
                    if level == .hanLatin {
                        guard index > 0 else { continue }
                        let take = min(-slack, spacingShrink(before: range.lowerBound + index, lineStart: range.lowerBound))
                        gaps[index] -= take
                        slack += take
                    } else if style != .none, index != lastVisible, shrinkPriorities[range.lowerBound + index] == level {
                        // The first mark's left blank stays: giving it up would move the line off its edge.
                        let right = min(-slack, blanks[index].right)
                        let left = index == 0 ? 0 : min(-slack - right, blanks[index].left)
                        widths[index] -= right + left
                        shifts[index] += left
                        slack += right + left
                    }
                }
            }
        }
        return (widths, shifts, gaps, slack)
    }

    /// The gaps of a line that take slack on the character grid, and what each takes; nil when they
    /// cannot take it all.
    private func spreadOnGrid(_ range: Range<Int>, lastVisible: Int, slack: Double, widths: [Double], gaps: [Double])
        -> (gaps: [SpreadGap], extra: [Double])? {
        guard lastVisible > 0 else { return nil }
        var spreadGaps: [SpreadGap] = []
        var x: [Double] = []
        spreadGaps.reserveCapacity(lastVisible)
        x.reserveCapacity(lastVisible + 1)
        var pen = 0.0
        for index in 0...lastVisible {
            pen += gaps[index]
            x.append(pen)
            pen += widths[index]
            guard index > 0 else { continue }
            switch spreadKind(before: range.lowerBound + index) {
            case .wordSpace:
                spreadGaps.append(SpreadGap(position: index, capacity: em / 2, betweenCJK: false, wordSpace: true))
            case .besideLatin:
                spreadGaps.append(SpreadGap(position: index, capacity: max(0, em / 2 - gaps[index]), betweenCJK: false, wordSpace: false))
            case .betweenCJK:
                spreadGaps.append(SpreadGap(position: index, capacity: Self.gridSpreadLimit * em, betweenCJK: true, wordSpace: false))
            case .none:
                continue
            }
        }
        let ideographs = (0...lastVisible).map { classes[range.lowerBound + $0] == .ideograph }
        guard let extra = memoizedGridSpread(spreadGaps, slack: slack, x: x, ideographs: ideographs) else { return nil }
        return (spreadGaps, extra)
    }

    /// What the gap before cluster `index` may take when its line is spread (clreq §3.5.4): a word space
    /// after a space, space beside a Latin run, space between CJK characters, or none inside a Latin
    /// word, before a space or within a doubled dash.
    enum SpreadKind { case wordSpace, besideLatin, betweenCJK, none }

    private func spreadKind(before index: Int) -> SpreadKind {
        let (previous, current) = (classes[index - 1], classes[index])
        if previous == .space { return .wordSpace }
        if current == .space || (previous == .latin && current == .latin) || (previous == .dashOrEllipsis && current == .dashOrEllipsis) {
            return .none
        }
        return previous == .latin || current == .latin ? .besideLatin : .betweenCJK
    }

    /// Offsets within the line of the spaces after its last visible cluster.
    private func trailing(_ range: Range<Int>, _ visibleEnd: Int) -> Range<Int> {
        (visibleEnd - range.lowerBound)..<range.count
    }
}

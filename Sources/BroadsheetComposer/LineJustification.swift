/// Positioning the clusters of a chosen line: line-start and line-end trims, then shrinking by
/// clreq §3.5.3's priorities or stretching by §3.5.4's, never inside a Latin word or a number.
extension ParagraphAnalysis {
    struct LineSetting {
        var widths: [Double]
        var shifts: [Double]
        /// Space before each cluster of the line (index 0: none).
        var gaps: [Double]
        var adjustment: Double
    }

    func setting(_ range: Range<Int>, visibleEnd: Int, available: Double, justify: Bool) -> LineSetting {
        let visible = range.lowerBound..<visibleEnd
        var widths = range.map { self.widths[$0] }
        var shifts = range.map { leftTrims[$0] }
        var gaps = range.map { $0 == range.lowerBound ? 0 : spacingBefore[$0] }
        var blanks = range.map { self.blanks[$0] }
        guard !visible.isEmpty else { return LineSetting(widths: widths, shifts: shifts, gaps: gaps, adjustment: 0) }
        let first = 0, lastVisible = visibleEnd - 1 - range.lowerBound
        let startTrimmed = startTrim(range.lowerBound)
        widths[first] -= startTrimmed
        shifts[first] += startTrimmed
        blanks[first].left -= startTrimmed
        let endTrimmed = endTrim(visibleEnd - 1)
        widths[lastVisible] -= endTrimmed
        blanks[lastVisible].right -= endTrimmed
        for index in trailing(range, visibleEnd) { widths[index] = 0; gaps[index] = 0 }

        let natural = widths[...lastVisible].reduce(0, +) + gaps[...lastVisible].reduce(0, +)
        var slack = available - natural
        var adjustment = 0.0
        if slack < -1e-9 {
            // Shrink: each priority level in turn gives up its blanks, in proportion, until the line fits.
            for level in ShrinkPriority.allCases where level != .fixed && slack < -1e-9 {
                var capacity = 0.0
                for index in 0...lastVisible {
                    if level == .hanLatin { capacity += index > 0 ? spacingShrink[range.lowerBound + index] : 0 }
                    else if shrinkPriorities[range.lowerBound + index] == level && index != lastVisible {
                        capacity += index == first ? blanks[index].right : blanks[index].total
                    }
                }
                guard capacity > 1e-9, style != .none || level == .hanLatin else { continue }
                let ratio = min(1, -slack / capacity)
                for index in 0...lastVisible {
                    if level == .hanLatin, index > 0 {
                        gaps[index] -= spacingShrink[range.lowerBound + index] * ratio
                    } else if shrinkPriorities[range.lowerBound + index] == level && index != lastVisible {
                        // The first mark's left blank stays: giving it up would move the line off its edge.
                        let right = blanks[index].right * ratio, left = index == first ? 0 : blanks[index].left * ratio
                        widths[index] -= right + left
                        shifts[index] += left
                    }
                }
                slack += capacity * ratio
            }
            adjustment = slack
        } else if justify && slack > 1e-9 {
            // A line-end mark first takes back the half em it gave up: the line stays on the character
            // grid (clreq §3.2.5) instead of spreading the slack between every character.
            let restored = min(slack, endTrimmed)
            widths[lastVisible] += restored
            slack -= restored
            var wordSpaces: [Int] = []
            var spreadable: [Int] = []
            for index in 1...max(1, lastVisible) where index <= lastVisible {
                let pair = (classes[range.lowerBound + index - 1], classes[range.lowerBound + index])
                if pair.0 == .space { wordSpaces.append(index); spreadable.append(index) }
                else if pair.1 == .space || (pair.0 == .latin && pair.1 == .latin)
                          || (pair.0 == .dashOrEllipsis && pair.1 == .dashOrEllipsis) { continue }
                else { spreadable.append(index) }
            }
            if !wordSpaces.isEmpty {
                let each = min(slack / Double(wordSpaces.count), em / 2)
                for index in wordSpaces { gaps[index] += each }
                slack -= each * Double(wordSpaces.count)
            }
            if !spreadable.isEmpty && slack > 1e-9 {
                let each = slack / Double(spreadable.count)
                for index in spreadable { gaps[index] += each }
                adjustment = each
            }
        }
        return LineSetting(widths: widths, shifts: shifts, gaps: gaps, adjustment: adjustment)
    }

    /// Offsets within the line of the spaces after its last visible cluster.
    private func trailing(_ range: Range<Int>, _ visibleEnd: Int) -> Range<Int> {
        (visibleEnd - range.lowerBound)..<range.count
    }
}

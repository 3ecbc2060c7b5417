/// Paragraph-level line breaking (Knuth–Plass total fit): the break sequence whose lines cost least
/// in total, found by a dynamic programme over the line starts the candidates reach. Each start has
/// at most as many candidates as a line holds clusters, so the work is linear in the paragraph.
extension ParagraphAnalysis {
    typealias Break = (range: Range<Int>, end: LineEnd)

    /// A justified line this many ems short of its measure cannot be spread without loose gaps.
    static let looseShortfall = 3.0

    /// `context(start, isLast)` gives the measure and setting of a line starting at cluster `start`.
    func totalFit(from first: Int, context: (_ start: Int, _ endsParagraph: Bool) -> CostContext) -> [Break] {
        guard first < count else { return [] }
        var best = [Double](repeating: .infinity, count: count + 1)
        var previous = [Int](repeating: -1, count: count + 1)
        var chosen = [LineEnd?](repeating: nil, count: count + 1)
        best[first] = 0
        for start in first..<count where best[start] < .infinity {
            let measure = context(start, false)
            // Justified Chinese and Japanese lines far short of their measure are loose whatever the
            // spreading (Korean justifies at its word spaces, which take any slack).
            let looseBeyond = measure.justify && language != .korean ? Self.looseShortfall * em : nil
            for line in lineCandidates(from: start, available: measure.available, looseBeyond: looseBeyond) {
                let next = firstNonSpace(from: line.end)
                let total = best[start] + cost(of: start..<line.end, line: line, context(start, next >= count))
                // On a tie the later start wins: lines as full as first fit would set them.
                if total <= best[next] + 1e-9 {
                    best[next] = total
                    previous[next] = start
                    chosen[next] = line
                }
            }
        }
        var breaks: [Break] = []
        var position = count
        while position != first, let line = chosen[position] {
            let start = previous[position]
            breaks.append((start..<line.end, line))
            position = start
        }
        return breaks.reversed()
    }
}

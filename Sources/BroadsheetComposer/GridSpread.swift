/// Spreading a line on the character grid (clreq §3.2.5): the slack goes into a run of adjacent gaps
/// that can take it — none between CJK characters over 0.15 em (the loose line of §3.5.4), a space
/// beside or inside a Latin run up to ½ em (§3.2.2) — chosen where it moves the fewest ideographs off
/// the grid. Spread evenly over every gap, a line one cell short moves nearly all its ideographs off.
extension ParagraphAnalysis {
    /// A gap of the line that may take slack, and how much.
    struct SpreadGap {
        var position: Int
        var capacity: Double
        var betweenCJK: Bool
        var wordSpace: Bool
    }

    /// The most a gap between two CJK characters takes: a line spread further is loose.
    static let gridSpreadLimit = 0.15
    /// What the first or last gap of a run may take and leave its neighbour on the grid (within 0.1 em).
    static let gridSpreadTaper = 0.09
    /// How many gaps past the fewest that can take the slack a run may have.
    static let gridSpreadWiden = 2
    /// Lines with more gaps (runs of zero-width clusters) spread evenly: the search over runs would
    /// make composing them quadratic.
    static let gridSpreadMaximumGaps = 64

    /// The extra space for each gap of `gaps` (positions within the line) that puts `slack` into
    /// them, or nil when together they cannot take it. `x` is each position's natural place.
    func gridSpread(_ gaps: [SpreadGap], slack: Double, x: [Double], ideographs: [Bool]) -> [Double]? {
        guard slack > 1e-9, gaps.count <= Self.gridSpreadMaximumGaps, gaps.reduce(0, { $0 + $1.capacity }) >= slack - 1e-9 else { return nil }
        // Ideographs off the grid up to each position, unmoved and moved by the whole slack.
        var unmoved = [0], moved = [0]
        for position in x.indices {
            unmoved.append(unmoved[position] + (ideographs[position] && isOffGrid(x[position]) ? 1 : 0))
            moved.append(moved[position] + (ideographs[position] && isOffGrid(x[position] + slack) ? 1 : 0))
        }
        // What the gaps before each can take together.
        var taken = [0.0]
        for gap in gaps { taken.append(taken[taken.count - 1] + gap.capacity) }
        var best: (first: Int, extra: [Double], offGrid: Int, largest: Double)?
        var fewest = 0
        for first in gaps.indices {
            // The fewest gaps from `first` on that take the slack, and up to `gridSpreadWiden` more.
            fewest = max(fewest, first)
            while fewest < gaps.count && taken[fewest + 1] - taken[first] < slack - 1e-9 { fewest += 1 }
            guard fewest < gaps.count else { break }
            for last in fewest...min(gaps.count - 1, fewest + Self.gridSpreadWiden) {
                for extra in fills(gaps[first...last], slack: slack) {
                    // Positions before the run stay, from its last gap on all move by the slack; within,
                    // each moves by what the gaps before it took.
                    var count = unmoved[gaps[first].position] + moved[x.count] - moved[gaps[last].position]
                    var shift = 0.0
                    for gap in first..<last {
                        shift += extra[gap - first]
                        for position in gaps[gap].position..<gaps[gap + 1].position
                            where ideographs[position] && isOffGrid(x[position] + shift) { count += 1 }
                    }
                    // Among equal counts, the evenest.
                    let largest = zip(extra, gaps[first...last]).map { $0 / $1.capacity }.max() ?? 0
                    if best == nil || count < best!.offGrid || (count == best!.offGrid && largest < best!.largest - 1e-9) {
                        best = (first, extra, count, largest)
                    }
                }
            }
        }
        guard let best else { return nil }
        var extra = [Double](repeating: 0, count: gaps.count)
        for (offset, value) in best.extra.enumerated() { extra[best.first + offset] = value }
        return extra
    }

    /// Ways to put `slack` into a run of gaps: in proportion to what each can take, and with its first,
    /// last or both end gaps taking at most `gridSpreadTaper`, so that the characters beside the run's
    /// ends stay on the grid (a cell made up in 0.15 em steps moves the fewest characters so).
    private func fills(_ run: ArraySlice<SpreadGap>, slack: Double) -> [[Double]] {
        let taper = Self.gridSpreadTaper * em
        let ends: [(first: Bool, last: Bool)] = [(false, false), (true, false), (false, true), (true, true)]
        return ends.compactMap { end in
            var fixed = [Double?](repeating: nil, count: run.count)
            if end.first { fixed[0] = min(taper, run.first!.capacity) }
            if end.last { fixed[run.count - 1] = min(taper, run.last!.capacity) }
            if end.first && end.last && run.count < 3 { return nil }
            let rest = slack - fixed.compactMap { $0 }.reduce(0, +)
            let open = zip(run, fixed).filter { $0.1 == nil }.reduce(0) { $0 + $1.0.capacity }
            guard rest > 0, open >= rest - 1e-9 else { return nil }
            return zip(run, fixed).map { $0.1 ?? rest * $0.0.capacity / open }
        }
    }
}

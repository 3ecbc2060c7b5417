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

    /// The extra space for each gap of `gaps` (positions within the line) that puts `slack` into
    /// them, or nil when together they cannot take it. `x` is each position's natural place.
    func gridSpread(_ gaps: [SpreadGap], slack: Double, x: [Double], ideographs: [Bool]) -> [Double]? {
        guard slack > 1e-9, gaps.reduce(0, { $0 + $1.capacity }) >= slack - 1e-9 else { return nil }
        // Ideographs off the grid up to each position, unmoved and moved by the whole slack.
        var unmoved = [0], moved = [0]
        for position in x.indices {
            unmoved.append(unmoved[position] + (ideographs[position] && isOffGrid(x[position]) ? 1 : 0))
            moved.append(moved[position] + (ideographs[position] && isOffGrid(x[position] + slack) ? 1 : 0))
        }
        var best: (first: Int, last: Int, offGrid: Int, fill: Double)?
        var last = -1, capacity = 0.0
        for first in gaps.indices {
            if last < first { last = first - 1; capacity = 0 }
            while capacity < slack - 1e-9 && last + 1 < gaps.count {
                last += 1
                capacity += gaps[last].capacity
            }
            guard capacity >= slack - 1e-9 else { break }
            // Positions before the first gap stay, from the last gap on all move by the slack; between,
            // each moves by the share of the gaps before it.
            var count = unmoved[gaps[first].position] + moved[x.count] - moved[gaps[last].position]
            var shift = 0.0
            for gap in first..<last {
                shift += slack * gaps[gap].capacity / capacity
                for position in gaps[gap].position..<gaps[gap + 1].position where ideographs[position] && isOffGrid(x[position] + shift) {
                    count += 1
                }
            }
            // Among equal counts, the window filled least (the most even spread).
            let fill = slack / capacity
            if best == nil || count < best!.offGrid || (count == best!.offGrid && fill < best!.fill - 1e-9) {
                best = (first, last, count, fill)
            }
            capacity -= gaps[first].capacity
        }
        guard let best else { return nil }
        var extra = [Double](repeating: 0, count: gaps.count)
        let capacityUsed = gaps[best.first...best.last].reduce(0) { $0 + $1.capacity }
        for gap in best.first...best.last { extra[gap] = slack * gaps[gap].capacity / capacityUsed }
        return extra
    }
}

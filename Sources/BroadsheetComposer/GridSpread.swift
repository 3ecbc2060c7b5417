/// Spreading a line on the character grid (clreq §3.2.5): the slack goes into a run of adjacent gaps
/// that can take it — none between CJK characters over 0.15 em (the loose line of §3.5.4), a space
/// beside or inside a Latin run up to ½ em (§3.2.2) — chosen where it moves the fewest ideographs off
/// the grid. Spread evenly over every gap, a line one cell short moves nearly all its ideographs off.
extension ParagraphAnalysis {
    /// A gap of the line that may take slack, and how much.
    struct SpreadGap: Hashable {
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

    /// `gridSpread` of a line whose spread was already worked out in this paragraph: lines made of the
    /// same widths (most of a column of ideographs) are short by the same slack again and again.
    func memoizedGridSpread(_ gaps: [SpreadGap], slack: Double, x: [Double], ideographs: [Bool]) -> [Double]? {
        let key = SpreadMemo.Line(gaps: gaps, slack: slack, x: x, ideographs: ideographs)
        if let known = spreadMemo.known[key] { return known }
        let spread = gridSpread(gaps, slack: slack, x: x, ideographs: ideographs)
        spreadMemo.known[key] = spread
        return spread
    }

    /// The extra space for each gap of `gaps` (positions within the line) that puts `slack` into
    /// them, or nil when together they cannot take it. `x` is each position's natural place.
    func gridSpread(_ gaps: [SpreadGap], slack: Double, x: [Double], ideographs: [Bool]) -> [Double]? {
        guard slack > 1e-9, gaps.count <= Self.gridSpreadMaximumGaps, gaps.reduce(0, { $0 + $1.capacity }) >= slack - 1e-9 else { return nil }
        // Ideographs off the grid up to each position, unmoved and moved by the whole slack.
        var unmoved = [0], moved = [0]
        unmoved.reserveCapacity(x.count + 1)
        moved.reserveCapacity(x.count + 1)
        for position in x.indices {
            unmoved.append(unmoved[position] + (ideographs[position] && isOffGrid(x[position]) ? 1 : 0))
            moved.append(moved[position] + (ideographs[position] && isOffGrid(x[position] + slack) ? 1 : 0))
        }
        // What the gaps before each can take together.
        var taken = [0.0]
        taken.reserveCapacity(gaps.count + 1)
        for gap in gaps { taken.append(taken[taken.count - 1] + gap.capacity) }
        var best: (fill: Fill, offGrid: Int, largest: Double)?
        var fewest = 0
        for first in gaps.indices {
            // The fewest gaps from `first` on that take the slack, and up to `gridSpreadWiden` more.
            fewest = max(fewest, first)
            while fewest < gaps.count && taken[fewest + 1] - taken[first] < slack - 1e-9 { fewest += 1 }
            guard fewest < gaps.count else { break }
            for last in fewest...min(gaps.count - 1, fewest + Self.gridSpreadWiden) {
                for tapers in Fill.tapers {
                    guard let fill = Fill(gaps, first: first, last: last, tapers: tapers, slack: slack, taper: Self.gridSpreadTaper * em,
                                          capacity: taken[last + 1] - taken[first]) else { continue }
                    // Positions before the run stay, from its last gap on all move by the slack; within,
                    // each moves by what the gaps before it took.
                    var count = unmoved[gaps[first].position] + moved[x.count] - moved[gaps[last].position]
                    // The count only grows: a run already past the best found cannot be chosen.
                    let bound = best?.offGrid ?? Int.max
                    var shift = 0.0
                    for gap in first..<last where count <= bound {
                        shift += fill.extra(gaps, gap)
                        for position in gaps[gap].position..<gaps[gap + 1].position
                            where ideographs[position] && isOffGrid(x[position] + shift) { count += 1 }
                    }
                    // Among equal counts, the evenest.
                    if best == nil || count < best!.offGrid || (count == best!.offGrid && fill.largest < best!.largest - 1e-9) {
                        best = (fill, count, fill.largest)
                    }
                }
            }
        }
        guard let best else { return nil }
        return gaps.indices.map { best.fill.first <= $0 && $0 <= best.fill.last ? best.fill.extra(gaps, $0) : 0 }
    }

    /// A way to put the slack into the run of gaps `first...last`: in proportion to what each can take,
    /// or with its first, last or both end gaps taking at most `gridSpreadTaper`, so that the characters
    /// beside the run's ends stay on the grid (a cell made up in 0.15 em steps moves the fewest so).
    struct Fill {
        static let tapers: [(first: Bool, last: Bool)] = [(false, false), (true, false), (false, true), (true, true)]
        let first: Int, last: Int
        let firstExtra: Double?, lastExtra: Double?
        /// The share of its capacity each other gap takes.
        let share: Double
        /// The largest share of its capacity any gap takes.
        let largest: Double

        init?(_ gaps: [SpreadGap], first: Int, last: Int, tapers: (first: Bool, last: Bool), slack: Double, taper: Double, capacity: Double) {
            guard !(tapers.first && tapers.last && last - first < 2), !(tapers.first != tapers.last && last == first) else { return nil }
            self.first = first
            self.last = last
            firstExtra = tapers.first ? min(taper, gaps[first].capacity) : nil
            lastExtra = tapers.last ? min(taper, gaps[last].capacity) : nil
            let open = capacity - (tapers.first ? gaps[first].capacity : 0) - (tapers.last ? gaps[last].capacity : 0)
            let rest = slack - (firstExtra ?? 0) - (lastExtra ?? 0)
            guard rest > 0, open >= rest - 1e-9, open > 0 else { return nil }
            share = rest / open
            largest = max(share, firstExtra.map { $0 / gaps[first].capacity } ?? 0, lastExtra.map { $0 / gaps[last].capacity } ?? 0)
        }

        func extra(_ gaps: [SpreadGap], _ gap: Int) -> Double {
            if gap == first, let firstExtra { return firstExtra }
            if gap == last, let lastExtra { return lastExtra }
            return share * gaps[gap].capacity
        }
    }
}

/// The spreads worked out for the lines of one paragraph, by everything `gridSpread` reads besides the
/// paragraph's em.
final class SpreadMemo {
    struct Line: Hashable {
        let gaps: [ParagraphAnalysis.SpreadGap]
        let slack: Double
        let x: [Double]
        let ideographs: [Bool]
    }

    var known: [Line: [Double]?] = [:]
}

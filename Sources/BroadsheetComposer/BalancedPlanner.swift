/// Chooses a headline's break set over the nodes where its lines may start, given the extent of every
/// line that fits between two nodes (node 0 starts the headline, the last node ends it).
struct BalancedPlanner {
    /// For each node, the extents of the lines from it to the following nodes, as many as fit.
    let extents: [[ParagraphAnalysis.LineExtent]]
    /// The break at each node falls at a space: in Chinese and Japanese headlines the editor's pause.
    let pauseFollows: [Bool]
    /// The break at each node stands beside a one-Han-character word (`HeadlineWords`).
    let weak: [Bool]

    private var end: Int { extents.count - 1 }

    /// The line from node `from` to node `to`, if it fits.
    private func extent(_ from: Int, _ to: Int) -> ParagraphAnalysis.LineExtent? {
        to - from - 1 < extents[from].count ? extents[from][to - from - 1] : nil
    }

    /// The fewest lines any break set needs, or nil when none reaches the end.
    func fewestLines() -> Int? {
        var lines = [Int?](repeating: nil, count: extents.count)
        lines[0] = 0
        for from in 0..<end {
            guard let reached = lines[from] else { continue }
            for to in from + 1..<from + 1 + extents[from].count {
                lines[to] = min(lines[to] ?? .max, reached + 1)
            }
        }
        return lines[end]
    }

    /// The nodes of the best break set of `lines` lines: fewest breaks away from pauses, then fewest
    /// weak breaks, then least variance of line widths. `balanced` requires the last line to be at least
    /// `minimumLastLineShare` of the longest and every line after the first longer than
    /// `shortLineCharacters`; nil when no such set exists.
    func best(lines: Int, balanced: Bool) -> [Int]? {
        guard balanced else { return path(lines: lines, to: end, cap: .infinity, balanced: false) }
        var best: (nodes: [Int], score: Score)?
        for lastStart in 0..<end {
            guard let last = extent(lastStart, end), (lastStart == 0) == (lines == 1),
                  lines == 1 || last.characters > ParagraphAnalysis.shortLineCharacters else { continue }
            let cap = last.width / ParagraphAnalysis.minimumLastLineShare
            guard let prefix = lastStart == 0 ? [0] : path(lines: lines - 1, to: lastStart, cap: cap, balanced: true) else { continue }
            let nodes = prefix + [end]
            let score = score(of: nodes)
            if best.map({ score < $0.score }) ?? true { best = (nodes, score) }
        }
        return best?.nodes
    }

    /// Breaks away from pauses first, then weak breaks, then the spread of the line widths.
    private struct Score: Comparable {
        var breaksAwayFromPauses = 0
        var weakBreaks = 0
        var spread = 0.0

        static func < (a: Score, b: Score) -> Bool {
            (a.breaksAwayFromPauses, a.weakBreaks, a.spread) < (b.breaksAwayFromPauses, b.weakBreaks, b.spread)
        }

        static func + (a: Score, b: Score) -> Score {
            var sum = a
            sum.breaksAwayFromPauses += b.breaksAwayFromPauses
            sum.weakBreaks += b.weakBreaks
            sum.spread += b.spread
            return sum
        }

        /// The cost of one line of `width` ending in a break at `node` (none when it ends the headline).
        init(breakAt node: Int?, of planner: BalancedPlanner, width: Double) {
            breaksAwayFromPauses = node.map { planner.pauseFollows[$0] ? 0 : 1 } ?? 0
            weakBreaks = node.map { planner.weak[$0] ? 1 : 0 } ?? 0
            spread = width * width
        }

        init() {}
    }

    /// Breaks of a set that fall inside a pause-delimited segment, in a headline that has pauses (公文标题).
    func breaksInsideSegments(_ nodes: [Int]) -> Int {
        guard pauseFollows.contains(true) else { return 0 }
        return nodes.dropFirst().dropLast().filter { !pauseFollows[$0] }.count
    }

    private func score(of nodes: [Int]) -> Score {
        let widths = zip(nodes, nodes.dropFirst()).map { extent($0, $1)!.width }
        let mean = widths.reduce(0, +) / Double(widths.count)
        let breaks = nodes.dropFirst().dropLast()
        var score = Score()
        score.breaksAwayFromPauses = breaks.filter { !pauseFollows[$0] }.count
        score.weakBreaks = breaks.filter { weak[$0] }.count
        score.spread = widths.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(widths.count)
        return score
    }

    /// The nodes from 0 to `target` in exactly `lines` lines of at most `cap` points, least in
    /// breaks away from pauses and then in the sum of squared widths (which, for a nearly fixed total,
    /// is least where the widths are most even); with `balanced`, no line after the first is short.
    private func path(lines: Int, to target: Int, cap: Double, balanced: Bool) -> [Int]? {
        var cost = [Score?](repeating: nil, count: target + 1)
        cost[0] = Score()
        var previous = [[Int]](repeating: [Int](repeating: -1, count: target + 1), count: lines + 1)
        for line in 1...lines {
            var next = [Score?](repeating: nil, count: target + 1)
            for from in 0..<target {
                guard let reached = cost[from] else { continue }
                for to in from + 1..<min(target, from + extents[from].count) + 1 {
                    guard let extent = extent(from, to), extent.width <= cap + 0.001,
                          !balanced || from == 0 || extent.characters > ParagraphAnalysis.shortLineCharacters else { continue }
                    let total = reached + Score(breakAt: to < end ? to : nil, of: self, width: extent.width)
                    if next[to].map({ total < $0 }) ?? true {
                        next[to] = total
                        previous[line][to] = from
                    }
                }
            }
            cost = next
        }
        guard cost[target] != nil else { return nil }
        var nodes = [target]
        for line in stride(from: lines, to: 0, by: -1) { nodes.append(previous[line][nodes.last!]) }
        return nodes.reversed()
    }
}

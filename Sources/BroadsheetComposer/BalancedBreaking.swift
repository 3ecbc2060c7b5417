/// Balanced breaking for headlines: the break set over the whole headline that uses the fewest lines
/// fitting the measure and, among those, the most even line widths (least variance), with no last
/// line under `minimumLastLineShare` of the longest and no line after the first holding
/// `shortLineCharacters` characters or fewer.
extension ParagraphAnalysis {
    static let minimumLastLineShare = 0.35
    static let shortLineCharacters = 2

    /// One line's extent: the width it is set at (its natural width, trimmed at both edges, or the
    /// measure when it must be compressed to fit) and its characters.
    struct LineExtent {
        var width: Double
        var characters: Int
    }

    /// The lines of a balanced break set from `first`, breaking only after the clusters `allowed`
    /// marks and after those `weak` marks only where no other set of as many lines does better, or
    /// nil when some unit is wider than `available` even where characters may break. `minimumLines`
    /// asks for more lines than the fewest (copy-fitting), where a balanced set of that many exists.
    func balancedBreaks(from first: Int, available: Double, allowed: [Bool], weak: [Bool], minimumLines: Int = 1) -> [Break]? {
        let allowed = allowingCharacterBreaks(inWordsWiderThan: available, allowed: allowed, from: first)
        let nodes = [first] + (first + 1..<count).filter { allowed[$0 - 1] && classes[$0] != .space } + [count]
        // From each node, the lines that fit, to the next nodes in turn: a longer line cannot fit once one does not.
        let extents = nodes.indices.map { from in
            Array((from + 1..<nodes.count).lazy.map { self.lineExtent(nodes[from]..<nodes[$0], available: available) }
                .prefix { $0 != nil }.map { $0! })
        }
        let planner = BalancedPlanner(extents: extents, pauseFollows: nodes.map { $0 > 0 && classes[$0 - 1] == .space },
                                      weak: nodes.map { $0 > 0 && weak[$0 - 1] })
        guard let fewest = planner.fewestLines() else { return nil }
        let asked = minimumLines > fewest ? planner.best(lines: minimumLines, balanced: true) : nil
        var chosen = asked ?? planner.best(lines: fewest, balanced: true)
            ?? planner.best(lines: fewest + 1, balanced: true)
            ?? planner.best(lines: fewest, balanced: false)
        // A headline written in pause-delimited segments breaks at its pauses, with a line more if it must.
        if let set = chosen, planner.breaksInsideSegments(set) > 0,
           let atPauses = planner.best(lines: set.count, balanced: true), planner.breaksInsideSegments(atPauses) == 0 {
            chosen = atPauses
        }
        guard let chosen else { return nil }
        return zip(chosen, chosen.dropFirst()).map { from, to in
            (nodes[from]..<nodes[to], LineEnd(end: nodes[to]))
        }
    }

    /// The allowed breaks, with every kinsoku-legal break added inside a word wider than the measure.
    private func allowingCharacterBreaks(inWordsWiderThan available: Double, allowed: [Bool], from first: Int) -> [Bool] {
        var allowed = allowed
        var wordStart = first
        for index in first..<count where allowed[index] || index == count - 1 {
            defer { wordStart = firstNonSpace(from: index + 1) }
            guard wordStart <= index, lineExtent(wordStart..<(index + 1), available: available) == nil else { continue }
            for inner in wordStart..<index { allowed[inner] = allowed[inner] || breakAfter[inner] }
        }
        return allowed
    }

    /// The extent of a line holding `range` (spaces at its end not counted), or nil when it holds
    /// spaces only or does not fit `available` even compressed as the composer may compress it.
    func lineExtent(_ range: Range<Int>, available: Double) -> LineExtent? {
        guard let last = range.last(where: { classes[$0] != .space }) else { return nil }
        let start = range.lowerBound
        var width = -startTrim(start) - endTrim(last)
        var shrinkable = 0.0
        var characters = 0
        for index in start...last {
            width += widths[index] + spacing(before: index, lineStart: start)
            shrinkable += spacingShrink(before: index, lineStart: start)
            if classes[index] != .space {
                characters += characterCounts[index]
                if index < last { shrinkable += index == start ? shrink(index) - blanks[index].left : shrink(index) }
            }
        }
        guard width - shrinkable <= available + 0.001 else { return nil }
        return LineExtent(width: min(width, available), characters: characters)
    }
}

/// Where a line ends, and how.
struct LineEnd {
    var end: Int
    /// A unit wider than the line was cut where no rule allowed it.
    var forced = false
    /// The line's last mark hangs past the edge (clreq §3.1.7).
    var hangs = false
    /// The line ends inside a Latin run, at a token break.
    var insideToken = false
    /// …with a hyphen added.
    var hyphenated = false
}

/// The lines that may start at a cluster: every allowed break whose line fits, at natural width or
/// with its punctuation compressed (先挤进, clreq §3.1.4), and a pause or full stop that alone
/// overflows characters filling the line exactly, hung past the edge where hanging is on (clreq
/// §3.1.7, the grid remedy of §3.2.5). Total fit chooses among them.
extension ParagraphAnalysis {
    /// The most candidate ends weighed for one line: the longest ones, since a justified line much
    /// shorter than its measure is never chosen while a longer one fits.
    static let maximumCandidates = 16
    /// The most clusters one line is scanned for: zero-width clusters (joiners, selectors, marks
    /// set apart) add breaks without adding width, and would otherwise make a line unbounded.
    static let maximumLineClusters = 1_000

    /// The candidate ends (exclusive, after any spaces) of a line from `start` in `available` points,
    /// shortest first, at most `maximumCandidates` of them. When not even the first unbreakable unit
    /// fits, the one forced cut. A justified line more than `looseBeyond` short of the measure is loose
    /// however it is spread: it is left out unless it ends the paragraph or is one of the two longest.
    func lineCandidates(from start: Int, available: Double, looseBeyond: Double? = nil) -> [LineEnd] {
        let tolerance = 0.001
        var candidates: [LineEnd] = []
        var naturals: [Double] = []
        var width = -startTrim(start)
        var shrinkable = 0.0
        var visibleWidth = 0.0
        var shrinkBeforeVisible = 0.0
        var lastVisible = start
        var index = start
        while index < min(count, start + Self.maximumLineClusters) {
            if index > start {
                width += spacing(before: index, lineStart: start)
                shrinkable += spacingShrink(before: index, lineStart: start)
            }
            width += widths[index]
            if classes[index] != .space {
                let widthBefore = width - widths[index] - spacing(before: index, lineStart: start)
                visibleWidth = width
                shrinkBeforeVisible = shrinkable
                lastVisible = index
                shrinkable += index == start ? shrink(index) - blanks[index].left : shrink(index)
                if hangs(index, widthBefore: widthBefore, available: available, start: start), let end = breakAfterSpaces(index) {
                    candidates.append(LineEnd(end: end, hangs: true))
                    naturals.append(available)
                }
                // Not even compressed does this cluster fit: nothing further can.
                if visibleWidth - shrinkBeforeVisible - endTrim(index) > available + tolerance { break }
            }
            let fitting = visibleWidth - endTrim(lastVisible) - shrinkBeforeVisible
            let found = candidates.count
            if breakAfter[index] && fitting <= available + tolerance {
                candidates.append(LineEnd(end: index + 1))
            } else if tokenBreaks.plain[index] && fitting <= available + tolerance {
                candidates.append(LineEnd(end: index + 1, insideToken: true))
            } else if tokenBreaks.hyphenated[index], let hyphen, fitting + hyphen <= available + tolerance {
                candidates.append(LineEnd(end: index + 1, insideToken: true, hyphenated: true))
            }
            if candidates.count > found { naturals.append(visibleWidth - endTrim(lastVisible)) }
            index += 1
        }
        guard !candidates.isEmpty else { return [forcedEnd(from: start, overflowing: index)] }
        let kept = zip(candidates, naturals).suffix(Self.maximumCandidates)
        guard let looseBeyond else { return kept.map(\.0) }
        let longest = kept.count - 2
        return kept.enumerated().filter { offset, candidate in
            offset >= longest || candidate.1 >= available - looseBeyond || firstNonSpace(from: candidate.0.end) >= self.count
        }.map(\.element.0)
    }

    /// A unit wider than the line must be cut: where the kinsoku rules would at least allow a line
    /// start, if such a place fits, else where the width runs out.
    private func forcedEnd(from start: Int, overflowing index: Int) -> LineEnd {
        let cut = max(min(index, count), start + 1)
        for candidate in stride(from: cut, to: start + 1, by: -1) where candidate < count {
            if kinsoku.mayStart(classes[candidate], language: language) && kinsoku.mayEnd(classes[candidate - 1])
                && !Self.halfWidthClosers.contains(characters[candidate]) && !Self.halfWidthOpeners.contains(characters[candidate - 1]) {
                return LineEnd(end: candidate, forced: true)
            }
        }
        return LineEnd(end: cut, forced: true)
    }

    /// A hangable mark (、，。) that follows characters filling the line exactly hangs past its end.
    private func hangs(_ index: Int, widthBefore: Double, available: Double, start: Int) -> Bool {
        hangingPunctuation && index > start && hangable[index]
            && abs(widthBefore - available) < 0.001
    }

    /// The end of a line broken after cluster `index` and the spaces following it, if a break is
    /// allowed there: a hung mark followed by a closing quote (。”) may not hang alone, since the quote
    /// would start the next line, and a mark of a run of marks never hangs (clreq §3.1.7).
    private func breakAfterSpaces(_ index: Int) -> Int? {
        var last = index
        while last + 1 < count && classes[last + 1] == .space { last += 1 }
        return breakAfter[last] ? last + 1 : nil
    }

    static let hangable: Set<Character> = ["、", "，", "。", "．"]
}

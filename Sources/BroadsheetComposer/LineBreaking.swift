/// Where a line ends, and how.
struct LineEnd {
    var end: Int
    /// A unit wider than the line was cut where no rule allowed it.
    var forced = false
    /// The line's last mark hangs past the edge (clreq §3.1.7).
    var hangs = false
}

/// Choosing where a line ends: first fit over the allowed breaks, compressing punctuation to keep a
/// character on the line before pushing one down (先挤进，后推出, clreq §3.1.4); when nothing can be
/// compressed, a pause or full stop that alone does not fit may hang past the edge rather than take
/// the character before it down (clreq §3.1.7, the grid remedy of §3.2.5).
extension ParagraphAnalysis {
    /// The end (exclusive) of the line starting at `start` in `available` points, no later than `limit`.
    /// When not even the first unbreakable unit fits, it is cut where the width runs out (`forced`).
    func lineEnd(from start: Int, available: Double, limit: Int? = nil) -> LineEnd {
        let tolerance = 0.001
        let last = min(limit ?? count, count)
        var width = -startTrim(start)
        var shrinkable = 0.0
        var visibleWidth = 0.0
        var shrinkBeforeVisible = 0.0
        var lastVisible = start
        var lastFit: Int?
        var lastFitFull = false
        var index = start
        while index < last {
            if index > start {
                width += spacingBefore[index]
                shrinkable += spacingShrink[index]
            }
            width += widths[index]
            if classes[index] != .space {
                visibleWidth = width
                shrinkBeforeVisible = shrinkable
                lastVisible = index
                shrinkable += index == start ? shrink(index) - blanks[index].left : shrink(index)
                // Not even compressed does this cluster fit: nothing further can.
                if visibleWidth - shrinkBeforeVisible - endTrim(index) > available + tolerance {
                    if hangs(index, widthBefore: visibleWidth - widths[index] - (index > start ? spacingBefore[index] : 0),
                             available: available, start: start) {
                        return LineEnd(end: index + 1, hangs: true)
                    }
                    return lastFit.map { LineEnd(end: $0) } ?? forcedEnd(from: start, overflowing: index)
                }
            }
            if breakAfter[index] || index == count - 1 {
                let natural = visibleWidth - endTrim(lastVisible)
                let widthBeforeLast = visibleWidth - widths[lastVisible] - (lastVisible > start ? spacingBefore[lastVisible] : 0)
                if natural <= available + tolerance {
                    lastFit = index + 1
                    // Full: no slack once the line-end mark keeps its em.
                    lastFitFull = visibleWidth >= available - tolerance
                } else if hangs(lastVisible, widthBefore: widthBeforeLast, available: available, start: start) {
                    // The characters fill the line exactly: hanging the mark keeps every one on the grid.
                    return LineEnd(end: index + 1, hangs: true)
                } else if natural - shrinkBeforeVisible <= available + tolerance && !lastFitFull {
                    // Push in: squeeze the line rather than leave slack to spread.
                    return LineEnd(end: index + 1)
                } else {
                    break
                }
            }
            index += 1
        }
        if let lastFit { return LineEnd(end: lastFit) }
        return forcedEnd(from: start, overflowing: max(min(index, last), start + 1))
    }

    /// A unit wider than the line must be cut: where the kinsoku rules would at least allow a line
    /// start, if such a place fits, else where the width runs out.
    private func forcedEnd(from start: Int, overflowing index: Int) -> LineEnd {
        let cut = max(index, start + 1)
        for candidate in stride(from: cut, to: start + 1, by: -1) where candidate < count {
            if kinsoku.mayStart(classes[candidate], language: language) && kinsoku.mayEnd(classes[candidate - 1]) {
                return LineEnd(end: candidate, forced: true)
            }
        }
        return LineEnd(end: cut, forced: true)
    }

    /// A hangable mark (、，。) that follows characters filling the line exactly hangs past its end.
    private func hangs(_ index: Int, widthBefore: Double, available: Double, start: Int) -> Bool {
        hangingPunctuation && index > start && Self.hangable.contains(characters[index])
            && abs(widthBefore - available) < 0.001
    }

    static let hangable: Set<Character> = ["、", "，", "。", "．"]
}

/// Choosing where a line ends: first fit over the allowed breaks, compressing punctuation to keep a
/// character on the line before pushing one down (先挤进，后推出, clreq §3.1.4).
extension ParagraphAnalysis {
    /// The end (exclusive) of the line starting at `start` in `available` points, no later than `limit`.
    /// When not even the first unbreakable unit fits, it is cut where the width runs out (`forced`).
    func lineEnd(from start: Int, available: Double, limit: Int? = nil) -> (end: Int, forced: Bool) {
        let tolerance = 0.001
        let last = min(limit ?? count, count)
        var width = -startTrim(start)
        var shrinkable = 0.0
        var visibleWidth = 0.0
        var shrinkBeforeVisible = 0.0
        var lastVisible = start
        var lastFit: Int?
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
                    return lastFit.map { ($0, false) } ?? (max(index, start + 1), true)
                }
            }
            if breakAfter[index] || index == count - 1 {
                let natural = visibleWidth - endTrim(lastVisible)
                if natural <= available + tolerance {
                    lastFit = index + 1
                } else if natural - shrinkBeforeVisible <= available + tolerance {
                    return (index + 1, false)
                } else {
                    break
                }
            }
            index += 1
        }
        if let lastFit { return (lastFit, false) }
        return (max(min(index, last), start + 1), true)
    }
}

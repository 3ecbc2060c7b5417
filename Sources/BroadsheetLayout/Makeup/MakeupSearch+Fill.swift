/// Closing the white under a column of modules once a page is made up, with the fill devices a make-up
/// editor uses (cjk-newspaper-print §2): a photo cropped taller, a headline given a line more or a line
/// of white. The modules below the one that grows move down with it, so its columns end lower: at the
/// foot, or with the rest of the page when the page is short of copy. A change is kept only when the
/// whole page, its headline conflicts and white included, costs less.
extension MakeupSearch {
    /// `state` with its white filled where that makes a cheaper page; `state` itself otherwise.
    func filled(_ state: State, start: [Int]) throws -> State {
        var placements = state.placements
        var best = replay(placements, start: start)
        var bestTotal = best.cost + finalWhite(best).cost
        var grew = true
        while grew {
            grew = false
            for index in placements.indices {
                let (taller, moved) = try grown(index, in: placements)
                for grown in taller {
                    var trial = placements
                    trial[index] = grown
                    for below in moved { trial[below] = placements[below].moved(down: grown.fit.lines - placements[index].fit.lines) }
                    let page = replay(trial, start: start)
                    let total = page.cost + finalWhite(page).cost
                    if total < bestTotal - 1e-9 { (best, bestTotal, grew) = (page, total, true) }
                }
                if grew { placements = best.placements; break }
            }
        }
        return best
    }

    /// The placement at `index` grown into the white below it, at each taller fit of the same width (its
    /// headline at any size of its rank: the replayed page weighs the rank order) that the white takes,
    /// and the placements that move down with it.
    private func grown(_ index: Int, in placements: [Placement]) throws -> (taller: [Placement], moved: [Int]) {
        let placement = placements[index]
        guard placement.fit.oversetLines == 0, !placement.fit.pieces.contains(where: \.cut),
              let moved = below(index, in: placements) else { return ([], []) }
        var lowest: [Int: Int] = [:]
        for member in [index] + moved {
            let other = placements[member]
            for column in other.column..<(other.column + other.columns) {
                lowest[column] = max(lowest[column] ?? 0, other.line + other.fit.lines)
            }
        }
        // The lines free under the lowest module of each column, down to its free run's end.
        let room = lowest.map { column, bottom in (free.limit(column: column, line: bottom - 1) ?? bottom) - bottom }.min() ?? 0
        guard room > 0 else { return ([], []) }
        let taller = try fitter.fits(placement.unit, columns: placement.columns).filter {
            $0.lines > placement.fit.lines && $0.lines - placement.fit.lines <= room
        }
        return (taller.map { fit in
            var grown = Placement(unit: placement.unit, fit: fit, column: placement.column, line: placement.line, framed: placement.framed)
            grown.grown = placement.grown + fit.lines - placement.fit.lines
            return grown
        }, moved)
    }

    /// The placements under the one at `index` that move down when it grows: those below it in its
    /// columns, and in turn those below them. Nil when moving them would open white above one of them:
    /// each must sit right under the growing one or another that moves.
    private func below(_ index: Int, in placements: [Placement]) -> [Int]? {
        func columns(_ placement: Placement) -> Range<Int> { placement.column..<(placement.column + placement.columns) }
        func isUnder(_ lower: Placement, _ upper: Placement) -> Bool {
            lower.line >= upper.line + upper.fit.lines && columns(lower).overlaps(columns(upper))
        }
        var members = [index]
        var added = true
        while added {
            added = false
            for (other, placement) in placements.enumerated() where !members.contains(other)
                && members.contains(where: { isUnder(placement, placements[$0]) }) {
                members.append(other)
                added = true
            }
        }
        for member in members.dropFirst() {
            let placement = placements[member]
            for column in columns(placement) {
                // The module right above it in this column must move too.
                let above = placements.indices.filter { columns(placements[$0]).contains(column) && isUnder(placement, placements[$0]) }
                    .max { placements[$0].line < placements[$1].line }
                guard let above, members.contains(above) else { return nil }
            }
        }
        return Array(members.dropFirst())
    }

    /// The page the search would have built from `placements`, made in their order: skyline, frames
    /// and cost (each placement's own cost and its conflicts with those before it).
    private func replay(_ placements: [Placement], start: [Int]) -> State {
        var state = State(skyline: start)
        for placement in placements {
            let cost = state.cost + ownCost(of: placement, after: state) + conflicts(placement, with: state.placed)
            state = place(placement, after: state, cost: cost)
        }
        return state
    }
}

extension MakeupSearch.Placement {
    /// The same placement `lines` lower on the page.
    func moved(down lines: Int) -> Self {
        var moved = Self(unit: unit, fit: fit, column: column, line: line + lines, framed: framed)
        moved.grown = grown
        return moved
    }
}

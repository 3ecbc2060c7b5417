import BroadsheetGeometry

/// Automatic make-up as a make-up editor does it (cjk-newspaper-print §2): units go down the page in
/// rank order, each into the highest free place (leftmost first), as a module of 2 or more columns;
/// side-by-side modules end at different depths, so headlines below them are staggered rather than
/// stacked in bands. A beam of the cheapest partial pages is kept after each unit, a few of each shape
/// before more of one, so the search is deterministic and linear in the number of units (beam width ×
/// widths × fits per unit). A photo listed alone may also close a lower column of modules.
///
/// A page's cost counts: copy-fitting (headline sizes off their rank's ideal, white in headlines or
/// under columns), holes (white of 3 lines or more in a column), headlines side by side (题题相碰:
/// adjacent modules whose headline bands come within 3 lines) unless one of the stories is framed,
/// headlines out of rank order, bands that are not the lead, jumps and overset.
struct MakeupSearch {
    let fitter: UnitFitter
    let free: FreeColumns
    let beamWidth: Int
    /// Adjacent headlines must be this many lines apart (staggered).
    static let stagger = 3
    /// A story cut to jump is tried at up to this many depths above the foot, at least `cutStep` lines apart.
    static let cutDepths = 4
    static let cutStep = 4
    /// The finished pages, cheapest first, whose white the fill devices try to close.
    static let filledPages = 8
    /// The beam keeps partial pages of many shapes: this many of one shape before the best of the rest.
    static let statesPerShape = 2

    struct Placement {
        let unit: Int
        let fit: UnitFit
        let column: Int
        let line: Int
        let framed: Bool
        /// The fit's width and its headline band on the page, worked out once: every later placement
        /// is checked against them.
        let columns: Int
        let headline: Range<Int>?
        /// Lines it took, once the page was made up, from the white below it.
        var grown = 0

        init(unit: Int, fit: UnitFit, column: Int, line: Int, framed: Bool) {
            self.unit = unit
            self.fit = fit
            self.column = column
            self.line = line
            self.framed = framed
            columns = fit.columns
            headline = fit.headline.map { (line + $0.lowerBound)..<(line + $0.upperBound) }
        }
    }

    /// A story's headline on the page, in plain values.
    struct HeadlineMark {
        let band: Range<Int>
        let size: Double
        let column: Int
        let right: Int
        let framed: Bool
        /// A story module three quarters of the page wide or more.
        let wide: Bool
    }

    /// The placements of a partial page, newest first, shared by the pages that grow from it: a child
    /// adds one node instead of copying every placement before it.
    final class PlacedChain: Sequence {
        let placement: Placement
        /// The placement's headline, which every later one is checked against.
        let mark: HeadlineMark?
        let previous: PlacedChain?
        init(_ placement: Placement, mark: HeadlineMark?, after previous: PlacedChain?) {
            self.placement = placement
            self.mark = mark
            self.previous = previous
        }

        func makeIterator() -> AnyIterator<Placement> {
            var node: PlacedChain? = self
            return AnyIterator {
                defer { node = node?.previous }
                return node?.placement
            }
        }
    }

    struct State {
        var skyline: [Int]
        var placed: PlacedChain?
        var count = 0
        var frames = 0
        var cost = 0.0
        /// The next unit in rank order (photos listed alone come whenever they are placed).
        var nextRanked = 0
        var photosPlaced: Set<Int> = []
        var blankCells = 0

        /// The placements in the order they were made.
        var placements: [Placement] { (placed.map(Array.init) ?? []).reversed() }

        var key: Key { Key(skyline: skyline, nextRanked: nextRanked, photosPlaced: photosPlaced) }
        struct Key: Hashable {
            let skyline: [Int]
            let nextRanked: Int
            let photosPlaced: Set<Int>

            /// A total order on keys, so that states of equal score are kept in the same order on every
            /// run (a dictionary's order changes with its hashing seed).
            func precedes(_ other: Key) -> Bool {
                if nextRanked != other.nextRanked { return nextRanked > other.nextRanked }
                if skyline != other.skyline { return skyline.lexicographicallyPrecedes(other.skyline) }
                return photosPlaced.sorted().lexicographicallyPrecedes(other.photosPlaced.sorted())
            }
        }
    }

    /// The best page found: its placements and the white cells that make holes.
    struct Result {
        var placements: [Placement]
        var cost: Double
        var holeCells: Int
        /// Lines left white across the whole foot: the page is short of copy by that much.
        var footLines: Int
        /// Units with no room left on the page: their text is overset.
        var unplaced: [Int] = []
        /// Stories cut with nowhere to jump to: their rest is overset.
        var oversetLines: Int {
            placements.filter { $0.fit.oversetLines > 0 }.reduce(0) { $0 + $1.fit.oversetLines }
        }
    }

    /// The stories in the order they go down the page: by rank, continuations last.
    var ranked: [Int] {
        let units = fitter.units
        return units.indices.filter { units[$0].role != .photo && units[$0].role != .continuation }
            + units.indices.filter { units[$0].role == .continuation }
    }

    /// Photos listed alone, placed wherever they serve.
    var photos: [Int] { fitter.units.indices.filter { fitter.units[$0].role == .photo } }

    func run() throws -> Result? {
        let (ranked, photos) = (self.ranked, self.photos)
        let smallest = try smallestFit()
        let start = (0..<free.runs.count).map { free.nextFree(column: $0, from: 0) ?? Int.max }
        var beam = [State(skyline: start)]
        var finished: [(state: State, total: Double)] = []
        let demand = RemainingDemand(ranked: ranked, photos: photos, demand: try demands())
        while !beam.isEmpty {
            var next: [State.Key: (state: State, score: Double)] = [:]
            var bound = BeamBound(width: beamWidth)
            for state in beam {
                let done = state.nextRanked == ranked.count && state.photosPlaced.count == photos.count
                // A page with no free place left ends with the units not placed overset.
                let full = state.skyline.allSatisfy { $0 == Int.max }
                if done || full {
                    finished.append((state, try total(state)))
                    continue
                }
                try expand(state, ranked: ranked, photos: photos, smallest: smallest) { move in
                    // A child that cannot make the beam is not built: its own cost (without and then with the
                    // conflicts, which only add), then its score, is checked first.
                    let child: State
                    switch move {
                    case .blank(let blank):
                        child = blank
                    case .place(let placement):
                        let own = state.cost + ownCost(of: placement, after: state)
                        guard own <= bound.threshold else { return }
                        let cost = own + conflicts(placement, with: state.placed)
                        guard cost <= bound.threshold else { return }
                        child = place(placement, after: state, cost: cost)
                    }
                    let score = child.cost + estimate(child, demand: demand)
                    guard score <= bound.threshold else { return }
                    let key = child.key
                    if let known = next[key] {
                        if child.cost < known.state.cost { next[key] = (child, score) }
                    } else {
                        next[key] = (child, score)
                        bound.add(score)
                    }
                }
            }
            var scored = next.map { (key: $0.key, state: $0.value.state, score: $0.value.score) }
            scored.sort { a, b in
                if a.score != b.score { return a.score < b.score }
                if a.state.count != b.state.count { return a.state.count < b.state.count }
                return a.key.precedes(b.key)
            }
            beam = diverse(scored.map(\.state))
        }
        return try best(of: finished, start: start)
    }

    /// The beam's states from `sorted` (best first): at most `statesPerShape` of one shape (the same units
    /// placed, the skyline stepping between the same columns) before the best of the rest, so that
    /// arrangements of different structure stay in the search instead of one structure at many depths.
    private func diverse(_ sorted: [State]) -> [State] {
        guard sorted.count > beamWidth else { return sorted }
        var perShape: [Shape: Int] = [:]
        var kept: [State] = []
        var passed: [State] = []
        for state in sorted {
            let shape = Shape(state)
            let seen = perShape[shape, default: 0]
            if seen < Self.statesPerShape && kept.count < beamWidth {
                kept.append(state)
                perShape[shape] = seen + 1
            } else {
                passed.append(state)
            }
        }
        return kept + passed.prefix(beamWidth - kept.count)
    }

    private struct Shape: Hashable {
        let nextRanked: Int
        let photosPlaced: Set<Int>
        let steps: [Bool]

        init(_ state: State) {
            nextRanked = state.nextRanked
            photosPlaced = state.photosPlaced
            steps = zip(state.skyline, state.skyline.dropFirst()).map { $0 != $1 }
        }
    }

    /// The unplaced units of a finished page.
    private func unplaced(_ state: State) -> [Int] {
        Array(ranked[state.nextRanked...]) + photos.filter { !state.photosPlaced.contains($0) }
    }

    /// A finished page's whole cost: its placements, its white, its overset and its bands.
    private func total(_ state: State) throws -> Double {
        try state.cost + finalWhite(state).cost + unplaced(state).reduce(0) { $0 + (try fitter.unplacedCost($1)) } + layers(state)
    }

    /// The cheapest of the finished pages once the best few have had their white filled (a page with
    /// a place left blank is taken as it is).
    private func best(of finished: [(state: State, total: Double)], start: [Int]) throws -> Result? {
        var best: (state: State, total: Double)?
        for (state, total) in finished.sorted(by: { $0.total < $1.total }).prefix(Self.filledPages) {
            let page = state.blankCells == 0 ? try filled(state, start: start) : state
            let pageTotal = page.blankCells == state.blankCells ? try self.total(page) : total
            if pageTotal < best?.total ?? .infinity { best = (page, pageTotal) }
        }
        guard let (state, total) = best else { return nil }
        let white = finalWhite(state)
        return Result(placements: state.placements, cost: total, holeCells: state.blankCells + white.holeCells,
                      footLines: white.footLines, unplaced: unplaced(state))
    }

    /// A way to go on from a state: a unit placed, or the highest free place left blank.
    private enum Move {
        case place(Placement)
        case blank(State)
    }

    /// Visits the moves from a state: the next unit (or a photo listed alone) in the highest free place,
    /// at each width and fit; or the place left blank when nothing fits it.
    private func expand(_ state: State, ranked: [Int], photos: [Int], smallest: Int, visit: (Move) throws -> Void) throws {
        let columns = state.skyline.count
        guard let top = state.skyline.min(), top != Int.max, let first = state.skyline.firstIndex(of: top) else { return }
        let end = Self.placeEnd(state.skyline, from: first)
        var candidates: [Int] = []
        if state.nextRanked < ranked.count { candidates.append(ranked[state.nextRanked]) }
        // A photo listed alone comes after the lead, wherever it serves.
        if state.nextRanked > 0 || ranked.isEmpty { candidates += photos.filter { !state.photosPlaced.contains($0) } }
        var placed = false
        for unit in candidates {
            try visitFits(unit, first: first, end: end, top: top, smallest: smallest, closing: false) { placement in
                placed = true
                try visit(.place(placement))
            }
        }
        // A photo listed alone may also close a lower column of modules, taking the white at its foot.
        let photosLeft = candidates.filter { fitter.units[$0].role == .photo }
        if !photosLeft.isEmpty {
            var start = 0
            while start < columns {
                let stop = Self.placeEnd(state.skyline, from: start)
                if start != first && state.skyline[start] != Int.max {
                    for unit in photosLeft {
                        try visitFits(unit, first: start, end: stop, top: state.skyline[start], smallest: smallest, closing: true) {
                            try visit(.place($0))
                        }
                    }
                }
                start = stop
            }
        }
        if !placed {
            // Nothing fits this place: it stays white down to the end of its free run.
            var blank = state
            for column in first..<end {
                let limit = free.limit(column: column, line: top) ?? top
                blank.blankCells += limit - top
                blank.cost += Double(limit - top) * MakeupCost.holeCell
                blank.skyline[column] = free.nextFree(column: column, from: limit) ?? Int.max
            }
            try visit(.blank(blank))
        }
    }

    /// The end of the place starting at column `start`: the columns after it whose skyline is as high.
    private static func placeEnd(_ skyline: [Int], from start: Int) -> Int {
        var end = start + 1
        while end < skyline.count && skyline[end] == skyline[start] { end += 1 }
        return end
    }

    /// Visits each placement of `unit` in the place of columns `first..<end` at line `top`: at each width
    /// it may take there (set left or right) and each fit, cut to the room when none fills it; only the
    /// fits that fill the room to its end when `closing`.
    private func visitFits(_ unit: Int, first: Int, end: Int, top: Int, smallest: Int, closing: Bool,
                           visit: (Placement) throws -> Void) throws {
        let run = end - first
        // Where the free run under each column of the place ends.
        let limits = (first..<end).map { free.limit(column: $0, line: top) ?? top }
        for width in fitter.widths(unit, upTo: run) where run - width == 0 || run - width >= fitter.minimumColumns {
            let natural = try fitter.fits(unit, columns: width)
            let frames = frameChoices(unit, width: width)
            let lefts = width == run ? [first] : [first, end - width]
            for left in lefts {
                let room = limits[(left - first)..<(left - first + width)].min()! - top
                // Below a module: nothing, room for another, or the page's foot (white across it is
                // weighed when the page is done).
                let atFoot = free.isFoot(top + room)
                let fills = { (fit: UnitFit) in free.fills(top + fit.lines, white: fit.whiteBelow, above: top + room) }
                var fits = natural.filter { fit in
                    fit.lines <= room && (fills(fit) || !closing && (room - fit.lines - 1 >= smallest || atFoot))
                }
                if !fits.contains(where: fills) {
                    if let cut = try fitter.cutFit(unit, columns: width, lines: room) { fits.append(cut) }
                    // A story too long for the place may also jump from a shallower module, leaving
                    // room below it for the next: a lead across the top need not run to the foot.
                    let shallowest = room - smallest - 1
                    for lines in stride(from: shallowest, through: 1, by: -max(Self.cutStep, shallowest / Self.cutDepths)) {
                        if let cut = try fitter.cutFit(unit, columns: width, lines: lines), cut.oversetLines == 0 { fits.append(cut) }
                    }
                }
                for fit in fits {
                    for framed in frames {
                        try visit(Placement(unit: unit, fit: fit, column: left, line: top, framed: framed))
                    }
                }
            }
        }
    }

    /// Short stories may be framed (加框) to stand beside another headline; wide ones and photos are not.
    private func frameChoices(_ unit: Int, width: Int) -> [Bool] {
        let units = fitter.units
        return units[unit].role == .story && units[unit].photo(in: fitter.items) == nil && width <= 3 ? [false, true] : [false]
    }

    /// What placing costs before its conflicts with the headlines already placed: the fit, a frame
    /// (dearer for each one before it), a lead standing anywhere but top-left, and a story set at the
    /// right of its place, which leaves the left, read first, to a story of lower rank.
    func ownCost(of placement: Placement, after state: State) -> Double {
        let role = fitter.units[placement.unit].role
        let leadAside = role == .lead && placement.column > 0 ? MakeupCost.leadNotLeft : 0
        let rightOfLater = role != .photo && placement.column > 0 && state.skyline[placement.column - 1] == placement.line
            ? MakeupCost.rightOfLowerRank : 0
        return placement.fit.cost + (placement.framed ? MakeupCost.frame * Double(1 + state.frames) : 0) + leadAside + rightOfLater
    }

    /// The state with `placement` made, at its total `cost`.
    func place(_ placement: Placement, after state: State, cost: Double) -> State {
        var child = state
        child.cost = cost
        child.placed = PlacedChain(placement, mark: mark(of: placement), after: state.placed)
        child.count += 1
        if placement.framed { child.frames += 1 }
        if fitter.units[placement.unit].role == .photo { child.photosPlaced.insert(placement.unit) } else { child.nextRanked += 1 }
        let (top, bottom) = (placement.line, placement.line + placement.fit.lines)
        for column in placement.column..<(placement.column + placement.columns) {
            let limit = free.limit(column: column, line: top) ?? bottom
            // The blank line between modules; a column ending within its ragged lines of its foot is full.
            let after = free.fills(bottom, white: placement.fit.whiteBelow, above: limit) ? limit : bottom + 1
            child.skyline[column] = free.nextFree(column: column, from: after) ?? Int.max
        }
        return child
    }

    /// Headlines side by side with a neighbouring module's (题题相碰) and headlines larger than an
    /// earlier-read story's (tops within 2 lines read left to right).
    func conflicts(_ new: Placement, with placed: PlacedChain?) -> Double {
        guard let new = mark(of: new), placed != nil else { return 0 }
        var cost = 0.0
        var node: PlacedChain? = placed
        while let current = node {
            node = current.previous
            guard let other = current.mark else { continue }
            // Wide modules one under the other read as bands however narrow the page's other column.
            if new.wide && other.wide && other.column < new.right && new.column < other.right { cost += MakeupCost.wideUnderWide }
            let adjacent = other.right == new.column || other.column == new.right
            let near = new.band.lowerBound < other.band.upperBound + Self.stagger && other.band.lowerBound < new.band.upperBound + Self.stagger
            if adjacent && near && !new.framed && !other.framed { cost += MakeupCost.headlinesSideBySide }
            let readsBefore = abs(new.band.lowerBound - other.band.lowerBound) <= 2
                ? new.column < other.column : new.band.lowerBound < other.band.lowerBound
            if readsBefore ? other.size > new.size + 0.5 : new.size > other.size + 0.5 { cost += MakeupCost.rankInversion }
        }
        return cost
    }

    /// A placement's headline mark; nil for a photo.
    private func mark(of placement: Placement) -> HeadlineMark? {
        guard let band = placement.headline, let size = placement.fit.headlineSize else { return nil }
        return HeadlineMark(band: band, size: size, column: placement.column, right: placement.column + placement.columns,
                            framed: placement.framed, wide: placement.columns * 4 >= free.runs.count * 3)
    }

    /// A band that is not the lead with a module below it: bands stacked are a layer cake, where a band
    /// along the foot (底栏) closes the page.
    private func layers(_ state: State) -> Double {
        let placements = state.placements
        let columns = free.runs.count
        let stacked = placements.filter { band in
            fitter.units[band.unit].role == .story && band.columns == columns
                && placements.contains { $0.line >= band.line + band.fit.lines }
        }
        return Double(stacked.count) * MakeupCost.bandAboveTheFoot
    }

    /// White left when every unit is placed: the lines white across the whole foot (a page short of
    /// copy, when 3 or more: fewer is a ragged foot), then in each column the lines not filled besides,
    /// holes when 3 or more.
    func finalWhite(_ state: State) -> (holeCells: Int, footLines: Int, cost: Double) {
        // At the page's foot nothing follows the blank line under a module: it is white too, as is a
        // photo's caption line beside its words.
        let footRuns = free.runs.map { runs in runs.last.flatMap { free.isFoot($0.upperBound) ? $0 : nil } }
        var moduleEnd = [Int](repeating: Int.min, count: state.skyline.count)
        var whiteInside = [Int](repeating: 0, count: state.skyline.count)
        for placement in state.placements {
            let bottom = placement.line + placement.fit.lines
            for column in placement.column..<(placement.column + placement.columns) where bottom > moduleEnd[column] {
                moduleEnd[column] = bottom
                whiteInside[column] = column == placement.column || fitter.units[placement.unit].role != .photo ? 0 : placement.fit.whiteBelow
            }
        }
        let skyline = state.skyline.enumerated().map { column, line in
            guard line != Int.max, let run = footRuns[column], line > run.lowerBound, line - 1 == moduleEnd[column] else { return line }
            return moduleEnd[column] - whiteInside[column]
        }
        let foot = skyline.enumerated().map { column, line in
            guard line != Int.max, let last = footRuns[column] else { return 0 }
            return max(0, last.upperBound - max(line, last.lowerBound))
        }
        let common = foot.min() ?? 0
        let footLines = common > free.raggedLines(above: free.lines) ? common : 0
        var cells = 0
        var cost = Double(footLines * foot.count) * MakeupCost.emptyCell
        for (column, line) in skyline.enumerated() where line != Int.max {
            for run in free.runs[column] where run.upperBound > line {
                var white = run.upperBound - max(line, run.lowerBound)
                if run == footRuns[column] { white -= footLines }
                if white > free.raggedLines(above: run.upperBound) {
                    cells += white
                    cost += Double(white) * MakeupCost.holeCell
                } else {
                    cost += Double(white) * MakeupCost.emptyCell
                }
            }
        }
        return (cells, footLines, cost)
    }

    /// The cells each unit needs at least and at most, a blank line under it included.
    private func demands() throws -> [(least: Int, most: Int)] {
        try fitter.units.indices.map { unit in
            var least = Int.max
            var most = 0
            for width in fitter.widths(unit, upTo: free.runs.count) {
                for fit in try fitter.fits(unit, columns: width) {
                    least = min(least, (fit.lines + 1) * width)
                    most = max(most, (fit.lines + 1) * width)
                }
            }
            return (least == Int.max ? 0 : least, most)
        }
    }

    /// What the rest of the page will cost at least: free cells the remaining units cannot fill even at
    /// their largest are white; cells they need beyond the free ones at their smallest are jumped or overset.
    private func estimate(_ state: State, demand: RemainingDemand) -> Double {
        let (least, most) = demand.of(state)
        var freeCells = 0
        for (column, line) in state.skyline.enumerated() where line != Int.max { freeCells += free.freeLines(column: column, from: line) }
        return Double(max(0, freeCells - most)) * MakeupCost.emptyCell + Double(max(0, least - freeCells)) * MakeupCost.jumpedLine * 4
    }

    /// The fewest lines any unit can take, the least room worth leaving under a module.
    private func smallestFit() throws -> Int {
        var smallest = Int.max
        for unit in fitter.units.indices {
            for width in fitter.widths(unit, upTo: free.runs.count) {
                if let fit = try fitter.fits(unit, columns: width).first { smallest = min(smallest, fit.lines) }
            }
        }
        return smallest == Int.max ? 3 : smallest
    }
}

/// The cells the units not yet placed need, at least and at most (a blank line under each included):
/// sums over the ranked units from each one to the last, and each photo listed alone.
private struct RemainingDemand {
    let rankedFrom: [(least: Int, most: Int)]
    let photos: [(unit: Int, least: Int, most: Int)]

    init(ranked: [Int], photos: [Int], demand: [(least: Int, most: Int)]) {
        var sums = [(least: 0, most: 0)]
        for unit in ranked.reversed() { sums.append((sums.last!.least + demand[unit].least, sums.last!.most + demand[unit].most)) }
        rankedFrom = sums.reversed()
        self.photos = photos.map { ($0, demand[$0].least, demand[$0].most) }
    }

    func of(_ state: MakeupSearch.State) -> (least: Int, most: Int) {
        var (least, most) = rankedFrom[state.nextRanked]
        for photo in photos where !state.photosPlaced.contains(photo.unit) {
            least += photo.least
            most += photo.most
        }
        return (least, most)
    }
}

import BroadsheetDocument
import BroadsheetGeometry

/// Automatic make-up: places a page's unpositioned stories and photos as rectangular modules on the
/// grid, as a Chinese make-up editor would (cjk-newspaper-print §2): the first item (头条) top-left or
/// across the top, importance running top to bottom and left to right, each story's headline over
/// its own columns, no two headlines side by side at one height (题题相碰), photos with their
/// captions, and the free area filled without holes. The search is a guillotine partition of each
/// free rectangle: an item goes across the top of a region or the region splits into a left and a
/// right part, each taking the next items in order; a region's last item fits the rest exactly, by
/// its headline size and headline lines (copy-fitting), a photo by its crop, or a story by jumping
/// its rest to a later page (转版). The cheapest arrangement wins; ties go to the first found, so
/// the result is deterministic.
struct PageMakeup {
    let items: [AutoItem]
    let measure: MakeupMeasure
    /// The page the rest of a story that does not fit continues on; nil: it is overset.
    let jumpPage: Int?
    let pageColumns: Int
    private var memo: [Key: MakeupPlan] = [:]
    /// Partitions weighed so far. Past `searchBudget` each region takes its first workable partition
    /// only, so the search ends in bounded time and memory whatever the page; `searchCut` says so.
    private var evaluations = 0
    static let searchBudget = 20_000
    private(set) var searchCut = false
    /// Units: single items, or a photo kept with its story (the photo on top).
    private let units: [[Int]]
    /// The page's lead (头条): its first story that does not continue one from another page.
    private let leadItem: Int?

    private struct Key: Hashable {
        let area: GridArea
        let units: Range<Int>
    }

    init(items: [AutoItem], measure: MakeupMeasure, jumpPage: Int?, pageColumns: Int) {
        self.items = items
        self.measure = measure
        self.jumpPage = jumpPage
        self.pageColumns = pageColumns
        var units: [[Int]] = []
        for (index, item) in items.enumerated() {
            if let other = item.keepWith, let unit = units.firstIndex(where: { $0.contains { items[$0].name == other } }) {
                if case .photo = item.content { units[unit].insert(index, at: 0) } else { units[unit].append(index) }
            } else {
                units.append([index])
            }
        }
        self.units = units
        leadItem = items.firstIndex { item in
            if case .story(let story) = item.content { story.continuedFrom == nil } else { false }
        }
    }

    /// Places every unit in the free rectangles, in reading order, each rectangle taking the next units.
    mutating func place(in regions: [GridArea]) throws -> [PlacedItem] {
        // best[r][u]: cheapest way to fill regions r... with units u...
        var best = Array(repeating: Array(repeating: MakeupPlan.impossible, count: units.count + 1), count: regions.count + 1)
        best[regions.count][units.count] = MakeupPlan()
        for region in stride(from: regions.count - 1, through: 0, by: -1) {
            for first in 0...units.count {
                for end in first...units.count where best[region + 1][end].cost < .infinity {
                    let plan = try fill(regions[region], first..<end) + best[region + 1][end]
                    if plan.cost < best[region][first].cost { best[region][first] = plan }
                }
            }
        }
        return best[0][0].placed
    }

    private mutating func fill(_ area: GridArea, _ range: Range<Int>) throws -> MakeupPlan {
        let key = Key(area: area, units: range)
        if let known = memo[key] { return known }
        var plan: MakeupPlan
        evaluations += 1
        let exhaustive = evaluations <= Self.searchBudget
        if !exhaustive { searchCut = true }
        if range.isEmpty {
            plan = MakeupPlan(cost: Double(area.lines * area.columns) * MakeupCost.emptyCell)
        } else if range.count == 1 {
            plan = try fillExactly(range.lowerBound, area)
        } else {
            plan = .impossible
            // Across the top: the first unit at one of its natural heights, the rest below after a blank line.
            for height in try naturalHeights(range.lowerBound, columns: area.columns) where height + 5 <= area.lines {
                let top = try fillExactly(range.lowerBound, GridArea(column: area.column, columns: area.columns, line: area.line, lines: height))
                let below = GridArea(column: area.column, columns: area.columns, line: area.line + height + 1, lines: area.lines - height - 1)
                let candidate = top + (try fill(below, (range.lowerBound + 1)..<range.upperBound))
                if candidate.cost < plan.cost { plan = candidate }
                if !exhaustive && plan.cost < .infinity { break }
            }
            // Side by side: the first units on the left, the rest on the right.
            for split in 1..<area.columns where exhaustive || plan.cost == .infinity {
                let left = GridArea(column: area.column, columns: split, line: area.line, lines: area.lines)
                let right = GridArea(column: area.column + split, columns: area.columns - split, line: area.line, lines: area.lines)
                for middle in (range.lowerBound + 1)..<range.upperBound {
                    let leftPlan = try fill(left, range.lowerBound..<middle)
                    guard leftPlan.cost < plan.cost else { continue }
                    let rightPlan = try fill(right, middle..<range.upperBound)
                    var candidate = leftPlan + rightPlan
                    let collisions = MakeupPlan.headlinesSideBySide(leftPlan, rightPlan, boundary: area.column + split)
                    candidate.cost += Double(collisions) * MakeupCost.headlinesSideBySide
                    if candidate.cost < plan.cost { plan = candidate }
                    if !exhaustive && plan.cost < .infinity { break }
                }
            }
        }
        memo[key] = plan
        return plan
    }

    /// Heights a unit can take when something follows it below: a story at each headline size, a photo
    /// at a few crops.
    private func naturalHeights(_ unit: Int, columns: Int) throws -> [Int] {
        var heights: [Int] = []
        for item in units[unit] {
            switch items[item].content {
            case .story(let story):
                let rows = try bodyRows(item, story, columns: columns)
                let options = try sizes(item, columns: columns).map { try measure.headerLines(item, story, columns: columns, size: $0) + rows }
                heights = heights.isEmpty ? options : heights.flatMap { base in options.map { base + $0 } }
            case .photo(let photo):
                let caption = try measure.captionLines(item, photo, columns: columns)
                let options = [0.6, 0.75, 0.9].map { measure.imageLines(columns: columns, ratio: $0) + caption }
                heights = heights.isEmpty ? options : heights.flatMap { base in options.map { base + $0 } }
            }
        }
        return Array(Set(heights)).sorted()
    }

    private func bodyRows(_ item: Int, _ story: Story, columns: Int) throws -> Int {
        (try measure.bodyLines(item, story) + columns - 1) / columns
    }

    /// Headline sizes tried for a story `columns` wide, by rank: the lead (头条) at the house size for
    /// its width or a step up; every other story a step or more below the lead's scale.
    private func sizes(_ item: Int, columns: Int) -> [Double] {
        let base = measure.house.headlineSize(columns: columns)
        let continued: Bool = if case .story(let story) = items[item].content { story.continuedFrom != nil } else { false }
        // A story continued from another page (转版) repeats its headline small.
        let steps = continued ? [0.6, 0.5] : item == leadItem ? [1.2, 1.0] : [0.85, 0.75, 0.65]
        return steps.map { (base * $0).rounded() }
    }

    /// The unit filling `area` exactly: its last story or photo takes whatever the others leave.
    private func fillExactly(_ unit: Int, _ area: GridArea) throws -> MakeupPlan {
        let members = units[unit]
        if members.count == 1 { return try fillOne(members[0], area) }
        // A photo on top of its story: try each crop of the photo, the story fills the rest.
        guard case .photo(let photo) = items[members[0]].content else { return try fillOne(members[0], area) }
        var best = MakeupPlan.impossible
        let caption = try measure.captionLines(members[0], photo, columns: area.columns)
        let lowest = measure.imageLines(columns: area.columns, ratio: 0.5)
        let highest = measure.imageLines(columns: area.columns, ratio: 0.9)
        for image in lowest...max(lowest, highest) {
            let photoLines = image + caption
            guard photoLines + 6 <= area.lines else { break }
            let top = try fillOne(members[0], GridArea(column: area.column, columns: area.columns, line: area.line, lines: photoLines))
            let rest = GridArea(column: area.column, columns: area.columns, line: area.line + photoLines + 1, lines: area.lines - photoLines - 1)
            let candidate = top + (try fillOne(members[1], rest))
            if candidate.cost < best.cost { best = candidate }
        }
        return best
    }

    private func fillOne(_ item: Int, _ area: GridArea) throws -> MakeupPlan {
        var plan: MakeupPlan
        switch items[item].content {
        case .story(let story): plan = try fitStory(item, story, area)
        case .photo(let photo): plan = try fitPhoto(item, photo, area)
        }
        if let hint = items[item].columns { plan.cost += Double(abs(hint - area.columns)) * MakeupCost.hintPerColumn }
        if item == leadItem { plan.cost += Double(max(0, pageColumns * 2 / 3 - area.columns)) * MakeupCost.leadNarrowerPerColumn }
        return plan
    }

    /// Copy-fitting a story to its area: the headline size and headline lines that make the body fill
    /// the columns; a story too long for every size is cut and jumps, or is overset.
    private func fitStory(_ item: Int, _ story: Story, _ area: GridArea) throws -> MakeupPlan {
        let rows = try bodyRows(item, story, columns: area.columns)
        let bodyLines = try measure.bodyLines(item, story)
        var best = MakeupPlan.impossible
        var tried: [String] = []
        for (step, size) in sizes(item, columns: area.columns).enumerated() {
            let header = try measure.headerLines(item, story, columns: area.columns, size: size)
            guard header + 2 <= area.lines else { tried.append("\(Int(size))pt: headline taller than the block"); continue }
            let slack = area.lines - header - rows
            var placed = PlacedItem(item: item, area: area, headlineSize: size, reason: "")
            placed.headlineLines = header
            var cost = Double(step) * MakeupCost.sizeStep
            if slack >= 0 {
                // Up to four spare lines go to the headline; the rest stays empty (one ragged line is no hole).
                placed.headlinePadding = min(slack, 4)
                placed.headlineLines += placed.headlinePadding
                cost += Double(max(0, slack - placed.headlinePadding - 1) * area.columns) * MakeupCost.emptyCell
                tried.append("\(Int(size))pt: \(slack - placed.headlinePadding) spare line(s)")
            } else {
                let overflow = bodyLines - (area.lines - header) * area.columns + 1
                // A jump is for a long story that keeps a good part of itself here, not for a short one.
                let kept = bodyLines - overflow
                if jumpPage != nil && bodyLines >= 40 && kept * 3 >= bodyLines {
                    placed.cut = true
                    cost += MakeupCost.jump + Double(overflow) * MakeupCost.jumpedLine
                    tried.append("\(Int(size))pt: \(overflow) line(s) jump")
                } else {
                    cost += Double(overflow * measure.grid.columnCharacters) * MakeupCost.oversetCharacter
                    tried.append("\(Int(size))pt: \(overflow) line(s) overset")
                }
            }
            if cost < best.cost { best = MakeupPlan(placed: [placed], cost: cost) }
        }
        if !best.placed.isEmpty {
            best.placed[0].reason = "rank \(item + 1): \(area.columns) columns × \(area.lines) lines; sizes tried: " + tried.joined(separator: ", ")
        }
        return best
    }

    /// A photo fills its area by its crop: between 2 : 1 landscape and 10 : 13 portrait, caption below.
    private func fitPhoto(_ item: Int, _ photo: Photo, _ area: GridArea) throws -> MakeupPlan {
        guard area.columns >= min(2, pageColumns) else { return .impossible }
        let caption = try measure.captionLines(item, photo, columns: area.columns)
        let image = area.lines - caption
        let lowest = measure.imageLines(columns: area.columns, ratio: 0.5)
        let highest = measure.imageLines(columns: area.columns, ratio: 1.3)
        guard image >= lowest else { return .impossible }
        let spare = max(0, image - highest)
        let placed = PlacedItem(item: item, area: area, headlineSize: nil,
                                reason: "rank \(item + 1): photo \(area.columns) columns × \(area.lines) lines, \(caption) caption line(s)")
        // Past its tallest crop a photo would leave white below it: worse than an empty line of text.
        return MakeupPlan(placed: [placed], cost: Double(spare * area.columns) * MakeupCost.emptyCell * 5)
    }
}

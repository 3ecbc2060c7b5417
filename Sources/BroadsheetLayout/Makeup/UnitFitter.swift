import BroadsheetDocument
import BroadsheetGeometry

/// The ways each unit can be set at each width (copy-fitting, cjk-newspaper-print §2): a story at the
/// headline sizes of its rank with a line of white in its headline or under its columns; a photo at
/// crops between 2 : 1 landscape and 2 : 3 portrait with its caption; a photo kept with its story
/// on top of it. Fits are measured on the real text and cached per unit and width.
final class UnitFitter {
    let items: [AutoItem]
    let units: [MakeupUnit]
    let measure: MakeupMeasure
    let pageColumns: Int
    /// Where the rest of a story that does not fit continues; nil: it is overset.
    let jumpPage: Int?
    private var cache: [FitKey: [UnitFit]] = [:]
    private var sizeCache: [FitKey: [(size: Double, cost: Double)]] = [:]
    private var cutCache: [CutKey: UnitFit?] = [:]

    private struct FitKey: Hashable {
        let unit: Int
        let columns: Int
    }

    private struct CutKey: Hashable {
        let unit: Int
        let columns: Int
        let lines: Int
    }

    /// Narrowest module: two columns (a single column only on a grid that has no more).
    var minimumColumns: Int { min(2, pageColumns) }

    init(items: [AutoItem], units: [MakeupUnit], measure: MakeupMeasure, pageColumns: Int, jumpPage: Int?) {
        self.items = items
        self.units = units
        self.measure = measure
        self.pageColumns = pageColumns
        self.jumpPage = jumpPage
    }

    /// Widths a unit may take: a continuation 2–3 columns; any story or photo at least two. On a grid
    /// with more widths than `widthChoices` (wider than any newspaper's 6 or 8 columns), that many spread
    /// evenly from the narrowest to the widest, so that the search stays bounded whatever the grid.
    func widths(_ unit: Int, upTo available: Int) -> [Int] {
        let most = units[unit].role == .continuation ? min(3, available) : available
        guard minimumColumns <= most else { return [] }
        let count = most - minimumColumns + 1
        guard count > Self.widthChoices else { return Array(minimumColumns...most) }
        return (0..<Self.widthChoices).map { minimumColumns + $0 * (count - 1) / (Self.widthChoices - 1) }
    }

    static let widthChoices = 8
    /// Lines of white a story's module may take in its headline stack, and under its columns.
    static let mostPadding = 2
    static let mostSpare = 1
    /// A headline is set in one more line than it needs only up to this many.
    static let mostHeadlineLines = 2

    /// Every natural fit of `unit` at `columns` wide, shortest first; of fits alike to the rest of the
    /// page (as tall, the headline as large over the same lines) only the cheapest.
    func fits(_ unit: Int, columns: Int) throws -> [UnitFit] {
        let key = FitKey(unit: unit, columns: columns)
        if let known = cache[key] { return known }
        var seen = Set<Likeness>()
        let made = try makeFits(unit, columns: columns).sorted { ($0.lines, $0.cost) < ($1.lines, $1.cost) }
            .filter { seen.insert(Likeness($0)).inserted }
        cache[key] = made
        return made
    }

    /// What the search sees of a fit besides its cost.
    private struct Likeness: Hashable {
        let lines: Int
        let headline: Range<Int>?
        let headlineSize: Double?

        init(_ fit: UnitFit) {
            lines = fit.lines
            headline = fit.headline
            headlineSize = fit.headlineSize
        }
    }

    private func makeFits(_ unit: Int, columns: Int) throws -> [UnitFit] {
        let members = units[unit]
        var fits: [UnitFit]
        if let (item, story) = members.story(in: items) {
            fits = try storyFits(unit, item, story, columns: columns)
            if let (photoItem, photo) = members.photo(in: items) {
                // The photo on top: each crop above each fit of the story, a blank line between.
                let crops = try photoFits(photoItem, photo, columns: columns, ratios: 0.5...0.9)
                var combined: [Int: UnitFit] = [:]
                for crop in crops {
                    for fit in fits {
                        let offset = crop.lines + 1
                        let pieces = crop.pieces + fit.pieces.map { piece in
                            var moved = piece
                            moved.area.line += offset
                            return moved
                        }
                        let joined = UnitFit(lines: offset + fit.lines, cost: crop.cost + fit.cost, headlineSize: fit.headlineSize,
                                             headline: fit.headline.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }, pieces: pieces,
                                             whiteBelow: fit.whiteBelow)
                        if joined.cost < combined[joined.lines]?.cost ?? .infinity { combined[joined.lines] = joined }
                    }
                }
                fits = Array(combined.values)
            }
        } else if let (item, photo) = members.photo(in: items) {
            fits = try photoFits(item, photo, columns: columns, ratios: 0.5...1.5)
        } else {
            fits = []
        }
        if let hint = members.hint { fits = fits.map { var fit = $0; fit.cost += Double(abs(hint - columns)) * MakeupCost.hintPerColumn; return fit } }
        return fits
    }

    /// Headline sizes of a story's rank at a width, each with its distance from the rank's ideal: the
    /// lead at or above the house size for its width, other stories below it, a continuation small.
    func sizes(_ unit: Int, columns: Int) -> [(size: Double, cost: Double)] {
        let key = FitKey(unit: unit, columns: columns)
        if let known = sizeCache[key] { return known }
        let sizes = ladder(unit, columns: columns)
        sizeCache[key] = sizes
        return sizes
    }

    private func ladder(_ unit: Int, columns: Int) -> [(size: Double, cost: Double)] {
        let base = measure.house.headlineSize(columns: columns)
        let (low, ideal, high): (Double, Double, Double) = switch units[unit].role {
        case .lead: (base, base * 1.25, base * 1.6)
        case .continuation: (15, 16, 18)
        // Down to the ladder's foot, so that a short story set wide never outranks one above it.
        case .story, .photo: (HeadlineLadder.sizes[0], base * 0.85, base * 1.05)
        }
        return HeadlineLadder.sizes(from: low, to: high).map { ($0, Double(HeadlineLadder.steps($0, ideal)) * MakeupCost.sizeStep) }
    }

    private func storyFits(_ unit: Int, _ item: Int, _ story: Story, columns: Int) throws -> [UnitFit] {
        let bodyLines = try measure.bodyLines(item, story)
        let rows = (bodyLines + columns - 1) / columns
        // No column of a module holds a single line, nor a short story spread thin across many columns.
        guard bodyLines >= 2 * columns || columns == minimumColumns else { return [] }
        let shallow = Double(max(0, 8 - rows)) * MakeupCost.shallowColumnLine * Double(columns)
        var fits: [UnitFit] = []
        // White to fill a module: lines in the headline stack first (above and below it), then under
        // the columns where none is already short: with the blank line below, never a hole.
        let levelColumns = bodyLines % columns == 0
        let mostSpare = levelColumns ? Self.mostSpare : 0
        // A kicker's padding goes below the headline (HeadlineStack): one line there, or the white under
        // the headline would make a hole.
        let mostPadding = story.kicker == nil ? Self.mostPadding : 1
        for (size, sizeCost) in sizes(unit, columns: columns) {
            for (set, asked, linesCost) in try headlines(item, story, columns: columns, size: size) {
                let header = set.lines
                for extra in 0...(mostPadding + mostSpare) {
                    let padding = min(extra, mostPadding)
                    let spare = extra - padding
                    let piece = PlacedItem(item: item, area: GridArea(column: 0, columns: columns, line: 0, lines: header + padding + rows + spare),
                                           headlineSize: size, headlinePadding: padding, headlineLines: asked)
                    fits.append(UnitFit(lines: piece.area.lines,
                                        cost: sizeCost + linesCost + shallow + Double(padding * columns) * MakeupCost.paddingCell
                                            + Double(spare * columns) * MakeupCost.spareCell + widthCost(unit, columns: columns),
                                        headlineSize: set.size, headline: 0..<(header + padding), pieces: [piece],
                                        whiteBelow: spare + (levelColumns ? 0 : 1)))
                }
            }
        }
        return fits
    }

    /// A story's headline stack at a size: in the lines it needs, and in one more where a balanced break
    /// gives one (a headline of one line set in two fills its module as an editor would, 两行题).
    /// Each with the lines asked of the headline (1: as few as it needs) and the cost of asking.
    private func headlines(_ item: Int, _ story: Story, columns: Int, size: Double)
        throws -> [(header: MakeupMeasure.Header, asked: Int, cost: Double)] {
        let natural = try measure.header(item, story, columns: columns, size: size)
        guard natural.headlineLines < Self.mostHeadlineLines else { return [(natural, 1, 0)] }
        let asked = natural.headlineLines + 1
        let longer = try measure.header(item, story, columns: columns, size: size, headlineLines: asked)
        return longer.headlineLines == asked && longer.lines > natural.lines
            ? [(natural, 1, 0), (longer, asked, MakeupCost.headlineLineAdded)] : [(natural, 1, 0)]
    }

    /// The story of `unit` cut to fill exactly `lines` at `columns` wide, its rest jumping (转版) when the
    /// page has somewhere to send it and the story keeps a good part of itself here, else overset.
    func cutFit(_ unit: Int, columns: Int, lines: Int) throws -> UnitFit? {
        let key = CutKey(unit: unit, columns: columns, lines: lines)
        if let known = cutCache[key] { return known }
        let fit = try makeCutFit(unit, columns: columns, lines: lines)
        cutCache[key] = fit
        return fit
    }

    private func makeCutFit(_ unit: Int, columns: Int, lines: Int) throws -> UnitFit? {
        guard units[unit].photo(in: items) == nil, let (item, story) = units[unit].story(in: items) else { return nil }
        let bodyLines = try measure.bodyLines(item, story)
        guard let (size, sizeCost) = sizes(unit, columns: columns).first else { return nil }
        let set = try measure.header(item, story, columns: columns, size: size)
        let header = set.lines
        let kept = (lines - header) * columns - 1
        guard lines - header >= 4, kept < bodyLines else { return nil }
        var piece = PlacedItem(item: item, area: GridArea(column: 0, columns: columns, line: 0, lines: lines),
                               headlineSize: size)
        var cost = sizeCost + widthCost(unit, columns: columns)
        let overflow = bodyLines - kept
        if jumpPage != nil && bodyLines >= 40 && kept * 3 >= bodyLines {
            piece.cut = true
            cost += MakeupCost.jump + Double(overflow) * MakeupCost.jumpedLine
        } else {
            cost += Double(overflow * measure.grid.columnCharacters) * MakeupCost.oversetCharacter
        }
        return UnitFit(lines: lines, cost: cost, headlineSize: set.size, headline: 0..<header, pieces: [piece],
                       oversetLines: piece.cut ? 0 : overflow)
    }

    /// A unit left off a full page: every character of its story overset, or a photo not shown.
    func unplacedCost(_ unit: Int) throws -> Double {
        if let (item, story) = units[unit].story(in: items) {
            return Double(try measure.bodyLines(item, story) * measure.grid.columnCharacters) * MakeupCost.oversetCharacter
        }
        return MakeupCost.photoLeftOut
    }

    /// A story's width against its rank: the lead at least two thirds of the page (头条), others not
    /// across the whole page (通栏 is for the lead).
    private func widthCost(_ unit: Int, columns: Int) -> Double {
        switch units[unit].role {
        case .lead: Double(max(0, (pageColumns * 2 + 2) / 3 - columns)) * MakeupCost.leadNarrowerPerColumn
        case .story: columns == pageColumns && pageColumns > 2 ? MakeupCost.band : 0
        case .continuation, .photo: 0
        }
    }

    /// A photo at each crop between `ratios` (height : width), its caption below.
    private func photoFits(_ item: Int, _ photo: Photo, columns: Int, ratios: ClosedRange<Double>) throws -> [UnitFit] {
        let caption = try measure.captionLines(item, photo, columns: columns)
        let lowest = measure.imageLines(columns: columns, ratio: ratios.lowerBound)
        let highest = max(lowest, measure.imageLines(columns: columns, ratio: ratios.upperBound))
        let natural = Double(photo.image.header.height) / Double(max(1, photo.image.header.width))
        let naturalLines = measure.imageLines(columns: columns, ratio: natural)
        return (lowest...highest).map { image in
            let piece = PlacedItem(item: item, area: GridArea(column: 0, columns: columns, line: 0, lines: image + caption))
            // Cropping away from the photo's own shape costs a little per line. The caption's last line is
            // mostly white beside its words.
            return UnitFit(lines: image + caption, cost: Double(abs(image - naturalLines)) * 2, headlineSize: nil, headline: nil, pieces: [piece],
                           whiteBelow: 1)
        }
    }
}

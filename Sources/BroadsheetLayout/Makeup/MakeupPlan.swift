import BroadsheetGeometry

/// One automatically placed item: where it went and how it was fitted.
struct PlacedItem {
    var item: Int
    var area: GridArea
    var headlineSize: Double?
    var headlinePadding = 0
    var cut = false
    /// Lines the headline stack takes at the top of the area (0 for a photo).
    var headlineLines = 0
    /// Why: the rank, the size chosen and the sizes rejected.
    var reason: String
}

/// A candidate arrangement of some items in a region, and what it costs: empty cells, cut or
/// overset text, headlines side by side, widths against the editor's hints.
struct MakeupPlan {
    var placed: [PlacedItem] = []
    var cost: Double = 0

    static let impossible = MakeupPlan(placed: [], cost: .infinity)

    static func + (a: MakeupPlan, b: MakeupPlan) -> MakeupPlan {
        MakeupPlan(placed: a.placed + b.placed, cost: a.cost + b.cost)
    }

    /// Pairs of headlines that stand side by side across the boundary between `left` and `right`
    /// (题题相碰): stories touching the boundary whose headline lines overlap.
    static func headlinesSideBySide(_ left: MakeupPlan, _ right: MakeupPlan, boundary: Int) -> Int {
        let leftEdge = left.placed.filter { $0.headlineLines > 0 && $0.area.column + $0.area.columns == boundary }
        let rightEdge = right.placed.filter { $0.headlineLines > 0 && $0.area.column == boundary }
        var count = 0
        for a in leftEdge {
            for b in rightEdge where a.area.line < b.area.line + b.headlineLines && b.area.line < a.area.line + a.headlineLines {
                count += 1
            }
        }
        return count
    }
}

/// The weights of the cost: an empty cell is worth less than a lost character, far less than two
/// headlines side by side; a jump is an accepted newspaper device, overset is a failure.
enum MakeupCost {
    static let emptyCell = 10.0
    static let jump = 400.0
    static let jumpedLine = 2.0
    static let oversetCharacter = 1000.0
    static let headlinesSideBySide = 20_000.0
    static let leadNarrowerPerColumn = 1500.0
    static let hintPerColumn = 120.0
    static let sizeStep = 15.0
}

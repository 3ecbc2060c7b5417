import BroadsheetGeometry

/// One automatically placed item: where it went and how it was fitted.
struct PlacedItem {
    var item: Int
    var area: GridArea
    var headlineSize: Double?
    var headlinePadding = 0
    var cut = false
    /// Framed (加框): a short story set off by a box from the headline beside it.
    var framed = false
    /// The headline set in at least this many lines: one more than it needs fills a module.
    var headlineLines = 1
}

/// The weights of the make-up's cost, in one place. An empty cell is worth less than a lost character,
/// a hole more than a line of them, headlines side by side or out of rank and a photo left off far
/// more; a jump is an accepted newspaper device, overset a failure.
enum MakeupCost {
    static let emptyCell = 10.0
    /// A blank cell that makes a hole (3 lines or more in a column) rather than a ragged line: dearer
    /// than the line of a column's characters overset, since an editor cuts copy rather than leave a
    /// hole; cheaper than headlines that meet or run out of rank, which no page may have.
    static let holeCell = 15_000.0
    static let jump = 400.0
    static let jumpedLine = 2.0
    static let oversetCharacter = 1000.0
    static let headlinesSideBySide = 2_000_000.0
    static let rankInversion = 2_000_000.0
    /// A photo the page has in its copy and does not show.
    static let photoLeftOut = 1_000_000.0
    static let leadNarrowerPerColumn = 1500.0
    /// The lead (头条) reads first: top-left, or across the top.
    static let leadNotLeft = 1000.0
    /// A story set right of a free place at its height, which a story of lower rank will take.
    static let rightOfLowerRank = 100.0
    static let hintPerColumn = 120.0
    /// A headline one step of the size ladder away from its rank's ideal size.
    static let sizeStep = 12.0
    /// A headline set in one line more than it needs (to fill its module).
    static let headlineLineAdded = 12.0
    /// A cell of white added to a headline stack (controlled white), or left under a story's columns:
    /// cheaper than white across the foot, so a short page fills its modules first.
    static let paddingCell = 4.0
    static let spareCell = 6.0
    /// A story other than the lead across the whole width (通栏): a band, the make-up of a layer cake.
    static let band = 500.0
    /// …and more where a module stands below it, not along the foot (底栏): bands stacked are a layer cake.
    static let bandAboveTheFoot = 500_000.0
    /// A module three quarters of the page wide under another: bands beside a narrow column.
    static let wideUnderWide = 100_000.0
    /// A framed story: a device worth using where two headlines would meet, not everywhere.
    static let frame = 250.0
    /// A story module with few lines per column: a short story spread wide.
    static let shallowColumnLine = 15.0
}

import Foundation
import Testing
import BroadsheetDocument
import BroadsheetFormats
import BroadsheetGeometry

/// The package root, found from this file's path (Tests/BroadsheetTests/GridGeometryTests.swift).
private let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private func loadGrid(_ name: String) throws -> PageGrid {
    try GridLoader.load(path: packageRoot.appendingPathComponent("Layouts/grids/\(name).yaml").path).pageGrid
}

/// Millimetres to points: 1 pt = 1/72 in, 1 in = 25.4 mm.
private func mm(_ value: Double) -> Double { value * 72 / 25.4 }

private func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool { abs(a - b) <= tolerance }

private func close(_ a: Rect, _ b: Rect, _ tolerance: Double = 1e-9) -> Bool {
    close(a.x, b.x, tolerance) && close(a.y, b.y, tolerance)
        && close(a.width, b.width, tolerance) && close(a.height, b.height, tolerance)
}

/// The tabloid's numbers as the issue gives them: trim 265 × 375 mm, top margin 13 mm, 6 columns of
/// 12 characters of 9 pt with a 1-character gap, 73 lines at a 13.5 pt pitch.
private enum Tabloid {
    static let trimWidth = mm(265)
    static let trimHeight = mm(375)
    static let body = 9.0
    static let pitch = 13.5
    static let columnWidth = 12 * 9.0           // 108 pt
    static let gap = 9.0
    static let columnStep = columnWidth + gap   // 117 pt
    static let typeWidth = 6 * columnWidth + 5 * gap  // 693 pt = 77 characters
    static let typeHeight = 72 * pitch + body   // 981 pt: 73 frames of 9 pt, 72 pitches apart
    static let left = (trimWidth - typeWidth) / 2     // ≈ 29.09 pt
    static let top = mm(13)                     // ≈ 36.85 pt
}

@Suite("GridGeometry: PageGrid and GridArea")
struct GridGeometryTests {
    @Test func tabloidBasicMeasures() throws {
        let grid = try loadGrid("tabloid-6col")
        #expect(grid.bodySize == 9)
        #expect(grid.columnWidth == 108)
        #expect(grid.columnGap == 9)
        #expect(grid.linePitch == 13.5)
        #expect(close(grid.trim.width, Tabloid.trimWidth))
        #expect(close(grid.trim.height, Tabloid.trimHeight))
        #expect(grid.trim.x == 0 && grid.trim.y == 0)
    }

    @Test func tabloidTypeAreaIsCentredHorizontallyBelowTheTopMargin() throws {
        let grid = try loadGrid("tabloid-6col")
        let area = grid.typeArea
        #expect(close(area, Rect(x: Tabloid.left, y: Tabloid.top, width: Tabloid.typeWidth, height: Tabloid.typeHeight)))
        #expect(close(area.x, 29.0905511811, 1e-6))
        // Equal margins left and right.
        #expect(close(area.minX, grid.trim.maxX - area.maxX))
        #expect(close(area.midX, grid.trim.midX))
        #expect(grid.trim.contains(area))
    }

    @Test func withoutATopMarginTheTypeAreaIsCentredVertically() throws {
        var spec = try GridLoader.load(path: packageRoot.appendingPathComponent("Layouts/grids/tabloid-6col.yaml").path)
        spec.topMargin = nil
        let grid = spec.pageGrid
        #expect(close(grid.typeArea.y, (Tabloid.trimHeight - Tabloid.typeHeight) / 2))
        #expect(close(grid.typeArea.midY, grid.trim.midY))
        #expect(close(grid.typeArea.midX, grid.trim.midX))
    }

    @Test func broadsheetTypeAreaIsCentredHorizontally() throws {
        let grid = try loadGrid("broadsheet-8col")
        // 8 × 13 + 7 = 111 characters of 9 pt on a 390 mm trim, 30 mm from the top.
        let width = 111 * 9.0
        #expect(close(grid.typeArea, Rect(x: (mm(390) - width) / 2, y: mm(30), width: width, height: 102 * 13.5 + 9)))
        #expect(close(grid.typeArea.midX, grid.trim.midX))
        #expect(close(grid.columnX(7) + 13 * 9, grid.typeArea.maxX))
    }

    @Test(arguments: [(0, 0.0), (1, 117.0), (2, 234.0), (3, 351.0), (4, 468.0), (5, 585.0)])
    func columnXSteps117Points(index: Int, offset: Double) throws {
        let grid = try loadGrid("tabloid-6col")
        #expect(close(grid.columnX(index), Tabloid.left + offset))
    }

    @Test func lastColumnEndsOnTheTypeAreaEdge() throws {
        let grid = try loadGrid("tabloid-6col")
        #expect(close(grid.columnX(5) + 108, grid.typeArea.maxX))
        #expect(close(grid.columnX(6) - 9, grid.typeArea.maxX), "column 7 would start one gap beyond the type area")
    }

    @Test(arguments: [(0, 0.0), (1, 13.5), (12, 162.0), (40, 540.0), (41, 553.5), (53, 715.5), (55, 742.5), (72, 972.0)])
    func lineYStepsOnePitch(index: Int, offset: Double) throws {
        let grid = try loadGrid("tabloid-6col")
        #expect(close(grid.lineY(index), Tabloid.top + offset))
    }

    @Test func lastLineFrameEndsOnTheTypeAreaBottom() throws {
        let grid = try loadGrid("tabloid-6col")
        #expect(close(grid.lineY(72) + 9, grid.typeArea.maxY))
    }

    /// The example page's blocks (as of this writing) and other areas, with rectangles worked out from 108 pt columns, 9 pt gaps,
    /// 9 pt frames and a 13.5 pt pitch.
    @Test(arguments: [
        // lead: columns 1–6, lines 13–39 → 26 pitches + a frame = 360 pt high.
        (GridArea(column: 0, columns: 6, line: 12, lines: 27), 0.0, 162.0, 693.0, 360.0),
        // supervision: columns 1–3, lines 41–73 → 3 × 108 + 2 × 9 = 342 wide, 32 × 13.5 + 9 = 441 high.
        (GridArea(column: 0, columns: 3, line: 40, lines: 33), 0.0, 540.0, 342.0, 441.0),
        // 导读: columns 4–6, lines 41–52.
        (GridArea(column: 3, columns: 3, line: 40, lines: 12), 351.0, 540.0, 342.0, 157.5),
        // photo: columns 4–6, lines 54–73, ending on the type area's bottom edge.
        (GridArea(column: 3, columns: 3, line: 53, lines: 20), 351.0, 715.5, 342.0, 265.5),
        // columns 5–6, lines 56–73.
        (GridArea(column: 4, columns: 2, line: 55, lines: 18), 468.0, 742.5, 225.0, 238.5),
        // one cell.
        (GridArea(column: 2, columns: 1, line: 0, lines: 1), 234.0, 0.0, 108.0, 9.0),
    ])
    func rectForArea(area: GridArea, dx: Double, dy: Double, width: Double, height: Double) throws {
        let grid = try loadGrid("tabloid-6col")
        let rect = grid.rect(for: area)
        #expect(close(rect, Rect(x: Tabloid.left + dx, y: Tabloid.top + dy, width: width, height: height)))
        #expect(grid.typeArea.contains(rect))
    }

    @Test func wholeGridAreaIsTheTypeArea() throws {
        let grid = try loadGrid("tabloid-6col")
        #expect(close(grid.rect(for: GridArea(column: 0, columns: 6, line: 0, lines: 73)), grid.typeArea))
    }

    @Test(arguments: [
        (-5.0, 0), (0.0, 0), (8.99, 0), (9.0, 1), (22.49, 1), (22.5, 2), (36.0, 3),
        (171.0, 13), (238.5, 18), (360.0, 27), (980.99, 72), (981.0, 73),
    ])
    func linesFittingHeight(height: Double, lines: Int) throws {
        let grid = try loadGrid("tabloid-6col")
        #expect(grid.linesFitting(height: height) == lines)
    }

    @Test func linesFittingInvertsRectHeight() throws {
        let grid = try loadGrid("tabloid-6col")
        for lines in 1...73 {
            let height = grid.rect(for: GridArea(column: 0, columns: 1, line: 0, lines: lines)).height
            #expect(grid.linesFitting(height: height) == lines, "for \(lines) lines")
        }
    }

    @Test func linesFittingSurvivesAMetricPitch() throws {
        // A 4.8 mm pitch is no exact binary fraction of a point: (n − 1) pitches + a frame must
        // still count n lines, not n − 1.
        var spec = try GridLoader.load(path: packageRoot.appendingPathComponent("Layouts/grids/tabloid-6col.yaml").path)
        spec.linePitch = .mm(4.8)
        spec.lines = 70
        let grid = spec.pageGrid
        for lines in 1...70 {
            let height = Double(lines - 1) * mm(4.8) + 9
            #expect(grid.linesFitting(height: height) == lines, "for \(lines) lines")
            #expect(grid.linesFitting(height: height - 0.01) == lines - 1, "just short of \(lines) lines")
        }
    }

    @Test(arguments: [
        // The example page's blocks never overlap one another.
        (GridArea(column: 0, columns: 6, line: 12, lines: 27), GridArea(column: 0, columns: 3, line: 40, lines: 33), false),
        (GridArea(column: 0, columns: 3, line: 40, lines: 33), GridArea(column: 3, columns: 3, line: 40, lines: 12), false),
        (GridArea(column: 3, columns: 3, line: 40, lines: 12), GridArea(column: 3, columns: 3, line: 53, lines: 20), false),
        (GridArea(column: 0, columns: 6, line: 12, lines: 27), GridArea(column: 3, columns: 3, line: 53, lines: 20), false),
        (GridArea(column: 0, columns: 3, line: 40, lines: 33), GridArea(column: 3, columns: 3, line: 53, lines: 20), false),
        // Side by side, sharing lines but no column.
        (GridArea(column: 0, columns: 3, line: 0, lines: 10), GridArea(column: 3, columns: 3, line: 0, lines: 10), false),
        // One above the other, sharing columns but no line.
        (GridArea(column: 0, columns: 6, line: 0, lines: 10), GridArea(column: 0, columns: 6, line: 10, lines: 5), false),
        // Touching only at a corner.
        (GridArea(column: 0, columns: 2, line: 0, lines: 2), GridArea(column: 2, columns: 2, line: 2, lines: 2), false),
        // One shared cell (column 4, line 41).
        (GridArea(column: 0, columns: 4, line: 12, lines: 30), GridArea(column: 3, columns: 3, line: 40, lines: 10), true),
        // One inside the other.
        (GridArea(column: 0, columns: 6, line: 0, lines: 73), GridArea(column: 2, columns: 1, line: 30, lines: 1), true),
        // The same area.
        (GridArea(column: 1, columns: 2, line: 5, lines: 5), GridArea(column: 1, columns: 2, line: 5, lines: 5), true),
        // Crossing: tall and narrow over short and wide.
        (GridArea(column: 2, columns: 1, line: 0, lines: 20), GridArea(column: 0, columns: 6, line: 8, lines: 2), true),
    ])
    func gridAreaOverlaps(a: GridArea, b: GridArea, overlapping: Bool) throws {
        #expect(a.overlaps(b) == overlapping)
        #expect(b.overlaps(a) == overlapping, "overlap is symmetric")
        // Areas that share no cell lie apart on the page too: the gaps keep their rectangles apart.
        let grid = try loadGrid("tabloid-6col")
        #expect(grid.rect(for: a).intersects(grid.rect(for: b)) == overlapping)
    }

    @Test func gridAreaRanges() {
        let area = GridArea(column: 4, columns: 2, line: 55, lines: 18)
        #expect(area.columnRange == 4..<6)
        #expect(area.lineRange == 55..<73)
    }
}

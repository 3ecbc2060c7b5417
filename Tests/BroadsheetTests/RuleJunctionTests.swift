import BroadsheetDocument
import BroadsheetFormats
import BroadsheetFrame
import BroadsheetGeometry
@testable import BroadsheetLayout
import BroadsheetPango
import BroadsheetText
import Foundation
import Testing

/// Rules between and inside blocks meet cleanly where they cross, and a box's frame stands in for the
/// rules beside it; read from the frame model of the example pages.
@Suite("Rule junctions")
struct RuleJunctionTests {
    static let pages = [
        ("example", TestSupport.examplePage),
        ("vertical example", TestSupport.root.appendingPathComponent("Layouts/examples/zjfzb-2021-12-16-vertical/page.yaml").path),
        ("edition front", TestSupport.root.appendingPathComponent("Layouts/examples/edition-2021-12-16/front.yaml").path),
    ]

    /// The page's rules below the masthead and outside its boxes, and its framed boxes.
    func rulesAndBoxes(_ path: String) throws -> (grid: PageGrid, rules: [Rule], boxes: [Rect]) {
        let page = try PageLoader.load(path: path, gridDirectory: TestSupport.grids)
        let library = try FontLibrary(roles: try FontRoleMap.load(path: TestSupport.root.appendingPathComponent("Fonts/roles.yaml").path),
                                      cacheDirectory: TestSupport.fontCache)
        let engine = PageLayoutEngine(shaper: PangoShaper(library: library), verticalShaper: PangoVerticalShaper(library: library))
        let (frame, _) = try engine.layout(page, jumpPage: 2)
        let grid = page.grid.pageGrid
        let top = grid.lineY(page.masthead?.lines ?? 0)
        let boxes = frame.items.compactMap { item -> Rect? in
            if case .box(let box) = item, box.stroke != nil, box.rect.minY > top { box.rect } else { nil }
        }
        let rules = frame.items.compactMap { item -> Rule? in
            guard case .rule(let rule) = item, rule.from.y > top,
                  !boxes.contains(where: { $0.insetBy(-0.01).contains(Rect(x: rule.from.x, y: rule.from.y, width: 0, height: 0)) })
            else { return nil }
            return rule
        }
        return (grid, rules, boxes)
    }

    /// A straight line a rule end may meet: at `position` across, from `from` to `to` along.
    struct Line {
        var position: Double
        var from: Double
        var to: Double
    }

    @Test("every rule end near a line it meets lies on it: no overshoot or gap over 0.5 pt", arguments: pages)
    func rulesMeetCleanly(name: String, path: String) throws {
        let (grid, rules, boxes) = try rulesAndBoxes(path)
        let vertical = rules.filter { $0.from.x == $0.to.x }, horizontal = rules.filter { $0.from.y == $0.to.y }
        #expect(vertical.count + horizontal.count == rules.count)
        let across = horizontal.map { Line(position: $0.from.y, from: min($0.from.x, $0.to.x), to: max($0.from.x, $0.to.x)) }
            + boxes.flatMap { [Line(position: $0.minY, from: $0.minX, to: $0.maxX), Line(position: $0.maxY, from: $0.minX, to: $0.maxX)] }
        let down = vertical.map { Line(position: $0.from.x, from: min($0.from.y, $0.to.y), to: max($0.from.y, $0.to.y)) }
            + boxes.flatMap { [Line(position: $0.minX, from: $0.minY, to: $0.maxY), Line(position: $0.maxX, from: $0.minY, to: $0.maxY)] }
        func check(end: Double, at coordinate: Double, against lines: [Line], reach: Double, rule: Rule) {
            for line in lines where line.from - 0.5 <= coordinate && coordinate <= line.to + 0.5 {
                let distance = abs(line.position - end)
                #expect(distance <= 0.5 || distance > reach, "\(name): \(rule) ends \(distance) pt from a line it meets")
            }
        }
        let blankLine = 2 * grid.linePitch - grid.bodySize
        for rule in vertical {
            for end in [rule.from.y, rule.to.y] { check(end: end, at: rule.from.x, against: across, reach: blankLine, rule: rule) }
        }
        for rule in horizontal {
            for end in [rule.from.x, rule.to.x] { check(end: end, at: rule.from.y, against: down, reach: grid.columnGap, rule: rule) }
        }
        #expect(!vertical.isEmpty && !horizontal.isEmpty)
    }

    @Test("no rule runs alongside a box's frame: the frame replaces the column rule beside it", arguments: pages)
    func framedBoxReplacesRules(name: String, path: String) throws {
        let (grid, rules, boxes) = try rulesAndBoxes(path)
        try #require(!boxes.isEmpty)
        let blankLine = 2 * grid.linePitch - grid.bodySize
        for box in boxes {
            for rule in rules {
                let (minX, maxX) = (min(rule.from.x, rule.to.x), max(rule.from.x, rule.to.x))
                let (minY, maxY) = (min(rule.from.y, rule.to.y), max(rule.from.y, rule.to.y))
                if minX == maxX {
                    let beside = (box.minX - grid.columnGap...box.minX).contains(minX) || (box.maxX...box.maxX + grid.columnGap).contains(minX)
                    let alongside = min(maxY, box.maxY) - max(minY, box.minY)
                    #expect(!(beside && alongside > 0.5), "\(name): column rule \(rule) runs beside the box \(box)")
                } else {
                    let beside = (box.minY - blankLine...box.minY).contains(minY) || (box.maxY...box.maxY + blankLine).contains(minY)
                    let alongside = min(maxX, box.maxX) - max(minX, box.minX)
                    #expect(!(beside && alongside > 0.5), "\(name): rule \(rule) runs along the box \(box)")
                }
            }
        }
    }

    @Test("a column rule between blocks reaches the rule under them, and that rule reaches it")
    func teeJunction() throws {
        let grid = try GridLoader.load(path: TestSupport.grids + "/tabloid-6col.yaml").pageGrid
        let separators = BlockSeparators.rules(for: [
            GridArea(column: 0, columns: 3, line: 0, lines: 10), GridArea(column: 3, columns: 3, line: 0, lines: 10),
            GridArea(column: 0, columns: 6, line: 11, lines: 10),
        ], framed: [], grid: grid)
        let joined = RuleJunctions(horizontalRules: separators.filter { $0.from.y == $0.to.y }, boxes: [], grid: grid)
            .joined(verticalRules: separators.filter { $0.from.x == $0.to.x })
        let column = try #require(joined.vertical.first)
        #expect(joined.horizontal.count == 2)
        for rule in joined.horizontal {
            #expect(abs(column.to.y - rule.from.y) < 1e-9)
            #expect(abs(min(rule.from.x, rule.to.x) - column.from.x) < 1e-9 || abs(max(rule.from.x, rule.to.x) - column.from.x) < 1e-9)
        }
    }
}

import BroadsheetComposer
import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetText

/// The overlays of a layout proof, everything the layout report says drawn where it happens:
/// - the type area, the column grid and the baseline grid (faint, under everything else);
/// - each block's outline with its name;
/// - overset: a red tag at the block's end (bottom right) with the characters left over;
/// - body lines that bent a rule: a mark in the page margin level with the line (断 forced break,
///   松 loose, 紧 tight) and the line tinted;
/// - characters no font has: a red box round each;
/// - images below the minimum resolution: a red outline and their effective ppi.
public struct ProofLayout {
    let shaper: TextShaper

    static let gridColor = Color(cyan: 1)
    static let outlineColor = Color(cyan: 1, magenta: 0.7)
    static let problemColor = Color.newsRed
    static let warningColor = Color(magenta: 0.5, yellow: 1)
    static let labelSize = 6.5

    public init(shaper: TextShaper) {
        self.shaper = shaper
    }

    /// What the proof shows, from the page's grid, its frame and the layout's report.
    public func findings(_ page: PageSpec, frame: PageFrame, report: LayoutReport) -> ProofFindings {
        let grid = page.grid.pageGrid
        var missing: [Rect] = []
        for case let .glyphs(run) in frame.items {
            for glyph in run.glyphs where glyph.id == 0 {
                missing.append(Rect(x: glyph.x, y: glyph.y - IdeographicEmBox.ascent * run.size, width: run.size, height: run.size))
            }
        }
        return ProofFindings(
            typeArea: grid.typeArea,
            columns: (0..<grid.columns).map { [grid.columnX($0), grid.columnX($0) + grid.columnWidth] },
            baselines: (0..<grid.lines).map { IdeographicEmBox.baseline(frameTop: grid.lineY($0), size: grid.bodySize) },
            blocks: report.blocks.map { ProofFindings.Block(name: $0.name, rect: Self.rect($0.rect), oversetCharacters: $0.oversetCharacters) },
            flaggedLines: report.blocks.flatMap(\.flaggedLines),
            missingGlyphs: missing,
            lowResolutionImages: report.images.filter(\.isLow))
    }

    public func overlay(_ findings: ProofFindings, page: PageSpec) throws -> ProofOverlay {
        var setter = TextSetter(shaper: shaper, composition: Composition(page: page))
        var outlines: [FrameItem] = []
        var problems: [FrameItem] = []
        for block in findings.blocks {
            outlines.append(.box(Box(rect: block.rect, stroke: Self.outlineColor, strokeWidth: 0.75)))
            outlines += try tag(block.name, at: Point(x: block.rect.minX, y: block.rect.minY), color: Self.outlineColor, setter: &setter)
            if block.oversetCharacters > 0 {
                problems.append(.box(Box(rect: block.rect, stroke: Self.problemColor, strokeWidth: 1.5)))
                problems += try tag("溢排 +\(block.oversetCharacters) 字", at: Point(x: block.rect.maxX, y: block.rect.maxY),
                                    color: Self.problemColor, anchoredAtEnd: true, setter: &setter)
            }
        }
        var lineMarks: [FrameItem] = []
        for flag in findings.flaggedLines {
            let line = Self.rect(flag.rect)
            let color = flag.reasons.contains(.forcedBreak) ? Self.problemColor : Self.warningColor
            lineMarks.append(.box(Box(rect: line, fill: color)))
            let names: [LineFlag.Reason: String] = [.forcedBreak: "断", .loose: "松", .tight: "紧"]
            // In the nearer page margin, beside the type area.
            let inLeftHalf = line.midX < findings.typeArea.midX
            let x = inLeftHalf ? findings.typeArea.minX - 3 : findings.typeArea.maxX + 3
            problems += try tag(flag.reasons.compactMap { names[$0] }.joined(), at: Point(x: x, y: line.minY), color: color,
                                anchoredAtEnd: inLeftHalf, setter: &setter)
        }
        problems += findings.missingGlyphs.map { .box(Box(rect: $0, stroke: Self.problemColor, strokeWidth: 1)) }
        for image in findings.lowResolutionImages {
            let rect = Self.rect(image.rect)
            problems.append(.box(Box(rect: rect.insetBy(1), stroke: Self.problemColor, strokeWidth: 2)))
            problems += try tag("低分辨率 \(Int(image.pixelsPerInch.rounded())) ppi", at: Point(x: rect.minX, y: rect.maxY),
                                color: Self.problemColor, above: true, setter: &setter)
        }
        return ProofOverlay(layers: [
            ProofOverlay.Layer(items: baselineGrid(findings), opacity: 0.3),
            ProofOverlay.Layer(items: columnGrid(findings), opacity: 0.55),
            ProofOverlay.Layer(items: lineMarks, opacity: 0.2),
            ProofOverlay.Layer(items: outlines, opacity: 0.85),
            ProofOverlay.Layer(items: problems, opacity: 1),
        ])
    }

    static func rect(_ values: [Double]) -> Rect { Rect(x: values[0], y: values[1], width: values[2], height: values[3]) }

    /// A hairline on every body line's baseline across the type area.
    private func baselineGrid(_ findings: ProofFindings) -> [FrameItem] {
        let area = findings.typeArea
        return findings.baselines.map { y in
            .rule(Rule(from: Point(x: area.minX, y: y), to: Point(x: area.maxX, y: y), width: 0.2, color: Self.gridColor))
        }
    }

    /// The type area's outline and both edges of every basic column.
    private func columnGrid(_ findings: ProofFindings) -> [FrameItem] {
        let area = findings.typeArea
        return [.box(Box(rect: area, stroke: Self.gridColor, strokeWidth: 0.8))] + findings.columns.flatMap { $0 }.map { x in
            .rule(Rule(from: Point(x: x, y: area.minY), to: Point(x: x, y: area.maxY), width: 0.4, color: Self.gridColor))
        }
    }

    /// A label in white on a tag of `color`, its top-left corner at `point` (its top-right with
    /// `anchoredAtEnd`, its bottom with `above`).
    private func tag(_ text: String, at point: Point, color: Color, anchoredAtEnd: Bool = false, above: Bool = false,
                     setter: inout TextSetter) throws -> [FrameItem] {
        let size = Self.labelSize
        let set = try setter.set(text, setter.style("hei", size), width: .infinity, options: setter.composition.options(.left),
                                 block: "proof")
        guard let line = set.lines.first else { return [] }
        let padding = size * 0.3
        let width = max(line.end, set.shaped.width) + 2 * padding
        let height = size + 2 * padding
        let left = anchoredAtEnd ? point.x - width : point.x
        let top = above ? point.y - height : point.y
        return [.box(Box(rect: Rect(x: left, y: top, width: width, height: height), fill: color))]
            + TextSetter.runs(line, of: set.shaped, left: left + padding, baseline: IdeographicEmBox.baseline(frameTop: top + padding, size: size), color: .white)
            .map(FrameItem.glyphs)
    }
}

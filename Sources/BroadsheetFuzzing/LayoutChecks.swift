import BroadsheetDocument
import BroadsheetFrame
import BroadsheetGeometry
import BroadsheetLayout
import BroadsheetPipeline
import BroadsheetText

/// What every laid-out page must satisfy, whatever its input: every mark at a finite position, and
/// every character of a story's body either placed in its block or counted as overset.
enum LayoutChecks {
    static func layOut(_ page: PageSpec) throws {
        let laidOut = try FuzzFixtures.session.layOut(page)
        let (frame, report) = (laidOut.frame, laidOut.report)
        try finite(frame)
        for (block, blockReport) in zip(page.blocks, report.blocks) {
            guard case let .story(story, _) = block.content else { continue }
            try accounts(for: story, blockReport)
        }
    }

    /// Bylines are spaced out before they are set, so only a story without one can be counted exactly.
    static func accounts(for story: Story, _ report: LayoutReport.BlockReport) throws {
        guard story.byline == nil else { return }
        let counted = report.placedCharacters + report.oversetCharacters
        try FuzzFailure.expect(counted == story.bodyCharacterCount,
                               "block '\(report.name)' accounts for \(counted) of its \(story.bodyCharacterCount) characters (\(report.placedCharacters) placed, \(report.oversetCharacters) overset)")
    }

    static func finite(_ frame: PageFrame) throws {
        var values = [frame.width, frame.height]
        for item in frame.items {
            if case let .glyphs(run) = item { values += [run.size] + run.glyphs.flatMap { [$0.x, $0.y] } }
            if case let .rule(rule) = item { values += [rule.from.x, rule.from.y, rule.to.x, rule.to.y, rule.width] }
            if case let .box(box) = item { values += [box.rect.x, box.rect.y, box.rect.width, box.rect.height] }
            if case let .tiles(tiles) = item { values += tiles.rects.flatMap { [$0.x, $0.y, $0.width, $0.height] } }
            if case let .image(image) = item {
                values += [image.frame.x, image.frame.y, image.frame.width, image.frame.height,
                           image.imageRect.x, image.imageRect.y, image.imageRect.width, image.imageRect.height]
            }
        }
        try FuzzFailure.expect(values.allSatisfy(\.isFinite), "the page has a mark at a position that is not finite")
    }
}

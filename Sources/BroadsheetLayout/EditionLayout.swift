import BroadsheetConcurrency
import BroadsheetDocument
import BroadsheetFrame
import Foundation

/// Lays out an edition's pages, on all cores, each once the pages whose stories may continue on it
/// (转版) are done: the rest of a story that does not fit its page goes to the front of its jump page's
/// automatic stories, with 下转/上接 lines numbered. Pages no earlier page jumps to are laid out side
/// by side; what comes out is what laying the pages out one by one in order gives.
public struct EditionLayout: Sendable {
    let engine: PageLayoutEngine

    public init(engine: PageLayoutEngine) {
        self.engine = engine
    }

    public struct LaidOutPage: Sendable {
        public var number: Int
        public var frame: PageFrame
        public var report: LayoutReport
    }

    /// - Parameter pageDone: told of each page as soon as it is laid out (no later page changes it),
    ///   on the thread that laid it out.
    public func layout(_ edition: EditionSpec, pageDone: @Sendable (Int, LaidOutPage) -> Void = { _, _ in }) throws -> [LaidOutPage] {
        let pages = edition.pages
        let jumpTargets = pages.indices.map { index in edition.jumpPage(after: index).flatMap { number in pages.firstIndex { $0.number == number } } }
        return try concurrently(count: pages.count, needing: { index in pages.indices.filter { jumpTargets[$0] == index } }) { index, feeders in
            var page = pages[index].page
            // The engine continues a page's stories on the jump page it is given, this one for each feeder.
            for feeder in feeders {
                for (_, rest) in feeder.report.continuations {
                    let name = URL(fileURLWithPath: rest.file).deletingPathExtension().lastPathComponent + "-continued"
                    page.autoItems.insert(AutoItem(name: name, content: .story(rest)), at: 0)
                }
            }
            let (frame, report) = try engine.layout(page, jumpPage: edition.jumpPage(after: index))
            for block in report.overset where block.name.hasSuffix("-continued") {
                throw DocumentError(file: edition.file, "story '\(block.name.dropLast(10))' is longer than the edition: \(block.oversetCharacters) characters do not fit even on page \(pages[index].number), its last jump page")
            }
            let laidOut = LaidOutPage(number: pages[index].number, frame: frame, report: report)
            pageDone(index, laidOut)
            return laidOut
        }
    }
}

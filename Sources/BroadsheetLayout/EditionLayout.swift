import BroadsheetDocument
import BroadsheetFrame
import Foundation

/// Lays out an edition page by page in order, so that the rest of a story that does not fit its page
/// (转版) goes to the front of its jump page's automatic stories, with 下转/上接 lines numbered.
public struct EditionLayout {
    let engine: PageLayoutEngine

    public init(engine: PageLayoutEngine) {
        self.engine = engine
    }

    public struct LaidOutPage: Sendable {
        public var number: Int
        public var frame: PageFrame
        public var report: LayoutReport
    }

    /// - Parameter pageDone: told of each page as soon as it is laid out (no later page changes it).
    public func layout(_ edition: EditionSpec, pageDone: (Int, LaidOutPage) -> Void = { _, _ in }) throws -> [LaidOutPage] {
        var pages = edition.pages
        var result: [LaidOutPage] = []
        for index in pages.indices {
            let jumpPage = edition.jumpPage(after: index)
            let (frame, report) = try engine.layout(pages[index].page, jumpPage: jumpPage)
            for (target, rest) in report.continuations {
                guard let destination = pages.firstIndex(where: { $0.number == target }) else { continue }
                let name = URL(fileURLWithPath: rest.file).deletingPathExtension().lastPathComponent + "-continued"
                pages[destination].page.autoItems.insert(AutoItem(name: name, content: .story(rest)), at: 0)
            }
            for block in report.overset where block.name.hasSuffix("-continued") {
                throw DocumentError(file: edition.file, "story '\(block.name.dropLast(10))' is longer than the edition: \(block.oversetCharacters) characters do not fit even on page \(pages[index].number), its last jump page")
            }
            result.append(LaidOutPage(number: pages[index].number, frame: frame, report: report))
            pageDone(index, result[index])
        }
        return result
    }
}
